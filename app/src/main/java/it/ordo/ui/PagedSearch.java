package it.ordo.ui;

import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The part every list screen shares: one page of rows that the database
 * filtered, sorted and paged, how many match in all, the page turns, the
 * typing pause, and only the newest answer shown. The screen's view model
 * keeps its filters and says how to turn them into a query for a page
 * ({@link QueryAt}) and how to run it ({@link Fetch}); both run against the
 * filters as they are when the query is made. Used on the JavaFX thread only.
 *
 * @param <Q> the query, a value with equals (a record) that includes the page asked for
 * @param <R> a row of the list
 */
public final class PagedSearch<Q, R> {

    /** The filters as they are now, asked for the rows from {@code offset}. */
    @FunctionalInterface
    public interface QueryAt<Q> {
        Q at(int offset, int limit);
    }

    /** Runs a query in the background and returns the page found. */
    @FunctionalInterface
    public interface Fetch<Q, R> {
        Page<R> fetch(Q query) throws Exception;
    }

    /** One page of rows, the position of its first row (from 0) and how many rows match in all. */
    public record Page<R>(List<R> rows, long total, int offset) {

        public Page {
            rows = List.copyOf(rows);
        }
    }

    private final int pageSize;
    private final QueryAt<Q> queryAt;
    private final Fetch<Q, R> fetch;
    private final LatestTask task;
    private final TypingPause pause;

    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty canPrevious = new SimpleBooleanProperty();
    private final BooleanProperty canNext = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty pageText = new SimpleStringProperty("");

    private Consumer<Page<R>> onPage = page -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Texts texts;
    private String pageKey;
    private String noneKey;

    /** The query last asked and the page it asked for: what a refresh asks again and typing compares with. */
    private Q asked;
    private int askedOffset;
    private boolean running;
    private boolean replacingRows;
    /** What Enter in the search field does once the answer it waits for is shown. */
    private Runnable afterEnter;

    public PagedSearch(TaskExecutor executor, int pageSize, QueryAt<Q> queryAt, Fetch<Q, R> fetch) {
        this(executor, pageSize, queryAt, fetch, TypingPause.onFxThread());
    }

    /** With a typing pause of the caller's (tests end it when they choose). */
    public PagedSearch(TaskExecutor executor, int pageSize, QueryAt<Q> queryAt, Fetch<Q, R> fetch, TypingPause pause) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        this.pageSize = pageSize;
        this.queryAt = Objects.requireNonNull(queryAt);
        this.fetch = Objects.requireNonNull(fetch);
        this.task = executor.latestOnly();
        this.pause = Objects.requireNonNull(pause);
    }

    /** Called with every page shown, after rows, total and page text are updated. */
    public PagedSearch<Q, R> onPage(Consumer<Page<R>> shown) {
        this.onPage = Objects.requireNonNull(shown);
        return this;
    }

    /** Called when the newest query failed (the rows on screen stay). */
    public PagedSearch<Q, R> onFailure(Consumer<Throwable> failed) {
        this.onFailure = Objects.requireNonNull(failed);
        return this;
    }

    /**
     * The page text: {@code pageKey} with the first row, the last row and the
     * total ("Customers 1–100 of 2,345"); with no rows, {@code noneKey}'s text,
     * or nothing when it is null.
     */
    public PagedSearch<Q, R> pageText(Texts texts, String pageKey, String noneKey) {
        this.texts = Objects.requireNonNull(texts);
        this.pageKey = Objects.requireNonNull(pageKey);
        this.noneKey = noneKey;
        return this;
    }

    /** The filters changed: the first page. */
    public void search() {
        askAt(0, true);
    }

    /** A key was typed in a search field: search once typing pauses, if the filters then differ from those shown. */
    public void typed() {
        pause.restart(this::searchIfChanged);
    }

    /** Search now unless the filters are those last asked for (Enter after the pause, or a pause after Enter). */
    public void searchIfChanged() {
        pause.stop();
        if (asked == null || !Objects.equals(queryAt.at(askedOffset, pageSize), asked)) {
            search();
        }
    }

    /**
     * Enter in the search field: the text is searched now if it changed, and
     * once the answer is on screen the only match goes to {@code only} (the
     * screen opens it); with several or none, {@code otherwise} runs (the
     * keyboard goes into the list).
     */
    public void enter(Consumer<R> only, Runnable otherwise) {
        searchIfChanged();
        afterEnter = () -> {
            if (rows.size() == 1 && total.get() == 1) {
                only.accept(rows.getFirst());
            } else {
                otherwise.run();
            }
        };
        if (!running) {
            Runnable now = afterEnter;
            afterEnter = null;
            now.run();
        }
    }

    /** Drops a typing pause under way (the screen closes). */
    public void stopTyping() {
        pause.stop();
    }

    /**
     * The query on screen again, on the same page (the screen came back into
     * view, F5). Text typed but not yet searched waits for its own pause.
     */
    public void refresh() {
        again(true);
    }

    /**
     * A refresh the user did not ask for (a timer): no busy indicator, and
     * none at all while another query runs, whose answer will be as fresh.
     */
    public void refreshQuietly() {
        if (!running) {
            again(false);
        }
    }

    private void again(boolean showBusy) {
        if (asked == null) {
            askAt(offset.get(), showBusy);
        } else {
            ask(asked, askedOffset, showBusy);
        }
    }

    public void nextPage() {
        if (canNext.get()) {
            askAt(offset.get() + pageSize, true);
        }
    }

    public void previousPage() {
        if (canPrevious.get()) {
            askAt(Math.max(0, offset.get() - pageSize), true);
        }
    }

    private void askAt(int from, boolean showBusy) {
        ask(queryAt.at(from, pageSize), from, showBusy);
    }

    private void ask(Q query, int from, boolean showBusy) {
        asked = query;
        askedOffset = from;
        running = true;
        if (showBusy) {
            busy.set(true);
        }
        task.run(() -> fetch.fetch(query), this::show, error -> {
            running = false;
            afterEnter = null;
            busy.set(false);
            onFailure.accept(error);
        });
    }

    private void show(Page<R> page) {
        if (page.rows().isEmpty() && page.total() > 0 && page.offset() > 0) {
            // Rows went away while the user was on the last page (orders cancelled, customers merged): show what
            // is now the last page rather than an empty one past the end.
            askAt((int) ((page.total() - 1) / pageSize * pageSize), busy.get());
            return;
        }
        running = false;
        busy.set(false);
        replacingRows = true;
        try {
            rows.setAll(page.rows());
        } finally {
            replacingRows = false;
        }
        offset.set(page.offset());
        total.set(page.total());
        canPrevious.set(page.offset() > 0);
        canNext.set(page.offset() + pageSize < page.total());
        if (texts != null) {
            pageText.set(page.total() == 0 ? (noneKey == null ? "" : texts.get(noneKey))
                    : texts.get(pageKey, number(page.offset() + 1L),
                            number(page.offset() + (long) page.rows().size()), number(page.total())));
        }
        onPage.accept(page);
        if (afterEnter != null) {
            Runnable then = afterEnter;
            afterEnter = null;
            then.run();
        }
    }

    private String number(long n) {
        return texts.number(BigDecimal.valueOf(n));
    }

    /** True while the rows are being replaced: a table's momentary loss of selection then is not the user's. */
    public boolean replacingRows() {
        return replacingRows;
    }

    public int pageSize() {
        return pageSize;
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty canPreviousProperty() {
        return canPrevious;
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext;
    }

    /** A query the user asked for is running (not a quiet refresh). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }
}
