package it.ordo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestTaskTest {

    @Test
    void aSlowEarlierAnswerNeverOverwritesTheNewerOne() {
        QueuedExecutor executor = new QueuedExecutor();
        LatestTask search = executor.latestOnly();
        List<String> shown = new ArrayList<>();
        search.run(() -> "ros", shown::add, e -> shown.add("error"));
        search.run(() -> "rossi", shown::add, e -> shown.add("error"));
        executor.runAt(1);
        executor.runAt(0);
        assertThat(shown).containsExactly("rossi");
    }

    @Test
    void anErrorOfSupersededWorkIsDroppedToo() {
        QueuedExecutor executor = new QueuedExecutor();
        LatestTask quote = executor.latestOnly();
        List<String> shown = new ArrayList<>();
        quote.run(() -> { throw new IllegalStateException("gone"); }, v -> shown.add("value"), e -> shown.add("error"));
        quote.run(() -> "ok", shown::add, e -> shown.add("error"));
        executor.runAll();
        assertThat(shown).containsExactly("ok");
    }

    @Test
    void cancelDropsWhatIsStillRunning() {
        QueuedExecutor executor = new QueuedExecutor();
        LatestTask load = executor.latestOnly();
        List<String> shown = new ArrayList<>();
        load.run(() -> "page", shown::add, e -> shown.add("error"));
        load.cancel();
        executor.runAll();
        assertThat(shown).isEmpty();
        load.run(() -> "again", shown::add, e -> shown.add("error"));
        executor.runAll();
        assertThat(shown).containsExactly("again");
    }
}
