package it.ordo.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The wait between the last keystroke in a search field and the query it
 * starts, so that typing "rossi" asks the database once, not five times.
 * Every list screen waits the same {@link #LENGTH}; tests without a window
 * use their own implementation and end the pause when they choose.
 */
public interface TypingPause {

    /**
     * 300 ms: longer than the gap between two keystrokes of someone typing a
     * word (about 200 ms at an ordinary pace), short enough that the list
     * seems to follow the typing. The customer and stock lists already used
     * it; the order list's 350 ms was the odd one out.
     */
    Duration LENGTH = Duration.millis(300);

    /** Starts the pause again; {@code then} runs once it ends with no further restart. */
    void restart(Runnable then);

    /** Forgets the pause under way (the screen closed, or a query was made some other way). */
    void stop();

    /** The pause on the JavaFX timeline, created at first use so a view model can be built without a toolkit. */
    static TypingPause onFxThread() {
        return new TypingPause() {
            private PauseTransition pause;

            @Override
            public void restart(Runnable then) {
                if (pause == null) {
                    pause = new PauseTransition(LENGTH);
                }
                pause.setOnFinished(e -> then.run());
                pause.playFromStart();
            }

            @Override
            public void stop() {
                if (pause != null) {
                    pause.stop();
                }
            }
        };
    }
}
