package it.ordo.cli;

import it.ordo.application.intake.HistoryBatch;
import it.ordo.application.intake.HistoryChunk;
import it.ordo.application.intake.HistoryChunkResult;
import it.ordo.application.intake.HistoryField;
import it.ordo.application.intake.HistoryImportService;
import it.ordo.application.intake.HistoryMapping;
import it.ordo.application.intake.HistoryOptions;
import it.ordo.application.intake.HistoryRefusal;
import it.ordo.application.intake.HistoryRow;
import it.ordo.application.intake.HistoryStart;
import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeTable;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo order import-history FILE}: a company's past orders from another system, read here on the
 * workstation and sent to {@link HistoryImportService} in chunks of whole orders.
 */
@Command(name = "import-history", sortOptions = false)
final class HistoryImportCommand extends BaseCommand {

    /** Rows per chunk: one transaction each; an order's rows are never split. */
    static final int CHUNK_ROWS = HistoryMapping.CHUNK_ROWS;

    @Parameters(paramLabel = "FILE", descriptionKey = "opt.history.file")
    Path file;

    @Option(names = "--online-retail", descriptionKey = "opt.history.onlineRetail")
    boolean onlineRetail;

    @Option(names = "--column", paramLabel = "HEADER=FIELD", descriptionKey = "opt.history.column")
    List<String> columns = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", descriptionKey = "opt.history.source")
    String source;

    @Option(names = "--currency", paramLabel = "CODE", descriptionKey = "opt.history.currency")
    String currency;

    @Option(names = "--channel", paramLabel = "CHANNEL", descriptionKey = "opt.history.channel")
    Channel channel;

    @Option(names = "--cancellation-prefix", paramLabel = "PREFIX", descriptionKey = "opt.history.cancellationPrefix")
    String cancellationPrefix;

    @Option(names = "--product-codes", paramLabel = "REGEX", descriptionKey = "opt.history.productCodes")
    String productCodes;

    @Option(names = "--refused", paramLabel = "FILE.csv", descriptionKey = "opt.history.refused")
    Path refusedFile;

    @Option(names = "--dry-run", descriptionKey = "opt.history.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    /** What the run wrote (or would write), for the summary and {@code --json}. */
    record Summary(String source, String currency, boolean dryRun, int rows, int orders, int sales, int cancellations,
                   int lines, int customersCreated, int productsCreated, BigDecimal salesValue,
                   BigDecimal cancelledValue, BigDecimal netValue, int alreadyImported, int refusedRows,
                   Map<HistoryRefusal, Integer> refusedByReason) {
    }

    @Override
    protected int execute() throws IOException {
        Map<String, HistoryField> mapping = mapping();
        if (refusedFile != null && Files.exists(refusedFile)) {
            throw usageError("cli.history.refusedExists", v(refusedFile));
        }
        IntakeTable table;
        try {
            table = new PoiIntakeFiles().read(file, null, null);
        } catch (IntakeFileException e) {
            err().println(texts().describe(e));
            return Cli.USAGE;
        }
        List<List<HistoryRow>> chunks;
        try {
            chunks = new HistoryMapping(mapping).chunks(table, CHUNK_ROWS);
        } catch (HistoryMapping.MissingColumnException e) {
            throw usageError("cli.history.noColumn", v(e.header()), v(String.join(", ", table.header())));
        }
        String src = source != null ? source.strip() : onlineRetail ? "online-retail" : table.fileName();
        String cur = currency != null ? currency : onlineRetail ? "GBP" : "EUR";
        Channel ch = channel != null ? channel : onlineRetail ? Channel.WEB : Channel.PHONE;
        String prefix = cancellationPrefix != null ? cancellationPrefix : onlineRetail ? "C" : null;
        String codes = productCodes != null ? productCodes : onlineRetail ? HistoryMapping.ONLINE_RETAIL_PRODUCTS : null;
        if (codes != null) {
            try {
                java.util.regex.Pattern.compile(codes);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw usageError("cli.history.badPattern", v(codes));
            }
        }
        HistoryOptions options = new HistoryOptions(src, prefix, codes, ch);
        HistoryImportService service = services().history();
        long batchId = 0;
        if (!dryRun) {
            HistoryBatch batch = service.begin(new HistoryStart(src, table.fileName(), table.fingerprint(), cur));
            batchId = batch.id();
            cur = batch.currency();
            if (batch.resumed()) {
                err().println(t("cli.history.resumed", v(src), batch.orders()));
            }
        }
        Tally tally = new Tally();
        for (List<HistoryRow> chunk : chunks) {
            HistoryChunkResult r = service.importChunk(new HistoryChunk(batchId, dryRun, options, chunk));
            tally.add(r);
        }
        if (!dryRun) {
            service.finish(batchId);
        }
        if (refusedFile != null) {
            writeRefused(table, tally.refused);
        }
        Map<HistoryRefusal, Integer> byReason = new EnumMap<>(HistoryRefusal.class);
        tally.refused.forEach(x -> byReason.merge(x.reason(), 1, Integer::sum));
        Summary s = new Summary(src, cur, dryRun, table.rows().size(), tally.sales + tally.cancellations, tally.sales,
                tally.cancellations, tally.lines, tally.customers.size(), tally.products.size(), tally.salesValue,
                tally.cancelledValue, tally.salesValue.subtract(tally.cancelledValue), tally.already,
                tally.refused.size(), byReason);
        if (json) {
            json(s);
        }
        print(json ? err() : out(), s);
        return tally.refused.isEmpty() ? Cli.OK : Cli.REFUSED;
    }

    private void print(java.io.PrintStream p, Summary s) {
        p.println(t(s.dryRun() ? "cli.history.wouldImport" : "cli.history.imported", s.rows(), v(s.source())));
        p.println(t("cli.history.orders", s.orders(), s.sales(), s.cancellations()));
        p.println(t("cli.history.lines", s.lines()));
        p.println(t("cli.history.customers", s.customersCreated()));
        p.println(t("cli.history.products", s.productsCreated()));
        p.println(t("cli.history.value", amount(s.salesValue(), s.currency()), amount(s.cancelledValue(), s.currency()),
                amount(s.netValue(), s.currency())));
        p.println(t("cli.history.already", s.alreadyImported()));
        p.println(t("cli.history.refused", s.refusedRows()));
        s.refusedByReason().forEach((reason, n) -> p.println("  " + n + "  " + t("history.refusal." + reason)));
    }

    /** An amount in the file's currency (not the euro {@code money} shows): two decimals, the locale's way. */
    private String amount(BigDecimal value, String cur) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(texts().locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value) + " " + cur;
    }

    /** The column mapping: the preset's, or --column HEADER=FIELD, with the fields a past order needs. */
    private Map<String, HistoryField> mapping() {
        Map<String, HistoryField> m = new LinkedHashMap<>();
        if (onlineRetail) {
            m.putAll(HistoryMapping.onlineRetail().columns());
        }
        for (String c : columns) {
            int eq = c.lastIndexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw usageError("cli.intake.badColumn", v(c));
            }
            String field = c.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            try {
                m.put(c.substring(0, eq).strip(), HistoryField.valueOf(field));
            } catch (IllegalArgumentException e) {
                throw usageError("cli.intake.badField", v(field), v(java.util.Arrays.toString(HistoryField.values())));
            }
        }
        Set<HistoryField> mapped = new LinkedHashSet<>(m.values());
        for (HistoryField required : HistoryMapping.REQUIRED) {
            if (!mapped.contains(required)) {
                throw usageError("cli.history.unmapped", v(required));
            }
        }
        return m;
    }

    /** The refused rows as the file has them, with their row number and reason first. */
    private void writeRefused(IntakeTable table, List<HistoryChunkResult.Refused> refused) throws IOException {
        Map<Integer, IntakeTable.Row> rows = new TreeMap<>();
        Map<Integer, HistoryRefusal> why = new TreeMap<>();
        refused.forEach(x -> why.put(x.row(), x.reason()));
        for (IntakeTable.Row r : table.rows()) {
            if (why.containsKey(r.number())) {
                rows.put(r.number(), r);
            }
        }
        List<String> header = new ArrayList<>(List.of(t("cli.history.refusedRow"), t("cli.history.refusedReason")));
        header.addAll(table.header());
        try (Writer w = Files.newBufferedWriter(refusedFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(header);
            for (Map.Entry<Integer, IntakeTable.Row> e : rows.entrySet()) {
                List<String> line = new ArrayList<>(List.of(String.valueOf(e.getKey()),
                        t("history.refusal." + why.get(e.getKey()))));
                line.addAll(e.getValue().cells());
                p.printRecord(line);
            }
        }
        err().println(t("cli.history.refusedWritten", refused.size(), v(refusedFile)));
    }

    private static final class Tally {
        int sales;
        int cancellations;
        int lines;
        int already;
        BigDecimal salesValue = BigDecimal.ZERO;
        BigDecimal cancelledValue = BigDecimal.ZERO;
        final Set<String> customers = new LinkedHashSet<>();
        final Set<String> products = new LinkedHashSet<>();
        final List<HistoryChunkResult.Refused> refused = new ArrayList<>();

        void add(HistoryChunkResult r) {
            sales += r.sales();
            cancellations += r.cancellations();
            lines += r.lines();
            already += r.alreadyImported();
            salesValue = salesValue.add(r.salesValue());
            cancelledValue = cancelledValue.add(r.cancelledValue());
            customers.addAll(r.createdCustomers());
            products.addAll(r.createdProducts());
            refused.addAll(r.refused());
        }
    }
}
