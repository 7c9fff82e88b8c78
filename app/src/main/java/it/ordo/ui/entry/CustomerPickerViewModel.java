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
    /** A search is under way: Enter waits for its answer rather than calling the text unknown. */
    private boolean searching;
    /** Enter came before the search answered: the answer decides (the only match is taken). */
    private boolean enterPending;
    /** The customer the operator typed over: Esc puts it back. */
    private CustomerView previous;

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

    /**
     * The operator typed in the customer field: suggestions by code, name,
     * Partita IVA or city. Text added after a chosen customer (a scan into the
     * wrong field) is refused and the customer kept; typing over it drops the
     * customer and says so, Esc puts it back.
     */
    public void search(String text) {
        if (Objects.equals(text, query.get())) {
            return; // the field echoing what the view model put there
        }
        enterPending = false;
        CustomerView chosen = customer.get();
        String typed = text == null ? "" : text;
        if (chosen != null && !display(chosen).equals(typed)) {
            if (typed.startsWith(display(chosen))) {
                query.set(typed);
                query.set(display(chosen));
                error.set(texts.get("entry.customer.kept", display(chosen)));
                return;
            }
            previous = chosen;
            customer.set(null);
            recent.cancel();
            recentOrders.clear();
            error.set(typed.isBlank() ? null : texts.get("entry.customer.dropped", display(chosen)));
        } else if (chosen == null && error.get() != null && previous == null) {
            error.set(null); // "not found" belonged to the text before
        }
        query.set(typed);
        if (typed.isBlank() || customer.get() != null) {
            search.cancel();
            searching = false;
            suggestions.clear();
            return;
        }
        searching = true;
        search.run(() -> customers.list(typed.trim(), 0, SUGGESTIONS), found -> {
            searching = false;
            suggestions.setAll(found);
            if (enterPending) {
                enterPending = false;
                enterAnswered();
            }
        }, e -> {
            searching = false;
            enterPending = false;
            suggestions.clear();
            error.set(Problems.describe(texts, e));
        });
    }

    /**
     * Enter in the customer field with no list open (the view takes a
     * suggestion from an open list itself). True when the order has its
     * customer and the keyboard may go on; otherwise the field says what was
     * not found and what to try, or the answer of the search still under way
     * decides: the only match is taken.
     */
    public boolean enter() {
        if (customer.get() != null) {
            return true;
        }
        if (query.get().isBlank()) {
            error.set(texts.get("entry.customer.missing"));
            return false;
        }
        if (searching) {
            enterPending = true;
            return false;
        }
        enterAnswered();
        return customer.get() != null;
    }

    private void enterAnswered() {
        if (suggestions.size() == 1) {
            choose(suggestions.getFirst());
        } else if (suggestions.isEmpty()) {
            error.set(texts.get("entry.customer.notFound", query.get().trim()));
        } else {
            error.set(texts.get("entry.customer.ambiguous", query.get().trim()));
        }
    }

    /** Esc after typing over the chosen customer: it is the order's customer again, as if nothing was typed. */
    public boolean keepPrevious() {
        if (previous == null || customer.get() != null) {
            return false;
        }
        CustomerView back = previous;
        search.cancel();
        searching = false;
        suggestions.clear();
        show(back);
        return true;
    }

    /** Enter on a suggestion (or the only one). */
    public void choose(CustomerView chosen) {
        search.cancel();
        searching = false;
        enterPending = false;
        suggestions.clear();
        show(chosen);
        onChosen.accept(chosen);
    }

    /** The customer this order is for (null for none), with its last orders; nothing else of the order changes. */
    void show(CustomerView chosen) {
        previous = null;
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
