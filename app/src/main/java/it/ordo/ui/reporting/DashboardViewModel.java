package it.ordo.ui.reporting;

import it.ordo.application.reporting.Dashboard;
import it.ordo.application.reporting.KpiService;
import it.ordo.application.reporting.SalesGroup;
import it.ordo.application.reporting.SalesTotals;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The KPI dashboard: reads every figure in the background through the one
 * KPI service and turns it into the tiles' texts. The figures themselves
 * stay the service's; this only formats them for the locale.
 */
public final class DashboardViewModel {

    /** One tile: what it counts, the figure, and a line under it. */
    public record Tile(String id, String title, String value, String detail) {
    }

    private final KpiService kpis;
    private final Texts texts;
    private final LatestTask task;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<SalesGroup> topCustomers = FXCollections.observableArrayList();
    private final ObservableList<SalesGroup> topChannels = FXCollections.observableArrayList();
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public DashboardViewModel(KpiService kpis, Texts texts, TaskExecutor executor) {
        this.kpis = kpis;
        this.texts = texts;
        this.task = executor.latestOnly();
    }

    /** Reads the figures again, off the JavaFX thread. */
    public void refresh() {
        busy.set(true);
        task.run(kpis::dashboard, this::show, error -> {
            busy.set(false);
            message.set(Problems.describe(texts, error));
        });
    }

    private void show(Dashboard d) {
        busy.set(false);
        dashboard.set(d);
        message.set(texts.get("dashboard.asOf", texts.date(d.today())));
        tiles.setAll(
                sales("today", "dashboard.tile.today", d.day()),
                sales("week", "dashboard.tile.week", d.week()),
                sales("month", "dashboard.tile.month", d.month()),
                new Tile("margin", texts.get("dashboard.tile.margin"), texts.money(d.month().totals().margin()),
                        texts.get("dashboard.tile.margin.detail", texts.money(d.month().totals().cost()))),
                new Tile("backorders", texts.get("dashboard.tile.backorders"),
                        texts.number(BigDecimal.valueOf(d.ordersWithBackorders())),
                        texts.get("dashboard.tile.backorders.detail")),
                new Tile("late", texts.get("dashboard.tile.late"), texts.number(BigDecimal.valueOf(d.lateOrders())),
                        texts.get("dashboard.tile.late.detail")),
                new Tile("fill", texts.get("dashboard.tile.fillRate"), percent(d.month().totals().fillRate()),
                        texts.get("dashboard.tile.fillRate.detail", d.month().totals().lines())),
                new Tile("fulfilment", texts.get("dashboard.tile.fulfilment"),
                        hours(d.monthFulfilment().medianHoursToShip()),
                        texts.get("dashboard.tile.fulfilment.detail", d.monthFulfilment().shipments(),
                                hours(d.monthFulfilment().p90HoursToShip()))),
                new Tile("otif", texts.get("dashboard.tile.otif"), d.monthOnTimeInFull().rate() == null
                        ? texts.get("dashboard.none.figure") : percent(d.monthOnTimeInFull().rate()),
                        texts.get("dashboard.tile.otif.detail", d.monthOnTimeInFull().kept(),
                                d.monthOnTimeInFull().promised())),
                new Tile("returns", texts.get("dashboard.tile.returns"), d.monthReturns().valueRate() == null
                        ? texts.get("dashboard.none.figure") : percent(d.monthReturns().valueRate()),
                        texts.get("dashboard.tile.returns.detail", texts.money(d.monthReturns().returnedValue()),
                                texts.money(d.monthReturns().shippedValue()))),
                new Tile("tickets", texts.get("dashboard.tile.tickets"),
                        texts.number(BigDecimal.valueOf(d.ticketsOverSla())),
                        texts.get("dashboard.tile.tickets.detail")));
        topCustomers.setAll(d.topCustomers());
        topChannels.setAll(d.topChannels());
    }

    private Tile sales(String id, String key, Dashboard.Figures f) {
        SalesTotals t = f.totals();
        BigDecimal change = f.change();
        String versus = change == null ? texts.get("dashboard.tile.sales.beforeNone", texts.money(f.before().net()))
                : texts.get("dashboard.tile.sales.before", texts.money(f.before().net()),
                        (change.signum() > 0 ? "+" : "") + percent(change));
        return new Tile(id, texts.get(key), texts.money(t.net()),
                texts.get("dashboard.tile.sales.detail", t.orders(), texts.money(t.gross())) + "\n" + versus);
    }

    private String hours(BigDecimal hours) {
        return hours == null ? texts.get("dashboard.none.figure") : texts.get("dashboard.hours", texts.number(hours));
    }

    private String percent(BigDecimal fraction) {
        return texts.number(fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)) + " %";
    }

    /** A channel's name in the user's language. */
    public String channelName(String channel) {
        return texts.get("orders.channel." + channel);
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<SalesGroup> topCustomers() {
        return topCustomers;
    }

    public ObservableList<SalesGroup> topChannels() {
        return topChannels;
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Texts texts() {
        return texts;
    }
}
