package it.ordo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.cli.Cli;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.order.OrderListing;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo company made in advance and copied on a first start is the generator's company, moved to the day
 * of the copy: a small company generated on one day and archived, copied 38 days later (across a new year),
 * compared row by row (all but their surrogate keys), table by table, with the same company generated directly
 * on the first day and every date of it moved by 38 days in the comparison. Real Derby throughout.
 */
class PrebuiltDemoTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate MADE = LocalDate.of(2026, 11, 27);
    private static final int LATER = 38;
    private static final DemoCompany.Scale SMALL = new DemoCompany.Scale(150, 25, 200, 45);

    private static final Clock MADE_CLOCK = Clock.fixed(MADE.atTime(PrebuiltDemo.MADE_AT).atZone(ROME).toInstant(), ROME);

    @TempDir
    static Path dir;

    /** The archive, made by the code the package build runs, of a small company on {@link #MADE}. */
    private static Path archive;

    @BeforeAll
    static void madeInAdvance() throws Exception {
        archive = dir.resolve(PrebuiltDemo.FILE);
        PrebuiltDemo.build(archive, MADE_CLOCK, 7L, SMALL, line -> { });
    }

    @Test
    void theCopyIsTheGeneratedCompanyWithEveryDateMovedToTheDayOfTheCopy() throws Exception {
        Clock made = MADE_CLOCK;
        Path direct = dir.resolve("direct");
        // As the archive is made: by the user running the build (its name is in the audit trail).
        String user = System.getProperty("user.name", "ordo");
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(direct), () -> user, made)) {
            ctx.generateDemo((services, seed, progress) -> DemoCompany.generate(services, seed, progress, SMALL), 7L,
                    null);
        }

        LocalDate today = MADE.plusDays(LATER);
        Clock later = Clock.fixed(today.atTime(10, 15).atZone(ROME).toInstant(), ROME);
        Path data = dir.resolve("copy");
        Path folder = DatabaseSettings.databaseFolder(data);
        // Another seed: not this archive, nothing written, the caller generates.
        assertThat(PrebuiltDemo.restore(archive, folder, 8L, later, line -> { })).isFalse();
        assertThat(folder).doesNotExist();
        // A copy killed half-way left its folder: the next one starts afresh.
        Path leftOver = data.resolve(folder.getFileName() + ".demo-copy");
        Files.createDirectories(leftOver.resolve("ordo/seg0"));
        Files.writeString(leftOver.resolve("ordo/seg0/c10.dat"), "half a page");
        List<String> progress = new ArrayList<>();
        assertThat(PrebuiltDemo.restore(archive, folder, 7L, later, progress::add)).isTrue();
        assertThat(leftOver).doesNotExist();
        assertThat(progress).anyMatch(l -> l.startsWith("dates moved " + LATER + " days to " + today));

        Map<String, List<String>> expected = rows(DatabaseSettings.databaseFolder(direct), LATER);
        Map<String, List<String>> actual = rows(folder, 0);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(1000);
        for (String table : expected.keySet()) {
            List<String> missing = new ArrayList<>(expected.get(table));
            missing.removeAll(actual.get(table));
            List<String> extra = new ArrayList<>(actual.get(table));
            extra.removeAll(expected.get(table));
            assertThat(missing).as(table + ": rows of the generated company not in the copy; in the copy instead: "
                    + extra.subList(0, Math.min(5, extra.size()))).isEmpty();
            assertThat(actual.get(table)).as(table).hasSameSizeAs(expected.get(table));
        }

        // Opened as any data folder: clean, and its history ends on the day of the copy.
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> "tester", later)) {
            assertThat(ctx.integrity().check()).isEmpty();
            List<OrderListing> latest = ctx.orders().search(OrderQuery.newest(1)).rows();
            assertThat(latest).hasSize(1);
            LocalDate lastOrder = LocalDate.ofInstant(latest.getFirst().createdAt(), ROME);
            assertThat(lastOrder).isBetween(today.minusDays(4), today);
            // The demo users sign in with the demo's password, as on a generated company.
            assertThat(ctx.authentication().login("desk", DemoUsers.PASSWORD).username()).isEqualTo("desk");
        }
    }

    @Test
    void initDemoCopiesTheArchiveAndLeavesAFilledDatabaseAlone() {
        String data = dir.resolve("cli").toString();
        String[] init = {"init", "--demo", "--seed", "7", "--data-dir", data};
        System.setProperty(PrebuiltDemo.LOCATION_PROPERTY, archive.toString());
        try {
            Run first = run(init);
            assertThat(first.exit()).as(first.err()).isEqualTo(Cli.OK);
            long days = ChronoUnit.DAYS.between(MADE, LocalDate.now());
            assertThat(first.err()).contains("copying the demo company made on " + MADE)
                    .contains("dates moved " + days + " days to " + LocalDate.now());
            assertThat(first.out()).contains("Demo company created (seed 7)").containsPattern("Orders +[1-9][\\d.,]*");
            // Filled now, with users: a second run neither copies over it nor generates into it.
            Run second = run(init);
            assertThat(second.exit()).isNotEqualTo(Cli.OK);
            assertThat(second.err()).doesNotContain("copying").contains("sign in with --user");
        } finally {
            System.clearProperty(PrebuiltDemo.LOCATION_PROPERTY);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void daysWrittenInTextAreMovedAndDocumentNumbersAreNot() {
        assertThat(PrebuiltDemo.shiftText("{\"createdAt\":[null,\"2026-11-27T06:00:00Z\"],\"poNumber\":[null,\"PO-2026-0001\"]}", 38))
                .isEqualTo("{\"createdAt\":[null,\"2027-01-04T06:00:00Z\"],\"poNumber\":[null,\"PO-2026-0001\"]}");
        assertThat(PrebuiltDemo.shiftText("2026-10-17>2026-10-19", 3)).isEqualTo("2026-10-20>2026-10-22");
        assertThat(PrebuiltDemo.shiftText("ORD-2026-000104, DDT-2026-12-0005, 2026-13-45", 3))
                .isEqualTo("ORD-2026-000104, DDT-2026-12-0005, 2026-13-45");
    }

    /**
     * Every row of every table but Flyway's history, as text, sorted; DATE and TIMESTAMP values moved by
     * {@code days}. Which columns are dates comes from the result's own types, not from the code under test.
     */
    private static Map<String, List<String>> rows(Path folder, int days) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        String url = "jdbc:derby:" + folder;
        try (Connection c = DriverManager.getConnection(url)) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            names.removeIf(n -> n.equalsIgnoreCase("flyway_schema_history"));
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (surrogate(meta.getColumnName(i), meta.getColumnType(i))) {
                                continue;
                            }
                            // A password's hash has a random salt: two generations differ there (signing in is
                            // checked below); its scheme and work factor must still be the same.
                            String value = meta.getColumnName(i).equals("PASSWORD_HASH") && rs.getString(i) != null
                                    ? rs.getString(i).replaceAll("\\$[^$]*\\$[^$]*$", "\\$salt\\$hash")
                                    : value(rs, i, meta.getColumnType(i), days);
                            row.append(meta.getColumnName(i)).append('=').append(value).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }
        return tables;
    }

    /**
     * Surrogate keys come from a pooled sequence; two generations of the same company need not draw them in
     * the same order (one run in three differed in the audit trail's ids under a load of 15 on two cores), so
     * rows are compared by everything else they hold.
     */
    private static boolean surrogate(String column, int type) {
        return (type == Types.BIGINT || type == Types.INTEGER) && (column.equals("ID") || column.endsWith("_ID"));
    }

    /** The same keys as written in the audit trail's changes: {@code "productId":[null,1154]}. */
    private static final Pattern SURROGATE_IN_TEXT = Pattern.compile("\"(\\w*Id)\":\\[[^\\]]*\\]");

    private static String value(ResultSet rs, int i, int type, int days) throws SQLException {
        switch (type) {
            case Types.DATE -> {
                var d = rs.getDate(i);
                return d == null ? "null" : d.toLocalDate().plusDays(days).toString();
            }
            case Types.TIMESTAMP -> {
                var t = rs.getTimestamp(i);
                return t == null ? "null" : t.toLocalDateTime().plusDays(days).toString();
            }
            case Types.BLOB, Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY -> {
                byte[] b = rs.getBytes(i);
                return b == null ? "null" : "bytes#" + Arrays.hashCode(b);
            }
            default -> {
                String text = rs.getString(i);
                return text == null ? "null" : SURROGATE_IN_TEXT.matcher(PrebuiltDemo.shiftText(text, days))
                        .replaceAll("\"$1\":[id]");
            }
        }
    }
}
