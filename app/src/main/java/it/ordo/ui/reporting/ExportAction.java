package it.ordo.ui.reporting;

import it.ordo.ui.Desk;
import it.ordo.domain.DomainException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Export to Excel" for any list: asks where to save (.xlsx, or .csv),
 * then writes in the background with a progress bar and a Cancel button
 * beside the action, and says in the status bar how many rows went where.
 * What to export is asked at the moment of the click, so the file holds the
 * filters and sort on screen then. One instance per list screen; JavaFX
 * thread only.
 */
public final class ExportAction {

    /** Ctrl+Shift+E (Cmd on a Mac) on every list. */
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** Where to save: the file the user chose, or empty when they closed the dialog. */
    @FunctionalInterface
    public interface FileChoice {
        Optional<Path> ask(Window owner, String suggestedName);
    }

    private final Desk desk;
    private final Supplier<TableExport<?>> what;
    private final String fileName;
    private final FileChoice choice;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final Button button = new Button();
    private final HBox controls;
    private AtomicBoolean cancel = new AtomicBoolean();

    /** {@code fileName}: the name suggested, without extension ("orders"). */
    public ExportAction(Desk desk, Supplier<TableExport<?>> what, String fileName) {
        this(desk, what, fileName, (owner, name) -> desk.chooseSaveFile(owner, name, List.of(
                new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"))));
    }

    public ExportAction(Desk desk, Supplier<TableExport<?>> what, String fileName, FileChoice choice) {
        this.desk = desk;
        this.what = what;
        this.fileName = fileName;
        this.choice = choice;
        button.setText(desk.texts().get("export.action"));
        button.setTooltip(new Tooltip(desk.texts().get("export.action.tip")));
        button.setGraphic(new FontIcon(Material2AL.GRID_ON));
        button.setOnAction(e -> export());
        button.disableProperty().bind(running);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(progress);
        bar.setPrefWidth(120);
        Button stop = new Button(desk.texts().get("export.cancel"));
        stop.setOnAction(e -> cancel());
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        stop.visibleProperty().bind(running);
        stop.managedProperty().bind(running);
        controls = new HBox(6, button, bar, stop);
        controls.getStyleClass().add("export-action");
    }

    /** The button, and the progress bar and Cancel shown while an export runs: one node for a tool bar. */
    public Node controls() {
        return controls;
    }

    /** Makes {@link #KEY} start the export anywhere inside {@code scope}. */
    public void bindKey(Node scope) {
        scope.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KEY.match(e) && !running.get()) {
                export();
                e.consume();
            }
        });
    }

    /** Asks where to save, then exports there. */
    public void export() {
        Window owner = controls.getScene() == null ? null : controls.getScene().getWindow();
        choice.ask(owner, fileName + ".xlsx").ifPresent(this::exportTo);
    }

    /** Exports what the list shows now to {@code file} (.csv or .xlsx by its name), in the background. */
    public void exportTo(Path file) {
        if (running.get()) {
            return;
        }
        TableExport<?> export = what.get();
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(ProgressBar.INDETERMINATE_PROGRESS);
        desk.executor().run(
                () -> ExportJob.write(desk.services().spreadsheets(), export, file,
                        desk.services().clock().getZone(),
                        (written, total) -> Platform.runLater(() -> progress.set(
                                total == 0 ? 1 : (double) written / total)), stop::get),
                rows -> {
                    running.set(false);
                    desk.notify(desk.texts().get("export.done", rows, file.getFileName().toString()));
                },
                error -> {
                    running.set(false);
                    if (error instanceof ExportCancelledException) {
                        desk.notify(desk.texts().get("export.cancelled"));
                    } else if (error instanceof java.io.IOException io) {
                        // Disk full, no permission, the file open in Excel: name the file and the reason.
                        desk.showProblem(new DomainException("export.failed", file.toString(), io.getMessage()));
                    } else {
                        desk.showProblem(error);
                    }
                });
    }

    /** Stops the running export after the page being written; no file is left. */
    public void cancel() {
        cancel.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
