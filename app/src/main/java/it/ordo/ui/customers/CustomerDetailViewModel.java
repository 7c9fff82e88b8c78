package it.ordo.ui.customers;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.application.support.CustomerStoryService;
import it.ordo.application.support.StoryEvent;
import it.ordo.domain.order.OrderListing;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer: master data, conditions, credit (limit, used by open orders,
 * still available) and the latest orders. Whether a new order may be started
 * here depends on the user's role and on the customer not being blocked.
 */
public final class CustomerDetailViewModel {

    /** How many of the customer's orders the detail shows, latest first. */
    public static final int ORDERS_SHOWN = 50;

    private final CustomerService customers;
    private final OrderService orders;
    /** The customer's story (orders, tickets, returns, e-mails); null for a user who may not read tickets. */
    private final CustomerStoryService stories;
    private final Texts texts;
    private final String code;
    private final boolean mayPlaceOrders;

    private final ObjectProperty<CustomerView> customer = new SimpleObjectProperty<>();
    private final ObservableList<OrderListing> orderRows = FXCollections.observableArrayList();
    private final ObservableList<StoryEvent> storyRows = FXCollections.observableArrayList();
    private final ObjectProperty<BigDecimal> creditAvailable = new SimpleObjectProperty<>();
    private final DoubleProperty creditUsedRatio = new SimpleDoubleProperty();
    private final BooleanProperty overLimit = new SimpleBooleanProperty();
    private final StringProperty creditText = new SimpleStringProperty("");
    private final BooleanProperty newOrderOffered = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /** Reading the customer: a newer load supersedes one still running. */
    private final LatestTask loading;

    public CustomerDetailViewModel(CustomerService customers, OrderService orders, CustomerStoryService stories,
                                   Texts texts, TaskExecutor executor, String code, boolean mayPlaceOrders) {
        this.customers = customers;
        this.orders = orders;
        this.stories = stories;
        this.texts = texts;
        this.loading = executor.latestOnly();
        this.code = code;
        this.mayPlaceOrders = mayPlaceOrders;
    }

    private record Loaded(CustomerView customer, List<OrderListing> orders, List<StoryEvent> story) {
    }

    public void load() {
        busy.set(true);
        loading.run(() -> new Loaded(customers.show(code),
                orders.search(OrderQuery.latest(null, code, ORDERS_SHOWN)).rows(),
                stories == null ? List.of() : stories.story(code)), loaded -> {
            busy.set(false);
            message.set("");
            apply(loaded);
        }, error -> {
            busy.set(false);
            message.set(Problems.describe(texts, error));
        });
    }

    private void apply(Loaded loaded) {
        CustomerView c = loaded.customer();
        BigDecimal limit = c.creditLimit();
        BigDecimal used = c.openExposure();
        if (limit == null || used == null) {
            // Left out by the service for a user who may not see credit.
            creditAvailable.set(null);
            overLimit.set(false);
            creditUsedRatio.set(0);
            creditText.set("");
        } else {
            applyCredit(limit, used);
        }
        orderRows.setAll(loaded.orders());
        storyRows.setAll(loaded.story());
        newOrderOffered.set(mayPlaceOrders && !c.blocked());
        customer.set(c);
    }

    private void applyCredit(BigDecimal limit, BigDecimal used) {
        creditAvailable.set(limit.subtract(used));
        overLimit.set(used.compareTo(limit) > 0);
        creditUsedRatio.set(limit.signum() == 0 ? (used.signum() > 0 ? 1 : 0)
                : Math.min(1, used.divide(limit, MathContext.DECIMAL64).doubleValue()));
        creditText.set(texts.get(overLimit.get() ? "customers.credit.over" : "customers.credit.summary",
                texts.money(used), texts.money(limit), texts.money(limit.subtract(used).abs())));
    }

    public String code() {
        return code;
    }

    public ReadOnlyObjectProperty<CustomerView> customerProperty() {
        return customer;
    }

    public ObservableList<OrderListing> orders() {
        return orderRows;
    }

    /** Orders, tickets, returns and e-mails, newest first (empty for who may not read tickets). */
    public ObservableList<StoryEvent> story() {
        return storyRows;
    }

    public boolean storyShown() {
        return stories != null;
    }

    /** Limit minus what open orders use; negative when over the limit. */
    public ReadOnlyObjectProperty<BigDecimal> creditAvailableProperty() {
        return creditAvailable;
    }

    /** Used over limit, 0 to 1, for the progress bar. */
    public ReadOnlyDoubleProperty creditUsedRatioProperty() {
        return creditUsedRatio;
    }

    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit;
    }

    public ReadOnlyStringProperty creditTextProperty() {
        return creditText;
    }

    /** Only for a role that may place orders, and never for a blocked customer. */
    public ReadOnlyBooleanProperty newOrderOfferedProperty() {
        return newOrderOffered;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
