package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.domain.order.OrderListing;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer of the order: found by typing part of its code, name, Partita
 * IVA or city, shown with its last orders. A blocked customer can be chosen
 * (to see why) but not ordered for.
 */
public final class CustomerPickerViewModel {

    static final int SUGGESTIONS = 20;
    static final int RECENT_ORDERS = 5;

    private final CustomerService customers;
    private final OrderService orders;
    private final Texts texts;
    private final LatestTask search;
    private final LatestTask recent;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerView> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerView> customer = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<OrderListing> recentOrders = FXCollections.observableArrayList();
    private Consumer<CustomerView> onChosen = c -> { };

    CustomerPickerViewModel(CustomerService customers, OrderService orders, Texts texts, TaskExecutor executor) {
        this.customers = customers;
        this.orders = orders;
        this.texts = texts;
        this.search = executor.latestOnly();
        this.recent = executor.latestOnly();
    }

    /** Who continues once the operator chose a customer (header defaults, quotes, the draft). */
    void setOnChosen(Consumer<CustomerView> onChosen) {
        this.onChosen = onChosen;
    }

    /** The operator typed in the customer field: suggestions by code, name, Partita IVA or city. */
    public void search(String text) {
        if (Objects.equals(text, query.get())) {
            return; // the field echoing what the view model put there
        }
        query.set(text == null ? "" : text);
        CustomerView chosen = customer.get();
        if (chosen != null && !display(chosen).equals(query.get())) {
            customer.set(null);
            error.set(null);
            recent.cancel();
            recentOrders.clear();
        }
        if (text == null || text.isBlank() || customer.get() != null) {
            search.cancel();
            suggestions.clear();
            return;
        }
        search.run(() -> customers.list(text.trim(), 0, SUGGESTIONS), suggestions::setAll, e -> {
            suggestions.clear();
            error.set(Problems.describe(texts, e));
        });
    }

    /** Enter on a suggestion (or the only one). */
    public void choose(CustomerView chosen) {
        search.cancel();
        suggestions.clear();
        show(chosen);
        onChosen.accept(chosen);
    }

    /** The customer this order is for (null for none), with its last orders; nothing else of the order changes. */
    void show(CustomerView chosen) {
        customer.set(chosen);
        query.set(chosen == null ? "" : display(chosen));
        recentOrders.clear();
        if (chosen == null) {
            recent.cancel();
            error.set(null);
            return;
        }
        error.set(chosen.blocked() ? texts.get("entry.customer.blocked", chosen.code(), chosen.name()) : null);
        String code = chosen.code();
        // Who may not see orders still takes them: on a failure the panel stays empty.
        recent.run(() -> orders.search(OrderQuery.latest(null, code, RECENT_ORDERS)).rows(), recentOrders::setAll, e -> recentOrders.clear());
    }

    /** Loading the customer the screen was opened for failed. */
    void failed(Throwable e) {
        error.set(Problems.describe(texts, e));
    }

    /** Whether an order can be taken now; if not, the field says why. */
    boolean usable() {
        CustomerView c = customer.get();
        if (c == null) {
            error.set(texts.get("entry.customer.missing"));
            return false;
        }
        if (c.blocked()) {
            error.set(texts.get("entry.customer.blocked", c.code(), c.name()));
            return false;
        }
        return true;
    }

    /** The chosen customer's code, null for none. */
    String code() {
        return customer.get() == null ? null : customer.get().code();
    }

    void clear() {
        search.cancel();
        show(null);
        suggestions.clear();
    }

    /** "C-A · Alfa S.r.l.": what the customer field shows once chosen. */
    public String display(CustomerView c) {
        return c.code() + " · " + c.name();
    }

    public ReadOnlyStringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerView> suggestions() {
        return suggestions;
    }

    public ReadOnlyObjectProperty<CustomerView> customerProperty() {
        return customer;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ObservableList<OrderListing> recentOrders() {
        return recentOrders;
    }
}
