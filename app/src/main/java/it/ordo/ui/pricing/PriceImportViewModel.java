package it.ordo.ui.pricing;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.intake.IntakeTable;
import it.ordo.application.pricing.PriceFiles;
import it.ordo.application.pricing.PriceListService;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.application.pricing.PriceListService.Item;
import it.ordo.application.pricing.PriceListService.PriceChange;
import it.ordo.application.pricing.PriceListService.Preview;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing a price list on the desktop: the file is read on this workstation by the same reader as customers'
 * order files, its rows go to the price list import's own preview (what is new, each old price and the new one
 * with the change in percent, each refused row with every reason, the prices of the file's lists the file leaves
 * out), and on the user's word to the same import the command line runs. A start of validity chosen beside the
 * file is given to every row without one, so next month's list is loaded today. When rows are refused nothing is
 * applied unless the user chooses to apply the good rows.
 */
public final class PriceImportViewModel {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final PriceListService lists;
    private final IntakeFiles files;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask previewing;
    private final Runnable applied;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PriceChange> changes = FXCollections.observableArrayList();
    private final ObservableList<ImportReport.RowError> refused = FXCollections.observableArrayList();
    private final ObservableList<Item> notInFile = FXCollections.observableArrayList();
    private final BooleanProperty keepGoodRows = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canApply;
    private IntakeTable table;
    private List<ImportRow> rows = List.of();

    /**
     * @param today   the first day of the month after it is the start of validity offered
     * @param applied told once an import has written, so the lists on screen are read again
     */
    public PriceImportViewModel(PriceListService lists, IntakeFiles files, Texts texts, TaskExecutor executor,
                                LocalDate today, Runnable applied) {
        this.lists = lists;
        this.files = files;
        this.texts = texts;
        this.executor = executor;
        this.previewing = executor.latestOnly();
        this.applied = applied;
        validFrom.set(today.withDayOfMonth(1).plusMonths(1));
        // Another start of validity is another file to the import: preview it again.
        validFrom.addListener((o, was, now) -> {
            if (table != null) {
                preview();
            }
        });
        canApply = Bindings.createBooleanBinding(() -> {
            Preview p = preview.get();
            return !busy.get() && p != null && changing(p) > 0 && (p.errors().isEmpty() || keepGoodRows.get());
        }, busy, preview, keepGoodRows);
    }

    /** Reads the file on this workstation and previews what importing it would do. */
    public void open(Path chosen) {
        file.set(chosen);
        table = null;
        clear();
        message.set("");
        busy.set(true);
        previewing.run(() -> files.read(chosen, null, IntakeFiles.Progress.NONE), read -> {
            table = read;
            preview();
        }, this::failed);
    }

    /** The file's rows and what importing them would do (nothing when the file lacks a required column). */
    private record Read(PriceFiles.Rows rows, Preview preview) {
    }

    private void preview() {
        IntakeTable read = table;
        LocalDate from = validFrom.get();
        busy.set(true);
        // The rows are mapped off the FX thread too: a list of 50,000 prices is 50,000 maps.
        previewing.run(() -> {
            PriceFiles.Rows rows = PriceFiles.items(read, from);
            return new Read(rows, rows.missingColumns().isEmpty() ? lists.previewItems(rows.rows()) : null);
        }, r -> {
            busy.set(false);
            clear();
            if (r.preview() == null) {
                message.set(texts.get("pricing.import.missingColumns", String.join(", ", r.rows().missingColumns()),
                        String.join(", ", PriceListService.ITEM_COLUMNS)));
                return;
            }
            Preview p = r.preview();
            rows = r.rows().rows();
            preview.set(p);
            changes.setAll(p.changes().stream().filter(c -> c.change() != Change.UNCHANGED).toList());
            refused.setAll(p.errors());
            notInFile.setAll(p.notInFile());
            summary.set(texts.get("pricing.import.summary", count(p, Change.NEW), count(p, Change.CHANGED),
                    count(p, Change.REPLACES), count(p, Change.UNCHANGED), p.errors().size(), p.notInFile().size()));
            message.set(r.rows().unknownColumns().isEmpty() ? ""
                    : texts.get("pricing.import.unknownColumns", String.join(", ", r.rows().unknownColumns())));
        }, this::failed);
    }

    /** Writes the previewed rows through the import; refused rows write nothing. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        List<ImportRow> toImport = rows;
        busy.set(true);
        executor.run(() -> lists.importItems(toImport), report -> {
            busy.set(false);
            table = null;
            clear();
            message.set(texts.get("pricing.import.done", report.inserted(), report.updated(), report.errors().size()));
            applied.run();
        }, this::failed);
    }

    /** The change of a row in percent of its old price ("+10.0 %"); empty for a new price. */
    public String percent(PriceChange c) {
        if (c.oldPrice() == null || c.oldPrice().signum() == 0) {
            return "";
        }
        BigDecimal pct = c.newPrice().subtract(c.oldPrice()).multiply(HUNDRED)
                .divide(c.oldPrice(), 1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + texts.number(pct) + " %";
    }

    /** What a row does, in words: new, changed, or from its day on instead of the price ending the day before. */
    public String what(PriceChange c) {
        return c.change() == Change.REPLACES
                ? texts.get("pricing.import.change.REPLACES", texts.date(c.oldValidTo()))
                : texts.get("pricing.import.change." + c.change().name());
    }

    /** A refused row's reasons in the user's language. */
    public String reasons(ImportReport.RowError error) {
        return texts.render(error.problems());
    }

    private static long count(Preview p, Change change) {
        return p.changes().stream().filter(c -> c.change() == change).count();
    }

    private static long changing(Preview p) {
        return p.changes().stream().filter(c -> c.change() != Change.UNCHANGED).count();
    }

    private void clear() {
        preview.set(null);
        rows = List.of();
        changes.clear();
        refused.clear();
        notInFile.clear();
        summary.set("");
        keepGoodRows.set(false);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<PriceChange> changes() {
        return changes;
    }

    public ObservableList<ImportReport.RowError> refused() {
        return refused;
    }

    public ObservableList<Item> notInFile() {
        return notInFile;
    }

    public BooleanProperty keepGoodRowsProperty() {
        return keepGoodRows;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
