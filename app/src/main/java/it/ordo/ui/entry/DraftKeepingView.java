package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * What the screen says about the draft (restored, left for another customer,
 * discarded), and the pause after which header edits are kept: a save per
 * keystroke in the notes would be wasted work.
 */
final class DraftKeepingView {

    private final Label notice = new Label();
    private final PauseTransition headerSave = new PauseTransition(Duration.seconds(2));

    DraftKeepingView(DraftKeepingViewModel vm, OrderHeaderViewModel header) {
        notice.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        notice.textProperty().bind(vm.noticeProperty());
        headerSave.setOnFinished(e -> vm.saveIfDirty());
        header.edits().forEach(field -> field.addListener((o, was, now) -> headerSave.playFromStart()));
    }

    Node notice() {
        return notice;
    }

    /** The tab closes: the screen saves the draft itself, so no save is left pending. */
    void stop() {
        headerSave.stop();
    }
}
