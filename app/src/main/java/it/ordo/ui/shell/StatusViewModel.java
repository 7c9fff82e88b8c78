package it.ordo.ui.shell;

import it.ordo.application.setup.SetupService;
import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The start window's state: which database Ordo is connected to and how much
 * it holds. Figures are loaded in the background; until then it says so.
 */
public final class StatusViewModel {

    private final Texts texts;
    private final TaskExecutor executor;
    private final Callable<SetupService.Counts> counts;
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty orders = new SimpleStringProperty("…");
    private final StringProperty customers = new SimpleStringProperty("…");
    private final StringProperty products = new SimpleStringProperty("…");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public StatusViewModel(Texts texts, TaskExecutor executor, String databaseUrl, Callable<SetupService.Counts> counts) {
        this.texts = texts;
        this.executor = executor;
        this.counts = counts;
        database.set(databaseUrl);
    }

    public void refresh() {
        busy.set(true);
        message.set(texts.get("ui.status.loading"));
        executor.run(counts, c -> {
            orders.set(texts.number(java.math.BigDecimal.valueOf(c.orders())));
            customers.set(texts.number(java.math.BigDecimal.valueOf(c.customers())));
            products.set(texts.number(java.math.BigDecimal.valueOf(c.products())));
            message.set(texts.get("ui.status.loaded"));
            busy.set(false);
        }, e -> {
            message.set(e instanceof DomainException d ? texts.describe(d) : texts.get("ui.status.failed", e.getMessage()));
            busy.set(false);
        });
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database;
    }

    public ReadOnlyStringProperty ordersProperty() {
        return orders;
    }

    public ReadOnlyStringProperty customersProperty() {
        return customers;
    }

    public ReadOnlyStringProperty productsProperty() {
        return products;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
