package it.ordo.ui.reporting;

import it.ordo.application.reporting.Dashboard;
import it.ordo.application.reporting.KpiService;
import it.ordo.application.reporting.SalesGroup;
import it.ordo.application.reporting.DashboardHeadline;
import it.ordo.application.reporting.OrderTotals;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The KPI dashboard: reads every figure in the background through the one
 * KPI service and turns it into the tiles' texts. The figures themselves
 * stay the service's; this only formats them for the locale.
 * <p>
 * On the first reading the tiles that need no order line ({@link KpiService#headline}: sales, orders waiting for
 * stock, late orders, tickets past due) are painted as soon as they are read, the others shown as loading (no
 * figure) until the full reading ({@link KpiService#dashboard}), run beside it, replaces every tile with figures
 * of one moment. A refresh reads everything again and replaces the tiles at once, the old figures shown meanwhile.
 */
public final class DashboardViewModel {

    /**
     * One tile: what it counts, the figure, and a line under it; {@code loading} while its figure is still being
     * read (value and detail then say so, never a figure).
     */
    public record Tile(String id, String title, String value, String detail, boolean loading) {
    }

    private final KpiService kpis;
    private final Texts texts;
    private final LatestTask headlineTask;
    private final LatestTask task;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<SalesGroup> topCustomers = FXCollections.observableArrayList();
    private final ObservableList<SalesGroup> topChannels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DashboardHeadline> headline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public DashboardViewModel(KpiService kpis, Texts texts, TaskExecutor executor) {
        this.kpis = kpis;
        this.texts = texts;
        this.headlineTask = executor.latestOnly();
        this.task = executor.latestOnly();
    }

    /** Reads the figures again, off the JavaFX thread; the first time, the tiles needing no line come first. */
    public void refresh() {
        busy.set(true);
        if (dashboard.get() == null) {
            loading.set(true);
            // A failed headline is left to the full reading beside it, which reads the same and says why it failed.
            headlineTask.run(kpis::headline, this::showHeadline, error -> { });
        }
        task.run(kpis::dashboard, this::show, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
        if (loading.get()) {
            // The tiles waiting for the full reading will not get it: they say so rather than wait for ever.
            loading.set(false);
            if (headline.get() != null) {
                tiles.setAll(tiles(headline.get(), null));
            }
        }
    }

    private void showHeadline(DashboardHeadline h) {
        headline.set(h);
        if (loading.get()) {
            message.set(texts.get("dashboard.asOf", texts.date(h.today())));
        }
        tiles.setAll(tiles(h, null));
    }

    private void show(Dashboard d) {
        // A headline still on its way is older than these figures: it must not replace them.
        headlineTask.cancel();
        busy.set(false);
        loading.set(false);
        dashboard.set(d);
        headline.set(d.headline());
        message.set(texts.get("dashboard.asOf", texts.date(d.today())));
        tiles.setAll(tiles(d.headline(), d));
        topCustomers.setAll(d.topCustomers());
        topChannels.setAll(d.topChannels());
    }

    /** Every tile in its place: from the full reading when there is one, the rest loading (or unread) until then. */
    private java.util.List<Tile> tiles(DashboardHeadline h, Dashboard d) {
        return java.util.List.of(
                sales("today", "dashboard.tile.today", h.day()),
                sales("week", "dashboard.tile.week", h.week()),
                sales("month", "dashboard.tile.month", h.month()),
                d == null ? pending("margin", "dashboard.tile.margin")
                        : new Tile("margin", texts.get("dashboard.tile.margin"), texts.money(d.month().totals().margin()),
                        texts.get("dashboard.tile.margin.detail", texts.money(d.month().totals().cost())), false),
                new Tile("backorders", texts.get("dashboard.tile.backorders"),
                        texts.number(BigDecimal.valueOf(h.ordersWithBackorders())),
                        texts.get("dashboard.tile.backorders.detail"), false),
                new Tile("late", texts.get("dashboard.tile.late"), texts.number(BigDecimal.valueOf(h.lateOrders())),
                        texts.get("dashboard.tile.late.detail"), false),
                d == null ? pending("fill", "dashboard.tile.fillRate")
                        : new Tile("fill", texts.get("dashboard.tile.fillRate"), percent(d.month().totals().fillRate()),
                        texts.get("dashboard.tile.fillRate.detail", d.month().totals().lines()), false),
                d == null ? pending("fulfilment", "dashboard.tile.fulfilment")
                        : new Tile("fulfilment", texts.get("dashboard.tile.fulfilment"),
                        hours(d.monthFulfilment().medianHoursToShip()),
                        texts.get("dashboard.tile.fulfilment.detail", d.monthFulfilment().shipments(),
                                hours(d.monthFulfilment().p90HoursToShip())), false),
                d == null ? pending("otif", "dashboard.tile.otif")
                        : new Tile("otif", texts.get("dashboard.tile.otif"), d.monthOnTimeInFull().rate() == null
                        ? texts.get("dashboard.none.figure") : percent(d.monthOnTimeInFull().rate()),
                        texts.get("dashboard.tile.otif.detail", d.monthOnTimeInFull().kept(),
                                d.monthOnTimeInFull().promised()), false),
                d == null ? pending("returns", "dashboard.tile.returns")
                        : new Tile("returns", texts.get("dashboard.tile.returns"), d.monthReturns().valueRate() == null
                        ? texts.get("dashboard.none.figure") : percent(d.monthReturns().valueRate()),
                        texts.get("dashboard.tile.returns.detail", texts.money(d.monthReturns().returnedValue()),
                                texts.money(d.monthReturns().shippedValue())), false),
                new Tile("tickets", texts.get("dashboard.tile.tickets"),
                        texts.number(BigDecimal.valueOf(h.ticketsOverSla())),
                        texts.get("dashboard.tile.tickets.detail"), false));
    }

    /** A tile whose figure is not there: still being read, or (after a failed reading) not read. */
    private Tile pending(String id, String key) {
        return loading.get()
                ? new Tile(id, texts.get(key), texts.get("dashboard.loading"), texts.get("dashboard.loading.detail"), true)
                : new Tile(id, texts.get(key), texts.get("dashboard.none.figure"), texts.get("dashboard.unread"), false);
    }

    private Tile sales(String id, String key, DashboardHeadline.Sales f) {
        OrderTotals t = f.totals();
        BigDecimal change = f.change();
        String versus = change == null ? texts.get("dashboard.tile.sales.beforeNone", texts.money(f.before().net()))
                : texts.get("dashboard.tile.sales.before", texts.money(f.before().net()),
                        (change.signum() > 0 ? "+" : "") + percent(change));
        return new Tile(id, texts.get(key), texts.money(t.net()),
                texts.get("dashboard.tile.sales.detail", t.orders(), texts.money(t.gross())) + "\n" + versus, false);
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

    /** The last full reading; null until the first has arrived. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** The figures of the tiles needing no line: the first paint's, then the full reading's. */
    public ReadOnlyObjectProperty<DashboardHeadline> headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** True while the figures totalling the lines (margin, fill rate, the month's lists...) are still being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
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
