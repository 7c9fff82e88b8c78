package it.ordo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The paging and search every list screen shares, without a window: a list of
 * names stands for the database, so each test can say what it holds, how slow
 * each answer is and when typing pauses.
 */
class PagedSearchTest {

    private static final Texts EN = new Texts(Locale.ENGLISH);

    /** What the list asks: the text typed and the page. */
    private record Query(String text, int offset, int limit) {
    }

    /** The "database": names, filtered by the text they contain; it counts the queries it answers. */
    private static final class Names {
        final List<String> all = new ArrayList<>();
        final List<Query> asked = new ArrayList<>();

        Names(int count) {
            IntStream.rangeClosed(1, count).forEach(i -> all.add("name-" + i));
        }

        PagedSearch.Page<String> fetch(Query q) {
            asked.add(q);
            List<String> matching = all.stream().filter(n -> q.text().isEmpty() || n.contains(q.text())).toList();
            int to = Math.min(matching.size(), q.offset() + q.limit());
            List<String> rows = q.offset() >= to ? List.of() : matching.subList(q.offset(), to);
            return new PagedSearch.Page<>(rows, matching.size(), q.offset());
        }
    }

    /** A typing pause that ends when the test says so. */
    private static final class Pause implements TypingPause {
        Runnable pending;

        @Override
        public void restart(Runnable then) {
            pending = then;
        }

        @Override
        public void stop() {
            pending = null;
        }

        void ends() {
            Runnable then = pending;
            pending = null;
            if (then != null) {
                then.run();
            }
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final Pause pause = new Pause();

    private PagedSearch<Query, String> list(Names names, TaskExecutor executor, int pageSize) {
        return new PagedSearch<>(executor, pageSize, (offset, limit) -> new Query(text.toString(), offset, limit),
                names::fetch, pause).pageText(EN, "orders.list.page", null);
    }

    @Test
    void turnsPagesForwardAndBackWithTheTotalAndTheButtonsThatApply() {
        PagedSearch<Query, String> list = list(new Names(7), new SameThreadExecutor(), 3);
        list.search();
        assertThat(list.rows()).containsExactly("name-1", "name-2", "name-3");
        assertThat(list.pageTextProperty().get()).isEqualTo("1–3 of 7");
        assertThat(list.canPreviousProperty().get()).isFalse();
        assertThat(list.canNextProperty().get()).isTrue();

        list.nextPage();
        list.nextPage();
        assertThat(list.rows()).containsExactly("name-7");
        assertThat(list.offsetProperty().get()).isEqualTo(6);
        assertThat(list.pageTextProperty().get()).isEqualTo("7–7 of 7");
        assertThat(list.canNextProperty().get()).isFalse();
        list.nextPage(); // past the last page: nothing to turn to
        assertThat(list.rows()).containsExactly("name-7");

        list.previousPage();
        assertThat(list.rows()).containsExactly("name-4", "name-5", "name-6");
        assertThat(list.canPreviousProperty().get()).isTrue();
        list.previousPage();
        list.previousPage(); // on the first page already
        assertThat(list.offsetProperty().get()).isZero();
        assertThat(list.canPreviousProperty().get()).isFalse();
    }

    @Test
    void aLastPageThatEmptiedMeanwhileShowsTheNewLastPage() {
        Names names = new Names(7);
        PagedSearch<Query, String> list = list(names, new SameThreadExecutor(), 3);
        list.search();
        list.nextPage();
        list.nextPage();
        assertThat(list.rows()).containsExactly("name-7");

        names.all.subList(4, 7).clear(); // three names went away while the user looked at the last page
        list.refresh();

        assertThat(list.rows()).containsExactly("name-4");
        assertThat(list.offsetProperty().get()).isEqualTo(3);
        assertThat(list.totalProperty().get()).isEqualTo(4);
        assertThat(list.pageTextProperty().get()).isEqualTo("4–4 of 4");
        assertThat(list.canNextProperty().get()).isFalse();
        assertThat(list.busyProperty().get()).isFalse();
    }

    @Test
    void aSlowAnswerToAnOlderSearchNeverReplacesTheNewerOne() {
        QueuedExecutor executor = new QueuedExecutor();
        PagedSearch<Query, String> list = list(new Names(12), executor, 100);
        List<String> errors = new ArrayList<>();
        list.onFailure(e -> errors.add(e.getMessage()));
        text.append("1");
        list.search();
        text.append("1");
        list.search();
        assertThat(list.busyProperty().get()).isTrue();

        executor.runAt(1); // "11" answers first
        executor.runAt(0); // then the older "1", which matched more

        assertThat(list.rows()).containsExactly("name-11");
        assertThat(list.totalProperty().get()).isEqualTo(1);
        assertThat(list.busyProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void enterInTheSearchFieldOpensTheOnlyMatchOnceItIsFoundElseGoesIntoTheList() {
        QueuedExecutor executor = new QueuedExecutor();
        PagedSearch<Query, String> list = list(new Names(12), executor, 100);
        list.search();
        executor.runAll();
        List<String> opened = new ArrayList<>();
        List<String> intoList = new ArrayList<>();

        text.append("12");
        list.typed();                                              // typed faster than the pause
        list.enter(opened::add, () -> intoList.add("list"));       // Enter: searched now, answered later
        assertThat(opened).as("nothing opens before the answer").isEmpty();
        executor.runAll();
        assertThat(opened).containsExactly("name-12");
        assertThat(intoList).isEmpty();

        text.setLength(0);
        text.append("1");                                          // name-1, name-10, name-11, name-12
        list.enter(opened::add, () -> intoList.add("list"));
        executor.runAll();
        assertThat(opened).containsExactly("name-12");
        assertThat(intoList).containsExactly("list");

        list.enter(opened::add, () -> intoList.add("list"));       // Enter again on the list shown: into the list at once
        assertThat(executor.pending()).isZero();
        assertThat(intoList).hasSize(2);
    }

    @Test
    void typingAsksOnceWhenItPausesAndNotAgainForTheSameText() {
        Names names = new Names(30);
        PagedSearch<Query, String> list = list(names, new SameThreadExecutor(), 100);
        list.search();
        assertThat(names.asked).hasSize(1);

        for (char c : "2".toCharArray()) {
            text.append(c);
            list.typed();
        }
        text.append('0');
        list.typed();
        assertThat(names.asked).as("nothing asked while typing").hasSize(1);

        pause.ends();
        assertThat(names.asked).hasSize(2);
        assertThat(names.asked.getLast().text()).isEqualTo("20");
        assertThat(list.rows()).containsExactly("name-20");

        text.setLength(1);
        list.typed();
        text.append('0');
        list.typed(); // typed and taken back: the text is what was searched
        pause.ends();
        list.searchIfChanged(); // and Enter after the pause asks nothing either
        assertThat(names.asked).hasSize(2);

        text.setLength(0);
        list.typed();
        list.searchIfChanged(); // Enter before the pause asks at once, and the pause then finds nothing new
        pause.ends();
        assertThat(names.asked).hasSize(3);
        assertThat(list.totalProperty().get()).isEqualTo(30);
    }

    @Test
    void aQuietRefreshShowsNoBusyStateAndWaitsForTheQueryRunning() {
        QueuedExecutor executor = new QueuedExecutor();
        PagedSearch<Query, String> list = list(new Names(5), executor, 100);
        list.search();
        list.refreshQuietly();
        assertThat(executor.pending()).as("no refresh while a search runs").isEqualTo(1);
        executor.runAll();

        list.refreshQuietly();
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(list.busyProperty().get()).isFalse();
        executor.runAll();
        assertThat(list.rows()).hasSize(5);
    }

    @Test
    void aFailureIsReportedAndTheRowsOnScreenStay() {
        QueuedExecutor executor = new QueuedExecutor();
        Names names = new Names(5);
        boolean[] down = {false};
        PagedSearch<Query, String> list = new PagedSearch<Query, String>(executor, 100,
                (offset, limit) -> new Query(text.toString(), offset, limit), q -> {
                    if (down[0]) {
                        throw new IllegalStateException("database gone");
                    }
                    return names.fetch(q);
                }, pause);
        List<String> errors = new ArrayList<>();
        list.onFailure(e -> errors.add(e.getMessage()));
        list.search();
        executor.runAll();
        down[0] = true;
        list.refresh();
        assertThat(list.busyProperty().get()).isTrue();
        executor.runAll();

        assertThat(errors).containsExactly("database gone");
        assertThat(list.rows()).hasSize(5);
        assertThat(list.busyProperty().get()).isFalse();
    }
}
