package it.ordo.ui.desk;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Watches the JavaFX thread while a scripted session runs: an animation timer
 * asks for a pulse every frame, so a gap between two frames longer than
 * 100 ms means the thread was busy (a stall the user would feel as a freeze).
 */
public final class PulseMonitor extends AnimationTimer {

    private long last;
    private long frames;
    private final List<Long> stallsMillis = new ArrayList<>();
    private long worstMillis;

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = (now - last) / 1_000_000;
            worstMillis = Math.max(worstMillis, gap);
            if (gap > 100) {
                stallsMillis.add(gap);
            }
        }
        last = now;
        frames++;
    }

    public synchronized List<Long> stalls() {
        return List.copyOf(stallsMillis);
    }

    public long frames() {
        return frames;
    }

    public long worstMillis() {
        return worstMillis;
    }
}
