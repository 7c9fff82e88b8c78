package it.ordo.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog: where a new file goes, the name proposed, one filter per kind of file. */
public final class SaveDialog {

    private SaveDialog() {
    }

    /** Empty when the user closes the dialog. */
    public static Optional<Path> ask(Window owner, String suggestedName, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(filters);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }
}
