package it.ordo.ui.pricing;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.pricing.ConditionsService;
import it.ordo.application.pricing.ConditionsService.Preview;
import it.ordo.application.pricing.ConditionsService.RuleChange;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.application.pricing.PriceFiles;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
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
 * Importing discount rules or promotions on the desktop, as `ordo discount import` and `ordo promotion import` do:
 * the file is read on this workstation by the reader of customers' order files, its header mapped by the import's
 * own columns, and the rows previewed by the conditions use case (each new rule, each old percentage and the new
 * one, each refused row with every reason) before anything is written. When rows are refused nothing is applied
 * unless the user chooses to apply the good ones.
 */
public final class RuleImportViewModel {

    private final ConditionsService conditions;
    private final IntakeFiles files;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask previewing;
    private final Runnable applied;

    private final ObjectProperty<RuleSet> set = new SimpleObjectProperty<>(RuleSet.PROMOTIONS);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RuleChange> changes = FXCollections.observableArrayList();
    private final ObservableList<ImportReport.RowError> refused = FXCollections.observableArrayList();
    private final BooleanProperty keepGoodRows = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canApply;
    private List<ImportRow> rows = List.of();
    private RuleSet previewed;

    /** @param applied told once an import has written, so the rules on screen are read again */
    public RuleImportViewModel(ConditionsService conditions, IntakeFiles files, Texts texts, TaskExecutor executor,
                               Runnable applied) {
        this.conditions = conditions;
        this.files = files;
        this.texts = texts;
        this.executor = executor;
        this.previewing = executor.latestOnly();
        this.applied = applied;
        // The same file read as the other set is another import: preview it again.
        set.addListener((o, was, now) -> {
            if (file.get() != null) {
                open(file.get());
            }
        });
        canApply = Bindings.createBooleanBinding(() -> {
            Preview p = preview.get();
            return !busy.get() && p != null && changing(p) > 0 && (p.errors().isEmpty() || keepGoodRows.get());
        }, busy, preview, keepGoodRows);
    }

    /** The file's rows and what importing them would do (nothing when the file lacks a required column). */
    private record Read(RuleSet set, PriceFiles.Rows rows, Preview preview) {
    }

    /** Reads the file on this workstation and previews what importing it as the chosen set would do. */
    public void open(Path chosen) {
        file.set(chosen);
        clear();
        message.set("");
        busy.set(true);
        RuleSet which = set.get();
        previewing.run(() -> {
            PriceFiles.Rows read = PriceFiles.rules(files.read(chosen, null, IntakeFiles.Progress.NONE), which);
            return new Read(which, read, read.missingColumns().isEmpty() ? conditions.preview(which, read.rows()) : null);
        }, r -> {
            busy.set(false);
            if (r.preview() == null) {
                message.set(texts.get("pricing.ruleImport.missingColumns", String.join(", ", r.rows().missingColumns()),
                        String.join(", ", r.set().columns())));
                return;
            }
            Preview p = r.preview();
            previewed = r.set();
            rows = r.rows().rows();
            preview.set(p);
            changes.setAll(p.changes().stream().filter(c -> c.change() != Change.UNCHANGED).toList());
            refused.setAll(p.errors());
            summary.set(texts.get("pricing.ruleImport.summary", count(p, Change.NEW), count(p, Change.CHANGED),
                    count(p, Change.UNCHANGED), p.errors().size()));
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
        RuleSet which = previewed;
        busy.set(true);
        executor.run(() -> conditions.importRules(which, toImport), report -> {
            busy.set(false);
            clear();
            file.set(null);
            message.set(texts.get("pricing.ruleImport.done", report.inserted(), report.updated(),
                    report.errors().size()));
            applied.run();
        }, this::failed);
    }

    /** A percentage as the rules table shows it; empty for none (a net-price promotion, a new rule's old value). */
    public String percent(BigDecimal value) {
        return value == null ? "" : texts.number(value) + " %";
    }

    /** What a row does, in words: a new rule, or a changed one. */
    public String what(RuleChange c) {
        return texts.get("pricing.ruleImport.change." + c.change().name());
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
        summary.set("");
        keepGoodRows.set(false);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ObjectProperty<RuleSet> setProperty() {
        return set;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<RuleChange> changes() {
        return changes;
    }

    public ObservableList<ImportReport.RowError> refused() {
        return refused;
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
