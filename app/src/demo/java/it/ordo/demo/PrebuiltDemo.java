package it.ordo.demo;

import it.ordo.OrdoContext;
import it.ordo.infrastructure.OwnerOnly;
import it.ordo.infrastructure.persistence.DataFolderGuard;
import it.ordo.infrastructure.persistence.Database;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The demo company made in advance by the generator itself, when the package is built, and copied on a first
 * start: generating it through the use cases takes about two minutes, copying it a few seconds.
 * <p>
 * The archive ({@value #FILE}, beside {@code lib/ordo-demo.jar}) holds a Derby online backup of the generated
 * database and {@value #ABOUT} (the day it was made, the seed). Only the database folder is in it: nothing
 * that belongs to one installation (the owner file, a server's certificate, {@code derby.log}) is copied. The
 * demo's dates are relative to the day it was generated, so the copy is moved to today: every DATE and
 * TIMESTAMP column of every table, found in the database's own metadata (a column added later is never
 * forgotten), is shifted by the days since the archive was made, and so is every ISO day written in a text
 * column (the audit trail's old and new values), in one transaction, before the copy takes the database's place. Flyway then brings an archive made by an older Ordo up to date, as for any data folder.
 * See docs/startup.md for what is and is not moved (weekdays, document numbers with their year).
 */
public final class PrebuiltDemo {

    /** The archive's name beside the generator's jar. */
    public static final String FILE = "ordo-demo-company.zip";
    /** The archive's description: {@code built} (ISO day), {@code seed}. */
    static final String ABOUT = "demo-company.properties";
    /** The database's folder inside the archive. */
    private static final String DATABASE = "ordo/";
    /** Where the archive is, when not beside the jar (tests, a packager trying one out). */
    static final String LOCATION_PROPERTY = "ordo.demo.prebuilt";
    /** The time of day the archive's history stops: the working day has not begun (see DemoHistory). */
    static final LocalTime MADE_AT = LocalTime.of(7, 0);
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private PrebuiltDemo() {
    }

    /**
     * Builds the archive at package time: {@code java -cp <ordo.jar and lib/*> it.ordo.demo.PrebuiltDemo OUT.zip}.
     * The company is generated on today's date at {@value #MADE_AT}, seed 42, full size.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PrebuiltDemo ARCHIVE.zip");
            System.exit(2);
        }
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(LocalDate.now(zone).atTime(MADE_AT).atZone(zone).toInstant(), zone);
        // progress on standard error, as a build tool's: standard output belongs to Ordo's commands
        build(Path.of(args[0]), clock, 42L, DemoCompany.Scale.FULL, System.err::println);
        // Derby's and Hikari's threads would keep the JVM alive.
        System.exit(0);
    }

    /** Generates the demo company on {@code clock}'s day in a temporary folder, then archives its database. */
    static void build(Path archive, Clock clock, long seed, DemoCompany.Scale scale, Consumer<String> progress)
            throws IOException, SQLException {
        Path work = Files.createTempDirectory("ordo-demo-build");
        try {
            Path data = work.resolve("data");
            Path folder = DatabaseSettings.databaseFolder(data);
            Path backup = work.resolve("backup");
            String user = System.getProperty("user.name", "ordo");
            try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> user, clock)) {
                ctx.generateDemo((services, s, p) -> DemoCompany.generate(services, s, p, scale), seed, progress);
                // Derby's online backup: a consistent copy of the database, without its lock files.
                try (Connection c = DriverManager.getConnection("jdbc:derby:" + folder);
                        var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, backup.toString());
                    call.execute();
                }
            }
            Properties about = new Properties();
            about.setProperty("built", LocalDate.now(clock).toString());
            about.setProperty("seed", Long.toString(seed));
            Path root = backup.resolve(folder.getFileName());
            Path partial = archive.resolveSibling(archive.getFileName() + ".part");
            Files.createDirectories(archive.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial));
                    Stream<Path> files = Files.walk(root)) {
                StringWriter text = new StringWriter();
                about.store(text, "The demo company made in advance (it.ordo.demo.PrebuiltDemo)");
                zip.putNextEntry(new ZipEntry(ABOUT));
                zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    zip.putNextEntry(new ZipEntry(DATABASE + root.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
            progress.accept("archive " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB), made on "
                    + about.getProperty("built"));
        } finally {
            deleteTree(work);
        }
    }

    /** The archive installed with this generator: named by {@value #LOCATION_PROPERTY}, or beside its jar. */
    static Optional<Path> installed() {
        String named = System.getProperty(LOCATION_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isRegularFile);
        }
        try {
            var source = PrebuiltDemo.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            // A developer's build runs the generator from its classes folder: no archive, the demo is generated.
            return Files.isRegularFile(jar) ? Optional.of(jar.resolveSibling(FILE)).filter(Files::isRegularFile)
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Copies the archive's database into {@code databaseFolder} (which must not exist) and moves its dates to
     * {@code clock}'s day. False, with nothing written, when the archive was made with another seed.
     */
    static boolean restore(Path archive, Path databaseFolder, long seed, Clock clock, Consumer<String> progress)
            throws IOException, SQLException {
        Path folder = databaseFolder.toAbsolutePath();
        if (Files.exists(folder)) {
            throw new IllegalStateException("The database folder already exists: " + folder);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry aboutEntry = zip.getEntry(ABOUT);
            if (aboutEntry == null) {
                throw new IOException(archive + " is not a demo company archive (no " + ABOUT + ")");
            }
            Properties about = new Properties();
            try (InputStream in = zip.getInputStream(aboutEntry)) {
                about.load(in);
            }
            if (!Long.toString(seed).equals(about.getProperty("seed"))) {
                return false;
            }
            LocalDate built = LocalDate.parse(about.getProperty("built"));
            int days = Math.toIntExact(ChronoUnit.DAYS.between(built, LocalDate.now(clock)));
            Path home = folder.getParent();
            DataFolderGuard.requireWritable(home);
            // The copy is made and moved beside the database and takes its place in one rename: a start killed
            // half-way leaves only this folder, which the next start deletes and makes again.
            Path work = home.resolve(folder.getFileName() + ".demo-copy");
            deleteTree(work);
            Path copy = work.resolve(folder.getFileName());
            OwnerOnly.createDirectories(copy);
            progress.accept("copying the demo company made on " + built);
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(DATABASE)) {
                    continue;
                }
                Path target = copy.resolve(entry.getName().substring(DATABASE.length())).normalize();
                if (!target.startsWith(copy)) {
                    throw new IOException("Entry outside the database in " + archive + ": " + entry.getName());
                }
                OwnerOnly.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    in.transferTo(out);
                }
                OwnerOnly.restrict(target);
            }
            Database.configureDerbyEngine(home.resolve("derby.log"));
            String url = "jdbc:derby:" + copy;
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                long started = System.nanoTime();
                int columns = shift(c, days);
                long dated = System.nanoTime();
                int texts = shiftTexts(c, days);
                c.commit();
                long done = System.nanoTime();
                progress.accept("dates moved " + days + " days to " + LocalDate.now(clock) + " (" + columns
                        + " columns in " + (dated - started) / 1_000_000 + " ms, " + texts + " texts and the commit in "
                        + (done - dated) / 1_000_000 + " ms)");
            } finally {
                try {
                    DriverManager.getConnection(url + ";shutdown=true").close();
                } catch (SQLException expected) {
                    // Derby reports a successful shutdown as SQLState 08006.
                }
            }
            Files.move(copy, folder, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(work);
            return true;
        }
    }

    /** A column of a table; {@code dateOnly} for a DATE. */
    record Column(String table, String column, boolean dateOnly) {

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    /**
     * Every DATE and TIMESTAMP column of every table of the application's schema (not Flyway's history), from
     * the database's metadata.
     */
    static List<Column> dateColumns(Connection c) throws SQLException {
        return columns(c, type -> type == Types.DATE || type == Types.TIMESTAMP
                || type == Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static List<Column> columns(Connection c, IntPredicate ofType) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> tables = new HashSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                int type = rs.getInt("DATA_TYPE");
                if (ofType.test(type) && tables.contains(table) && !table.equalsIgnoreCase(FLYWAY_HISTORY)
                        && !"YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    columns.add(new Column(table, rs.getString("COLUMN_NAME"), type == Types.DATE));
                }
            }
        }
        columns.sort(Comparator.comparing(Column::toString));
        return columns;
    }

    /**
     * Moves every date of the database by {@code days} calendar days: a timestamp keeps its time of day (an
     * order placed at 09:12 stays at 09:12, across a change of summer time too). One UPDATE per table, all its
     * date columns at once (each pass over a big table costs seconds), in the caller's transaction.
     *
     * @return how many columns were moved
     */
    static int shift(Connection c, int days) throws SQLException {
        List<Column> columns = dateColumns(c);
        if (days == 0) {
            return columns.size();
        }
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, List<Column>> table : byTable(columns).entrySet()) {
                StringJoiner set = new StringJoiner(", ");
                for (Column column : table.getValue()) {
                    String name = quote(column.column());
                    // TIMESTAMPADD of a NULL is NULL: no condition needed.
                    String moved = "{fn TIMESTAMPADD(SQL_TSI_DAY, " + days + ", "
                            + (column.dateOnly() ? "TIMESTAMP(" + name + ", TIME('00:00:00'))" : name) + ")}";
                    set.add(name + " = " + (column.dateOnly() ? "DATE(" + moved + ")" : moved));
                }
                s.executeUpdate("UPDATE " + quote(table.getKey()) + " SET " + set);
            }
        }
        return columns.size();
    }

    /**
     * Every ISO day written in text (an audit row's old and new values, why an e-mail was set aside) is moved
     * too, so the history's records agree with its dates. One pass over each table that has text, reading only
     * the rows whose text looks like it holds a day; document numbers with their year ({@code ORD-2026-000104})
     * are no days and stay as they are.
     *
     * @return how many values were changed
     */
    static int shiftTexts(Connection c, int days) throws SQLException {
        if (days == 0) {
            return 0;
        }
        int changed = 0;
        Map<String, List<Column>> tables = byTable(columns(c, type -> type == Types.VARCHAR || type == Types.CHAR
                || type == Types.LONGVARCHAR || type == Types.CLOB));
        for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
            StringJoiner names = new StringJoiner(", ");
            StringJoiner looksDated = new StringJoiner(" OR ");
            StringJoiner set = new StringJoiner(", ");
            for (Column column : table.getValue()) {
                names.add(quote(column.column()));
                looksDated.add(quote(column.column()) + " LIKE '%-__-__%'");
                set.add(quote(column.column()) + " = ?");
            }
            // A positioned UPDATE prepared once: ResultSet.updateRow has Derby compile a statement for every row.
            try (Statement select = c.createStatement()) {
                select.setCursorName("DEMO_SHIFT");
                try (ResultSet rs = select.executeQuery("SELECT " + names + " FROM " + quote(table.getKey())
                                + " WHERE " + looksDated + " FOR UPDATE OF " + names);
                        PreparedStatement update = c.prepareStatement("UPDATE " + quote(table.getKey()) + " SET " + set
                                + " WHERE CURRENT OF DEMO_SHIFT")) {
                    int count = table.getValue().size();
                    while (rs.next()) {
                        boolean rowChanged = false;
                        for (int i = 1; i <= count; i++) {
                            String before = rs.getString(i);
                            String after = before == null ? null : shiftText(before, days);
                            update.setString(i, after);
                            if (after != null && !after.equals(before)) {
                                rowChanged = true;
                                changed++;
                            }
                        }
                        if (rowChanged) {
                            update.executeUpdate();
                        }
                    }
                }
            }
        }
        return changed;
    }

    private static Map<String, List<Column>> byTable(List<Column> columns) {
        Map<String, List<Column>> tables = new TreeMap<>();
        for (Column column : columns) {
            tables.computeIfAbsent(column.table(), t -> new ArrayList<>()).add(column);
        }
        return tables;
    }

    /** An ISO day (yyyy-mm-dd) not inside a longer run of digits and dashes. */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    /** {@code text} with every ISO day in it moved by {@code days}; a time after it stays as it is. */
    static String shiftText(String text, int days) {
        Matcher m = ISO_DAY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String moved;
            try {
                moved = LocalDate.parse(m.group()).plusDays(days).toString();
            } catch (DateTimeParseException notADay) {
                moved = m.group();
            }
            m.appendReplacement(out, moved);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

}
