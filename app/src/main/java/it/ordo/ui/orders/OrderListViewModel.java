package it.ordo.ui.orders;

import it.ordo.application.order.OrderPage;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderFollowUp;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.i18n.Texts;
import it.ordo.ui.PagedSearch;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The order list's state: the filters, the sort column, the page shown and
 * how many orders match. Every query runs in the database through
 * {@link OrderService#search}; the {@link PagedSearch} drops a result that
 * arrives after a newer request was made, so fast typing never shows an
 * older list last.
 */
public final class OrderListViewModel {

    public static final int PAGE_SIZE = 100;

    private final Texts texts;

    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    /** The orders behind a dashboard figure (late, waiting for stock, sold in the days chosen), or all. */
    private final ObjectProperty<OrderFollowUp> followUp = new SimpleObjectProperty<>();
    private final StringProperty customer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OrderSort> sort = new SimpleObjectProperty<>(OrderSort.ORDER_DATE);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final StringProperty message = new SimpleStringProperty("");
    private final PagedSearch<OrderQuery, OrderListing> paged;

    /** While every filter is being cleared, the changes do not each ask the database. */
    private boolean clearing;

    public OrderListViewModel(OrderService orders, Texts texts, TaskExecutor executor) {
        this(orders, texts, executor, PAGE_SIZE);
    }

    /** With smaller pages, so a test needs only a few orders to turn one. */
    OrderListViewModel(OrderService orders, Texts texts, TaskExecutor executor, int pageSize) {
        this.texts = texts;
        this.paged = new PagedSearch<OrderQuery, OrderListing>(executor, pageSize,
                this::query,
                query -> {
                    OrderPage page = orders.search(query);
                    return new PagedSearch.Page<>(page.rows(), page.total(), page.offset());
                })
                .pageText(texts, "orders.list.page", null)
                .onPage(page -> message.set(page.total() > 0 ? ""
                        : texts.get(hasFilters() ? "orders.list.noMatch" : "orders.list.none")))
                .onFailure(error -> message.set(Problems.describe(texts, error)));
    }

    /** The filters and sort as they are now, asking for the rows from {@code offset}: what the list and its export run. */
    public OrderQuery query(int offset, int limit) {
        return new OrderQuery(status.get(), channel.get(), priority.get(), customer.get(), from.get(), to.get(),
                text.get(), sort.get(), descending.get(), offset, limit, null, followUp.get());
    }

    /** The filters changed: back to the first page. */
    public void search() {
        if (!clearing) {
            paged.search();
        }
    }

    /** The same page again (the screen was shown again, an order changed). */
    public void refresh() {
        paged.refresh();
    }

    public void nextPage() {
        paged.nextPage();
    }

    public void previousPage() {
        paged.previousPage();
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
            followUp.set(null);
        } finally {
            clearing = false;
        }
        search();
    }

    public boolean hasFilters() {
        return status.get() != null || channel.get() != null || priority.get() != null || !blank(customer.get())
                || from.get() != null || to.get() != null || !blank(text.get()) || followUp.get() != null;
    }

    /**
     * Only the orders behind a dashboard figure, on the days given (the days of confirmation for sold orders);
     * every other filter cleared, so the list holds exactly what the figure counted.
     */
    public void showFollowUp(OrderFollowUp list, LocalDate fromDay, LocalDate toDay) {
        clearing = true;
        try {
            status.set(null);
            channel.set(null);
            priority.set(null);
            customer.set("");
            text.set("");
            followUp.set(list);
            from.set(fromDay);
            to.set(toDay);
        } finally {
            clearing = false;
        }
        search();
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

    public ObjectProperty<OrderFollowUp> followUpProperty() {
        return followUp;
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

    /** The paging, the typing pause and the busy state, for the view's page bar and search fields. */
    public PagedSearch<?, OrderListing> paged() {
        return paged;
    }

    public ObservableList<OrderListing> rows() {
        return paged.rows();
    }

    public ReadOnlyLongProperty totalProperty() {
        return paged.totalProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return paged.pageTextProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return paged.busyProperty();
    }

    public ReadOnlyBooleanProperty canPreviousProperty() {
        return paged.canPreviousProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return paged.canNextProperty();
    }

    public Texts texts() {
        return texts;
    }
}
