package it.ordo.ui.orders;

import it.ordo.application.order.OrderPage;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order list's state: the filters, the sort column, the page shown and
 * how many orders match. Every query runs in the database through
 * {@link OrderService#search}; a result that arrives after a newer request
 * was made is dropped, so fast typing never shows an older list last.
 */
public final class OrderListViewModel {

    public static final int PAGE_SIZE = 100;

    private final int pageSize;
    private final OrderService orders;
    private final Texts texts;
    private final TaskExecutor executor;

    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final StringProperty customer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OrderSort> sort = new SimpleObjectProperty<>(OrderSort.ORDER_DATE);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<OrderListing> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canPrevious = new SimpleBooleanProperty(false);
    private final BooleanProperty canNext = new SimpleBooleanProperty(false);

    private int offset;
    /** The latest request; an answer to an older one is ignored. */
    private long generation;
    /** While every filter is being cleared, the changes do not each ask the database. */
    private boolean clearing;

    public OrderListViewModel(OrderService orders, Texts texts, TaskExecutor executor) {
        this(orders, texts, executor, PAGE_SIZE);
    }

    /** With smaller pages, so a test needs only a few orders to turn one. */
    OrderListViewModel(OrderService orders, Texts texts, TaskExecutor executor, int pageSize) {
        this.pageSize = pageSize;
        this.orders = orders;
        this.texts = texts;
        this.executor = executor;
    }

    /** The filters changed: back to the first page. */
    public void search() {
        if (clearing) {
            return;
        }
        offset = 0;
        load();
    }

    /** The same page again (the screen was shown again, an order changed). */
    public void refresh() {
        load();
    }

    public void nextPage() {
        if (canNext.get()) {
            offset += pageSize;
            load();
        }
    }

    public void previousPage() {
        if (canPrevious.get()) {
            offset = Math.max(0, offset - pageSize);
            load();
        }
    }

    /** Sorts by a column in the database, from the first page. */
    public void sortBy(OrderSort column, boolean descendingOrder) {
        sort.set(column == null ? OrderSort.ORDER_DATE : column);
        descending.set(column == null || descendingOrder);
        search();
    }

    public void clearFilters() {
        clearing = true;
        try {
            status.set(null);
            channel.set(null);
            priority.set(null);
            customer.set("");
            from.set(null);
            to.set(null);
            text.set("");
        } finally {
            clearing = false;
        }
        search();
    }

    public boolean hasFilters() {
        return status.get() != null || channel.get() != null || priority.get() != null || !blank(customer.get())
                || from.get() != null || to.get() != null || !blank(text.get());
    }

    private void load() {
        long request = ++generation;
        OrderQuery query = new OrderQuery(status.get(), channel.get(), priority.get(), customer.get(), from.get(),
                to.get(), text.get(), sort.get(), descending.get(), offset, pageSize);
        busy.set(true);
        executor.run(() -> orders.search(query), page -> {
            if (request == generation) {
                show(page);
            }
        }, error -> {
            if (request == generation) {
                busy.set(false);
                message.set(Problems.describe(texts, error));
            }
        });
    }

    private void show(OrderPage page) {
        busy.set(false);
        offset = page.offset();
        rows.setAll(page.rows());
        total.set(page.total());
        canPrevious.set(page.hasPrevious());
        canNext.set(page.hasNext());
        if (page.total() == 0) {
            pageText.set("");
            message.set(texts.get(hasFilters() ? "orders.list.noMatch" : "orders.list.none"));
        } else {
            pageText.set(texts.get("orders.list.page", number(page.offset() + 1L),
                    number(page.offset() + (long) page.rows().size()), number(page.total())));
            message.set("");
        }
    }

    private String number(long n) {
        return texts.number(BigDecimal.valueOf(n));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<OrderSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public ObservableList<OrderListing> rows() {
        return rows;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty canPreviousProperty() {
        return canPrevious;
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext;
    }

    public Texts texts() {
        return texts;
    }
}
