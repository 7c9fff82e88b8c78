package it.ordo.ui.customers;

import it.ordo.application.reporting.CustomerFigures;
import it.ordo.application.reporting.KpiService;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer's value over the last twelve months, read in the background from the one computation
 * ({@link KpiService#customerYear}) and formatted for the locale: sales, margin (only when the service gave
 * it: a user who may see costs), average order, return rate, late deliveries and open tickets.
 */
public final class CustomerFiguresViewModel {

    /** One figure: what it is, its value, and a line under it. */
    public record Figure(String id, String caption, String value, String detail) {
    }

    private final KpiService kpis;
    private final Texts texts;
    private final LatestTask task;
    private final String customerCode;
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public CustomerFiguresViewModel(KpiService kpis, Texts texts, TaskExecutor executor, String customerCode) {
        this.kpis = kpis;
        this.texts = texts;
        this.task = executor.latestOnly();
        this.customerCode = customerCode;
    }

    public void load() {
        task.run(() -> kpis.customerYear(customerCode), this::show,
                error -> message.set(Problems.describe(texts, error)));
    }

    private void show(CustomerFigures f) {
        message.set("");
        period.set(texts.get("customers.figures.period", f.period().from(), f.period().to()));
        List<Figure> shown = new ArrayList<>();
        shown.add(new Figure("revenue", texts.get("customers.figures.revenue"), texts.money(f.sales().net()),
                texts.get("customers.figures.revenue.detail", f.sales().orders())));
        if (f.sales().margin() != null) {
            BigDecimal share = f.sales().net().signum() == 0 ? null
                    : f.sales().margin().divide(f.sales().net(), 4, RoundingMode.HALF_UP);
            shown.add(new Figure("margin", texts.get("customers.figures.margin"), texts.money(f.sales().margin()),
                    share == null ? "" : texts.get("customers.figures.margin.detail", percent(share))));
        }
        shown.add(new Figure("average", texts.get("customers.figures.average"),
                f.averageOrder() == null ? none() : texts.money(f.averageOrder()), ""));
        shown.add(new Figure("returns", texts.get("customers.figures.returns"),
                f.returns().valueRate() == null ? none() : percent(f.returns().valueRate()),
                texts.get("customers.figures.returns.detail", texts.money(f.returns().returnedValue()),
                        texts.money(f.returns().shippedValue()))));
        shown.add(new Figure("late", texts.get("customers.figures.late"),
                texts.number(BigDecimal.valueOf(f.lateDeliveries())),
                texts.get("customers.figures.late.detail", f.onTime().promised())));
        shown.add(new Figure("tickets", texts.get("customers.figures.tickets"),
                texts.number(BigDecimal.valueOf(f.openTickets())),
                texts.get("customers.figures.tickets.detail", f.ticketsPastDue())));
        figures.setAll(shown);
    }

    private String none() {
        return texts.get("customers.figures.none");
    }

    private String percent(BigDecimal fraction) {
        return texts.number(fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    public ReadOnlyStringProperty periodProperty() {
        return period;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
