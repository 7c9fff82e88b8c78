package it.ordo.ui.entry;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The pause after which header edits are kept as a draft: a save per
 * keystroke in the notes would be wasted work. What is said about drafts is
 * the screen's notice ({@link NewOrderViewModel#noticeProperty}).
 */
final class DraftKeepingView {

    private final PauseTransition headerSave = new PauseTransition(Duration.seconds(2));

    DraftKeepingView(DraftKeepingViewModel vm, OrderHeaderViewModel header) {
        headerSave.setOnFinished(e -> vm.saveIfDirty());
        header.edits().forEach(field -> field.addListener((o, was, now) -> headerSave.playFromStart()));
    }

    /** The tab closes: the screen saves the draft itself, so no save is left pending. */
    void stop() {
        headerSave.stop();
    }
}
