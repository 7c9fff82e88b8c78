package it.ordo.ui.customers;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
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
 * The customer list: a text that matches code, name, Partita IVA or city, and
 * one page of customers from the database with the total. An answer that a
 * newer search overtook is dropped.
 */
public final class CustomerListViewModel {

    public static final int PAGE_SIZE = 100;

    private final CustomerService customers;
    private final Texts texts;
    private final TaskExecutor executor;
    private final int pageSize;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CustomerView> rows = FXCollections.observableArrayList();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private long generation;
    private String searchedText;

    public CustomerListViewModel(CustomerService customers, Texts texts, TaskExecutor executor) {
        this(customers, texts, executor, PAGE_SIZE);
    }

    /** With another page size (tests page through a few customers). */
    public CustomerListViewModel(CustomerService customers, Texts texts, TaskExecutor executor, int pageSize) {
        this.customers = customers;
        this.texts = texts;
        this.executor = executor;
        this.pageSize = pageSize;
    }

    private record Page(List<CustomerView> rows, long total, int offset) {
    }

    /** The text changed (after the typing pause): search unless this text was just searched. */
    public void textChanged() {
        if (!Objects.equals(normalized(text.get()), searchedText)) {
            search();
        }
    }

    public void search() {
        query(0);
    }

    /** The same page again (the tab came back into view). */
    public void refresh() {
        query(offset.get());
    }

    public void nextPage() {
        if (hasNext()) {
            query(offset.get() + pageSize);
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            query(Math.max(0, offset.get() - pageSize));
        }
    }

    public boolean hasNext() {
        return offset.get() + pageSize < total.get();
    }

    private static String normalized(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private void query(int from) {
        long mine = ++generation;
        String q = normalized(text.get());
        searchedText = q;
        busy.set(true);
        executor.run(() -> new Page(customers.list(q, from, pageSize), customers.count(q), from), page -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            message.set("");
            rows.setAll(page.rows());
            offset.set(page.offset());
            total.set(page.total());
            pageText.set(page.total() == 0 ? texts.get("customers.page.none")
                    : texts.get("customers.page", number(page.offset() + 1),
                            number(page.offset() + page.rows().size()), number(page.total())));
        }, error -> {
            if (mine == generation) {
                busy.set(false);
                message.set(Problems.describe(texts, error));
            }
        });
    }

    private String number(long n) {
        return texts.number(BigDecimal.valueOf(n));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<CustomerView> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
