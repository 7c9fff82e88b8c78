package it.ordo.ui.customers;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.domain.customer.CustomerSort;
import it.ordo.i18n.Texts;
import it.ordo.ui.PagedSearch;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The customer list: a text that matches code, name, Partita IVA or city, and
 * one page of customers from the database with the total. An answer that a
 * newer search overtook is dropped.
 */
public final class CustomerListViewModel {

    public static final int PAGE_SIZE = 100;

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<CustomerSort> sort = new SimpleObjectProperty<>(CustomerSort.CODE);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final PagedSearch<CustomerQuery, CustomerView> paged;

    public CustomerListViewModel(CustomerService customers, Texts texts, TaskExecutor executor) {
        this(customers, texts, executor, PAGE_SIZE);
    }

    /** With another page size (tests page through a few customers). */
    public CustomerListViewModel(CustomerService customers, Texts texts, TaskExecutor executor, int pageSize) {
        paged = new PagedSearch<CustomerQuery, CustomerView>(executor, pageSize,
                (offset, limit) -> new CustomerQuery(searchText(), sort.get(), descending.get(), offset, limit),
                q -> new PagedSearch.Page<>(customers.list(q.text(), q.sort(), q.descending(), q.offset(), q.limit()),
                        customers.count(q.text()), q.offset()))
                .pageText(texts, "customers.page", "customers.page.none")
                .onPage(page -> message.set(""))
                .onFailure(error -> message.set(Problems.describe(texts, error)));
    }

    /** What the list asks the database: the text (null for every customer), the order and the page. */
    private record CustomerQuery(String text, CustomerSort sort, boolean descending, int offset, int limit) {
    }

    /** Sorts by a column in the database (then by code), from the first page; null is by code. */
    public void sortBy(CustomerSort column, boolean descendingOrder) {
        sort.set(column == null ? CustomerSort.CODE : column);
        descending.set(column != null && descendingOrder);
        paged.search();
    }

    public ReadOnlyObjectProperty<CustomerSort> sortProperty() {
        return sort;
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending;
    }

    /** The text changed (after the typing pause): search unless this text was just searched. */
    public void textChanged() {
        paged.searchIfChanged();
    }

    public void search() {
        paged.search();
    }

    /** The same page again (the tab came back into view). */
    public void refresh() {
        paged.refresh();
    }

    public void nextPage() {
        paged.nextPage();
    }

    public void previousPage() {
        paged.previousPage();
    }

    public boolean hasNext() {
        return paged.canNextProperty().get();
    }

    /** The search text as the list and its export use it: null for every customer. */
    public String searchText() {
        return normalized(text.get());
    }

    private static String normalized(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** The paging, the typing pause and the busy state, for the view's page bar and search field. */
    public PagedSearch<?, CustomerView> paged() {
        return paged;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<CustomerView> rows() {
        return paged.rows();
    }

    public ReadOnlyLongProperty totalProperty() {
        return paged.totalProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return paged.pageTextProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return paged.busyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
