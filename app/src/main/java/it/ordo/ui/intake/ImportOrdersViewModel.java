package it.ordo.ui.intake;

import it.ordo.application.Services;
import it.ordo.application.intake.IntakeField;
import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeMapping;
import it.ordo.application.intake.IntakePreview;
import it.ordo.application.intake.IntakeRequest;
import it.ordo.application.intake.IntakeResult;
import it.ordo.application.intake.IntakeTable;
import it.ordo.application.intake.PreviewRow;
import it.ordo.application.intake.RowFix;
import it.ordo.application.intake.RowProblem;
import it.ordo.application.intake.RowStatus;
import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The Import orders screen's state and commands: a customer's file read on this workstation, its columns mapped
 * to Ordo's fields (suggested, or a saved mapping), the preview of every row, the operator's fixes (a product
 * chosen, a quantity corrected, a row skipped), and the confirmation order by order with progress and cancel.
 * Every call to the services and every file runs on the executor, never on the JavaFX thread.
 */
public final class ImportOrdersViewModel {

    /** One column of the file: its header, a sample value, and the field the operator maps it to. */
    public static final class MappingRow {
        private final String header;
        private final String sample;
        private final ObjectProperty<IntakeField> field = new SimpleObjectProperty<>();

        MappingRow(String header, String sample, IntakeField field) {
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

        public ObjectProperty<IntakeField> fieldProperty() {
            return field;
        }
    }

    /** What reading a file gave: its rows, its sheets, the mapping suggested for it and the saved ones. */
    private record Loaded(IntakeTable table, List<String> sheets, IntakeMapping suggested, List<IntakeMapping> saved) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final Texts texts;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final StringProperty customer = new SimpleStringProperty("");
    private final StringProperty detected = new SimpleStringProperty("");
    private final ObjectProperty<IntakeTable> table = new SimpleObjectProperty<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<IntakeMapping> savedMappings = FXCollections.observableArrayList();
    private final StringProperty mappingName = new SimpleStringProperty();
    private final ObjectProperty<IntakePreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final Map<Integer, RowFix> fixes = new LinkedHashMap<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<IntakeResult> result = new SimpleObjectProperty<>();
    private final ObservableList<IntakeResult.OrderOutcome> outcomes = FXCollections.observableArrayList();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Consumer<Throwable> problems;

    public ImportOrdersViewModel(Services services, TaskExecutor executor, Texts texts, Consumer<Throwable> problems) {
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

    // --- the file

    /** Reads the file (its first sheet) and suggests a mapping for its header. */
    public void open(Path chosen) {
        file.set(chosen);
        result.set(null);
        outcomes.clear();
        read(null);
    }

    /** Reads another sheet of the same file. */
    public void chooseSheet(String name) {
        if (file.get() != null && name != null && !name.equals(sheet.get())) {
            read(name);
        }
    }

    private void read(String sheetName) {
        Path path = file.get();
        String customerCode = customerOrNull();
        start(texts.get("intake.reading", path.getFileName().toString()));
        executor.run(() -> {
            List<String> names = services.intakeFiles().sheets(path);
            IntakeTable t = services.intakeFiles().read(path, sheetName, r -> !cancel.get());
            IntakeMapping suggested = services.intake().suggestMapping(t.header(), customerCode);
            return new Loaded(t, names, suggested, services.intake().mappings());
        }, loaded -> {
            busy.set(false);
            table.set(loaded.table());
            sheets.setAll(loaded.sheets());
            sheet.set(loaded.table().sheet());
            savedMappings.setAll(loaded.saved());
            IntakeTable t = loaded.table();
            detected.set(t.encoding() == null
                    ? texts.get("intake.detected.workbook", t.format(), t.sheet(), t.rows().size(), t.headerRow())
                    : texts.get("intake.detected.csv", t.encoding(), t.delimiter(), t.rows().size(), t.headerRow()));
            fixes.clear();
            setMapping(loaded.suggested());
            status.set("");
            preview();
        }, problems);
    }

    private void setMapping(IntakeMapping m) {
        IntakeTable t = table.get();
        List<MappingRow> list = new ArrayList<>();
        for (int i = 0; i < t.header().size(); i++) {
            String header = t.header().get(i);
            int column = i;
            String sample = t.rows().stream().map(r -> r.cells().get(column)).filter(c -> !c.isBlank()).findFirst()
                    .orElse("");
            list.add(new MappingRow(header, sample, m.fieldOf(header).orElse(null)));
        }
        mapping.setAll(list);
        mappingName.set(m.name());
    }

    /** Maps the columns as the saved mapping says. */
    public void useSavedMapping(IntakeMapping saved) {
        if (saved != null && table.get() != null) {
            setMapping(saved);
            preview();
        }
    }

    /** The columns as mapped now; named when they are still the saved mapping chosen. */
    public IntakeMapping currentMapping() {
        List<IntakeMapping.Column> columns = mapping.stream().filter(r -> r.fieldProperty().get() != null)
                .map(r -> new IntakeMapping.Column(r.header(), r.fieldProperty().get())).toList();
        String name = mappingName.get();
        boolean unchanged = name != null && savedMappings.stream().anyMatch(s -> s.name().equals(name)
                && new IntakeMapping(name, columns).equals(s));
        return new IntakeMapping(unchanged ? name : null, columns);
    }

    /** Saves the columns as mapped now under a name, for the next file and for {@code order import}. */
    public void saveMapping(String name) {
        IntakeMapping m = new IntakeMapping(name, currentMapping().columns());
        start(texts.get("intake.saving"));
        executor.run(() -> {
            IntakeMapping saved = services.intake().saveMapping(m);
            return Map.entry(saved, services.intake().mappings());
        }, done -> {
            busy.set(false);
            savedMappings.setAll(done.getValue());
            mappingName.set(done.getKey().name());
            status.set(texts.get("intake.mappingSaved", done.getKey().name()));
        }, problems);
    }

    // --- preview and fixes

    /** Every row with its status, price and availability, as the file and the fixes stand. */
    public void preview() {
        if (table.get() == null) {
            return;
        }
        IntakeRequest request = request();
        String said = status.get();
        start(texts.get("intake.previewing"));
        executor.run(() -> services.intake().preview(request), p -> {
            busy.set(false);
            status.set(said);
            if (result.get() == null) {
                progress.set(0);
            }
            preview.set(p);
            rows.setAll(p.rows());
            summary.set(p.problems().isEmpty()
                    ? texts.get("intake.summary", p.rows().size(), p.orders().size(), p.count(RowStatus.VALID),
                            p.count(RowStatus.WARNING), p.count(RowStatus.ERROR), p.count(RowStatus.SKIPPED))
                    : texts.render(p.problems()));
        }, problems);
    }

    private IntakeRequest request() {
        return new IntakeRequest(table.get(), currentMapping(), customerOrNull(), List.copyOf(fixes.values()));
    }

    private String customerOrNull() {
        String c = customer.get();
        return c == null || c.isBlank() ? null : c.strip();
    }

    /**
     * The product for a row. When the row gave the customer's own code, {@code remember} stores what it stands
     * for, so the next file of this customer needs no fix.
     */
    public void chooseProduct(PreviewRow row, String sku, boolean remember) {
        RowFix old = fixes.get(row.row());
        fixes.put(row.row(), new RowFix(row.row(), sku.strip(), old == null ? null : old.quantity(), false));
        boolean article = remember && row.code() != null && row.customer() != null && row.issues().stream()
                .anyMatch(i -> i.problem() == RowProblem.UNKNOWN_ARTICLE || i.field() == IntakeField.CUSTOMER_ARTICLE);
        if (!article) {
            preview();
            return;
        }
        start(texts.get("intake.saving"));
        executor.run(() -> {
            services.intake().resolveArticle(row.customer(), row.code(), sku.strip());
            return null;
        }, done -> {
            status.set("");
            preview();
        }, problems);
    }

    /** The quantity for a row, instead of what the file says. */
    public void correctQuantity(PreviewRow row, BigDecimal quantity) {
        RowFix old = fixes.get(row.row());
        fixes.put(row.row(), new RowFix(row.row(), old == null ? null : old.sku(), quantity, false));
        preview();
    }

    /** Leaves the row out of its order, or takes it back. */
    public void skip(PreviewRow row, boolean skip) {
        RowFix old = fixes.get(row.row());
        fixes.put(row.row(), new RowFix(row.row(), old == null ? null : old.sku(), old == null ? null : old.quantity(),
                skip));
        preview();
    }

    // --- confirmation

    /**
     * Places the file's orders one at a time (each in its own transaction), so progress shows and cancel stops
     * before the next order; what was placed stays placed and is reported.
     */
    public void confirm() {
        IntakePreview p = preview.get();
        if (p == null || !p.problems().isEmpty() || p.orders().isEmpty()) {
            return;
        }
        IntakeRequest request = request();
        List<IntakePreview.Order> orders = p.orders();
        Map<Integer, IntakeTable.Row> byNumber = new LinkedHashMap<>();
        request.table().rows().forEach(r -> byNumber.put(r.number(), r));
        cancel.set(false);
        outcomes.clear();
        result.set(null);
        busy.set(true);
        progress.set(0);
        next(request, orders, byNumber, 0, new IntakeResult(List.of()));
    }

    private void next(IntakeRequest request, List<IntakePreview.Order> orders, Map<Integer, IntakeTable.Row> rows,
                      int index, IntakeResult soFar) {
        if (index == orders.size() || cancel.get()) {
            busy.set(false);
            progress.set(index == orders.size() ? 1 : progress.get());
            result.set(soFar);
            status.set(texts.get(cancel.get() ? "intake.cancelled" : "intake.done", soFar.orders().size(),
                    soFar.count(IntakeResult.Outcome.CONFIRMED), soFar.count(IntakeResult.Outcome.HELD),
                    soFar.count(IntakeResult.Outcome.REFUSED), soFar.count(IntakeResult.Outcome.ALREADY_IMPORTED)));
            preview();
            return;
        }
        IntakePreview.Order order = orders.get(index);
        status.set(texts.get("intake.confirming", index + 1, orders.size(), order.orderKey()));
        IntakeTable only = request.table().withRows(order.rows().stream().map(rows::get).toList());
        IntakeRequest one = new IntakeRequest(only, request.mapping(), request.customer(), request.fixes());
        executor.run(() -> services.intake().confirm(one), r -> {
            outcomes.addAll(r.orders());
            progress.set((index + 1) / (double) orders.size());
            next(request, orders, rows, index + 1, soFar.plus(r));
        }, problems);
    }

    /** Stops reading the file, or confirming, before the next order. */
    public void cancel() {
        cancel.set(true);
    }

    /** The confirmation's report as an Excel workbook. */
    public void exportResult(Path target) {
        IntakeResult r = result.get();
        if (r == null) {
            return;
        }
        start(texts.get("intake.exporting"));
        executor.run(() -> {
            ExportFile.write(target, out -> {
                try (SpreadsheetWriter w = services.spreadsheets().writer(SpreadsheetFormat.of(
                        target.getFileName().toString()), out, services.clock().getZone())) {
                    w.startSheet(new SheetLayout(texts.get("intake.result.sheet"), List.of(
                            SheetColumn.of(texts.get("intake.col.order"), CellType.TEXT),
                            SheetColumn.of(texts.get("intake.col.customer"), CellType.TEXT),
                            SheetColumn.of(texts.get("intake.col.outcome"), CellType.TEXT),
                            SheetColumn.of(texts.get("intake.col.number"), CellType.TEXT),
                            SheetColumn.of(texts.get("intake.col.total"), CellType.MONEY),
                            SheetColumn.of(texts.get("intake.col.rows"), CellType.TEXT),
                            new SheetColumn(texts.get("intake.col.reasons"), CellType.TEXT, 80)),
                            List.of(new SheetLayout.Filter(texts.get("intake.col.file"),
                                    table.get() == null ? "" : table.get().fileName()))));
                    for (IntakeResult.OrderOutcome o : r.orders()) {
                        w.row(java.util.Arrays.asList(o.orderKey(), o.customer(),
                                texts.get("intake.outcome." + o.outcome()), o.orderNumber(), o.grossTotal(),
                                o.rows().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""),
                                texts.render(o.reasons())));
                    }
                }
            });
            return target;
        }, written -> {
            busy.set(false);
            status.set(texts.get("intake.exported", written.getFileName().toString()));
        }, problems);
    }

    /** Busy with {@code what}; the progress bar shows it as running, except behind a confirmation's report. */
    private void start(String what) {
        busy.set(true);
        if (result.get() == null) {
            progress.set(-1);
        }
        status.set(what);
    }

    /** The row's fix so far, if any. */
    public Optional<RowFix> fixOf(int row) {
        return Optional.ofNullable(fixes.get(row));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public StringProperty detectedProperty() {
        return detected;
    }

    public ObjectProperty<IntakeTable> tableProperty() {
        return table;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObservableList<IntakeMapping> savedMappings() {
        return savedMappings;
    }

    public StringProperty mappingNameProperty() {
        return mappingName;
    }

    public ObjectProperty<IntakePreview> previewProperty() {
        return preview;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public StringProperty summaryProperty() {
        return summary;
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

    public ObjectProperty<IntakeResult> resultProperty() {
        return result;
    }

    public ObservableList<IntakeResult.OrderOutcome> outcomes() {
        return outcomes;
    }
}
