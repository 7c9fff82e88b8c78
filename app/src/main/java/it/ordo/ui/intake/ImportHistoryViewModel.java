package it.ordo.ui.intake;

import it.ordo.application.Services;
import it.ordo.application.intake.HistoryBatch;
import it.ordo.application.intake.HistoryChunk;
import it.ordo.application.intake.HistoryChunkResult;
import it.ordo.application.intake.HistoryField;
import it.ordo.application.intake.HistoryMapping;
import it.ordo.application.intake.HistoryOptions;
import it.ordo.application.intake.HistoryRefusal;
import it.ordo.application.intake.HistoryRow;
import it.ordo.application.intake.HistoryStart;
import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeTable;
import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Past orders tab of Import orders (the history import, {@code IMPORT_HISTORY}): a file of another system read
 * on this workstation, its columns mapped to the history's fields (or the Online Retail preset), a dry run that
 * shows the figures and the refused rows by reason, then the import in chunks of whole orders with progress and
 * cancel, and the refused rows saved to a file. The service gets rows, never the file; every call runs on the
 * executor, never on the JavaFX thread.
 */
public final class ImportHistoryViewModel {

    /** One column of the file: its header, a sample value, and the field it feeds (null: not read). */
    public static final class MappingRow {
        private final String header;
        private final String sample;
        private final ObjectProperty<HistoryField> field = new SimpleObjectProperty<>();

        MappingRow(String header, String sample, HistoryField field) {
            this.header = header;
            this.sample = sample;
            this.field.set(field);
        }

        public String header() {
            return header;
        }

        public String sample() {
            return sample;
        }

        public ObjectProperty<HistoryField> fieldProperty() {
            return field;
        }
    }

    /** How many rows a reason refused. */
    public record ReasonCount(HistoryRefusal reason, int rows) {
    }

    /** What a run gave: the chunks' results added up, whether it wrote, and whether it was stopped. */
    private record Outcome(HistoryChunkResult result, boolean dryRun, boolean cancelled, int chunksDone,
                           int chunks) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Consumer<Throwable> problems;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<IntakeTable> table = new SimpleObjectProperty<>();
    private final StringProperty detected = new SimpleStringProperty("");
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final StringProperty cancellationPrefix = new SimpleStringProperty("");
    private final StringProperty productCodes = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty figures = new SimpleStringProperty("");
    private final ObservableList<ReasonCount> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<HistoryChunkResult> result = new SimpleObjectProperty<>();
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ImportHistoryViewModel(Services services, TaskExecutor executor, Texts texts, Consumer<Throwable> problems) {
        this.services = services;
        this.executor = executor;
        this.texts = texts;
        this.problems = failure -> {
            busy.set(false);
            progress.set(0);
            status.set(failure instanceof IntakeFileException e ? texts.describe(e) : "");
            problems.accept(failure);
        };
    }

    // --- the file and its mapping

    /** Reads the file (its first sheet) and maps the columns whose header names a field or the preset's column. */
    public void open(Path chosen) {
        file.set(chosen);
        clearResult();
        cancel.set(false);
        start(texts.get("intake.reading", chosen.getFileName().toString()));
        executor.run(() -> services.intakeFiles().read(chosen, null, rows -> !cancel.get()), t -> {
            busy.set(false);
            status.set("");
            table.set(t);
            detected.set(t.encoding() == null
                    ? texts.get("intake.detected.workbook", t.format(), t.sheet(), t.rows().size(), t.headerRow())
                    : texts.get("intake.detected.csv", t.encoding(), t.delimiter(), t.rows().size(), t.headerRow()));
            source.set(t.fileName());
            Map<String, HistoryField> preset = HistoryMapping.onlineRetail().columns();
            List<MappingRow> rows = new ArrayList<>();
            for (int i = 0; i < t.header().size(); i++) {
                String header = t.header().get(i);
                rows.add(new MappingRow(header, sample(t, i), suggest(header, preset)));
            }
            mapping.setAll(rows);
        }, problems);
    }

    private static String sample(IntakeTable t, int column) {
        return t.rows().stream().map(r -> column < r.cells().size() ? r.cells().get(column) : "")
                .filter(c -> !c.isBlank()).findFirst().orElse("");
    }

    /** A header that is a field's name ("Order date", "SHIP_DATE") or a column of the Online Retail layout. */
    private static HistoryField suggest(String header, Map<String, HistoryField> preset) {
        String h = header.strip();
        for (Map.Entry<String, HistoryField> p : preset.entrySet()) {
            if (p.getKey().equalsIgnoreCase(h)) {
                return p.getValue();
            }
        }
        String name = h.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (HistoryField f : HistoryField.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The Online Retail layout (UCI data set): its columns, GBP, invoices starting with C are cancellations,
     * codes not starting with five digits are charges, the web shop's channel.
     */
    public void useOnlineRetail() {
        Map<String, HistoryField> preset = HistoryMapping.onlineRetail().columns();
        mapping.forEach(r -> r.fieldProperty().set(suggest(r.header(), preset)));
        source.set("online-retail");
        currency.set("GBP");
        cancellationPrefix.set("C");
        productCodes.set(HistoryMapping.ONLINE_RETAIL_PRODUCTS);
        channel.set(Channel.WEB);
        clearResult();
    }

    /** The columns as mapped now; a problem to show instead when a field a past order needs is missing. */
    private Map<String, HistoryField> columns() {
        Map<String, HistoryField> m = new LinkedHashMap<>();
        Set<HistoryField> used = new LinkedHashSet<>();
        for (MappingRow r : mapping) {
            HistoryField f = r.fieldProperty().get();
            if (f != null) {
                if (!used.add(f)) {
                    throw new Unmappable(texts.get("history.ui.twice", texts.get("history.field." + f)));
                }
                m.put(r.header(), f);
            }
        }
        for (HistoryField required : HistoryMapping.REQUIRED) {
            if (!used.contains(required)) {
                throw new Unmappable(texts.get("history.ui.unmapped", texts.get("history.field." + required)));
            }
        }
        return m;
    }

    /** A mapping or option the operator must correct before anything runs; shown in the status line. */
    private static final class Unmappable extends RuntimeException {
        Unmappable(String message) {
            super(message);
        }
    }

    // --- dry run and import

    /** Checks every row and shows the figures and the refused rows by reason; writes nothing. */
    public void dryRun() {
        run(true);
    }

    /** Writes the past orders chunk by chunk; a cancel stops before the next chunk, what was written stays. */
    public void importAll() {
        run(false);
    }

    private void run(boolean dry) {
        IntakeTable t = table.get();
        if (t == null || busy.get()) {
            return;
        }
        List<List<HistoryRow>> chunks;
        HistoryOptions options;
        try {
            chunks = new HistoryMapping(columns()).chunks(t, HistoryMapping.CHUNK_ROWS);
            options = options();
        } catch (Unmappable e) {
            status.set(e.getMessage());
            return;
        }
        clearResult();
        cancel.set(false);
        busy.set(true);
        progress.set(0);
        status.set(texts.get(dry ? "history.ui.checking" : "history.ui.importing", 0, chunks.size()));
        if (dry) {
            next(0, options, chunks, 0, true, HistoryChunkResult.none());
            return;
        }
        HistoryStart start = new HistoryStart(options.source(), t.fileName(), t.fingerprint(), currency.get().strip());
        executor.run(() -> services.history().begin(start), batch -> {
            if (batch.resumed()) {
                status.set(texts.get("history.ui.resumed", batch.orders()));
            }
            next(batch.id(), options, chunks, 0, false, HistoryChunkResult.none());
        }, problems);
    }

    private HistoryOptions options() {
        String src = source.get() == null ? "" : source.get().strip();
        if (src.isEmpty()) {
            throw new Unmappable(texts.get("history.ui.noSource"));
        }
        String codes = blankToNull(productCodes.get());
        if (codes != null) {
            try {
                java.util.regex.Pattern.compile(codes);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new Unmappable(texts.get("history.ui.badPattern", codes));
            }
        }
        return new HistoryOptions(src, blankToNull(cancellationPrefix.get()), codes, channel.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void next(long batchId, HistoryOptions options, List<List<HistoryRow>> chunks, int index, boolean dry,
                      HistoryChunkResult soFar) {
        if (index == chunks.size() || cancel.get()) {
            Outcome outcome = new Outcome(soFar, dry, index < chunks.size(), index, chunks.size());
            if (dry) {
                done(outcome, null);
            } else {
                // The batch is closed (and audited) whether the run ended or was stopped: what was written stays.
                executor.run(() -> services.history().finish(batchId), batch -> done(outcome, batch), problems);
            }
            return;
        }
        HistoryChunk chunk = new HistoryChunk(batchId, dry, options, chunks.get(index));
        executor.run(() -> services.history().importChunk(chunk), r -> {
            progress.set((index + 1) / (double) chunks.size());
            status.set(texts.get(dry ? "history.ui.checking" : "history.ui.importing", index + 1, chunks.size()));
            next(batchId, options, chunks, index + 1, dry, soFar.plus(r));
        }, problems);
    }

    private void done(Outcome o, HistoryBatch batch) {
        busy.set(false);
        HistoryChunkResult r = o.result();
        result.set(r);
        imported.set(!o.dryRun());
        Map<HistoryRefusal, Integer> byReason = new EnumMap<>(HistoryRefusal.class);
        r.refused().forEach(x -> byReason.merge(x.reason(), 1, Integer::sum));
        List<ReasonCount> counts = new ArrayList<>();
        byReason.forEach((reason, n) -> counts.add(new ReasonCount(reason, n)));
        reasons.setAll(counts);
        String cur = batch != null ? batch.currency() : currency.get().strip().toUpperCase(Locale.ROOT);
        figures.set(texts.get(o.dryRun() ? "history.ui.wouldImport" : "history.ui.imported",
                table.get().rows().size(), r.sales() + r.cancellations(), r.sales(), r.cancellations(), r.lines(),
                r.createdCustomers().size(), r.createdProducts().size(), amount(r.salesValue(), cur),
                amount(r.cancelledValue(), cur), amount(r.salesValue().subtract(r.cancelledValue()), cur),
                r.alreadyImported(), r.refused().size()));
        status.set(o.cancelled() ? texts.get("history.ui.cancelled", o.chunksDone(), o.chunks())
                : texts.get(o.dryRun() ? "history.ui.checked" : "history.ui.done"));
    }

    /** An amount in the file's currency (not the company's euro sign): two decimals, the locale's way. */
    private String amount(BigDecimal value, String cur) {
        NumberFormat f = NumberFormat.getNumberInstance(texts.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value) + " " + cur;
    }

    /** Stops reading the file, the dry run or the import before the next chunk. */
    public void cancel() {
        cancel.set(true);
    }

    /** The refused rows as the file has them, with their row number and reason first (.xlsx or .csv). */
    public void saveRefused(Path target) {
        HistoryChunkResult r = result.get();
        IntakeTable t = table.get();
        if (r == null || t == null) {
            return;
        }
        start(texts.get("intake.exporting"));
        executor.run(() -> {
            Map<Integer, HistoryRefusal> why = new LinkedHashMap<>();
            r.refused().forEach(x -> why.put(x.row(), x.reason()));
            List<SheetColumn> columns = new ArrayList<>(List.of(
                    SheetColumn.of(texts.get("history.ui.col.row"), CellType.INTEGER),
                    new SheetColumn(texts.get("history.ui.col.reason"), CellType.TEXT, 60)));
            t.header().forEach(h -> columns.add(SheetColumn.of(h, CellType.TEXT)));
            ExportFile.write(target, out -> {
                try (SpreadsheetWriter w = services.spreadsheets().writer(
                        SpreadsheetFormat.of(target.getFileName().toString()), out, services.clock().getZone())) {
                    w.startSheet(new SheetLayout(texts.get("history.ui.refusedSheet"), columns,
                            List.of(new SheetLayout.Filter(texts.get("intake.col.file"), t.fileName()))));
                    for (IntakeTable.Row row : t.rows()) {
                        HistoryRefusal reason = why.get(row.number());
                        if (reason != null) {
                            List<Object> cells = new ArrayList<>();
                            cells.add(row.number());
                            cells.add(texts.get("history.refusal." + reason));
                            cells.addAll(row.cells());
                            while (cells.size() < columns.size()) {
                                cells.add("");
                            }
                            w.row(cells.subList(0, columns.size()));
                        }
                    }
                }
            });
            return target;
        }, written -> {
            busy.set(false);
            progress.set(1);
            status.set(texts.get("history.ui.refusedSaved", r.refused().size(), written.getFileName().toString()));
        }, problems);
    }

    private void clearResult() {
        result.set(null);
        imported.set(false);
        reasons.clear();
        figures.set("");
    }

    private void start(String what) {
        busy.set(true);
        progress.set(-1);
        status.set(what);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<IntakeTable> tableProperty() {
        return table;
    }

    public StringProperty detectedProperty() {
        return detected;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty cancellationPrefixProperty() {
        return cancellationPrefix;
    }

    public StringProperty productCodesProperty() {
        return productCodes;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty figuresProperty() {
        return figures;
    }

    public ObservableList<ReasonCount> reasons() {
        return reasons;
    }

    public ObjectProperty<HistoryChunkResult> resultProperty() {
        return result;
    }

    /** True when the result shown was written, false for a dry run's. */
    public BooleanProperty importedProperty() {
        return imported;
    }
}
