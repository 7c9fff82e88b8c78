package it.ordo.ui.reporting;

import atlantafx.base.theme.Styles;
import it.ordo.application.reporting.DashboardHeadline;
import it.ordo.application.reporting.SalesGroup;
import it.ordo.application.reporting.SalesPeriod;
import it.ordo.domain.order.OrderFollowUp;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The manager's KPI dashboard: tiles for today's, this week's and this
 * month's sales, the month's margin, backorders, late orders and fill rate;
 * the month's top customers (double-click opens one) and the taxable per
 * channel as a chart. Read in the background on opening, on F5 and on the
 * refresh button; on opening, the tiles that need no order line first, the
 * others marked as loading until theirs arrive. Needs VIEW_MANAGEMENT_FIGURES.
 */
public final class DashboardScreen implements Screen {

    private final Desk desk;
    private final DashboardViewModel model;
    private final BorderPane root = new BorderPane();
    private boolean firstShow = true;

    public DashboardScreen(Desk desk) {
        this.desk = desk;
        this.model = new DashboardViewModel(desk.services().kpis(), desk.texts(), desk.executor());
        Texts t = desk.texts();
        root.setId("dashboard");
        root.setPadding(new Insets(12));

        Label title = new Label(t.get("dashboard.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label asOf = new Label();
        asOf.textProperty().bind(model.messageProperty());
        asOf.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip(t.get("dashboard.refresh")));
        refresh.setOnAction(e -> model.refresh());
        HBox heading = new HBox(10, title, asOf, busy, gap, refresh);
        heading.setAlignment(Pos.CENTER_LEFT);

        TilePane tiles = new TilePane(10, 10);
        tiles.setPrefColumns(4);
        tiles.setPadding(new Insets(10, 0, 10, 0));
        model.tiles().addListener((ListChangeListener<DashboardViewModel.Tile>) c ->
                tiles.getChildren().setAll(model.tiles().stream().map(this::tile).toList()));

        TableView<SalesGroup> customers = new TableView<>(model.topCustomers());
        customers.setId("dashboard-top-customers");
        customers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        customers.getColumns().add(Columns.text(t.get("dashboard.col.customer"), SalesGroup::key, 70));
        customers.getColumns().add(Columns.text(t.get("dashboard.col.name"), SalesGroup::name, 160));
        customers.getColumns().add(Columns.rightAligned(Columns.text(t.get("dashboard.col.net"),
                g -> t.money(g.net()), 90)));
        customers.getColumns().add(Columns.rightAligned(Columns.text(t.get("dashboard.col.margin"),
                g -> t.money(g.margin()), 90)));
        Label noCustomers = new Label();
        noCustomers.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(t.get("dashboard.loading")).otherwise(t.get("dashboard.none")));
        customers.setPlaceholder(noCustomers);
        customers.setPrefHeight(250);
        customers.setRowFactory(tv -> {
            TableRow<SalesGroup> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    desk.navigator().openCustomer(row.getItem().key());
                }
            });
            return row;
        });
        Label customersTitle = new Label(t.get("dashboard.topCustomers"));
        customersTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox left = new VBox(6, customersTitle, customers);
        HBox.setHgrow(left, Priority.ALWAYS);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("€");
        BarChart<String, Number> channels = new BarChart<>(x, y);
        channels.setId("dashboard-channels");
        channels.setTitle(t.get("dashboard.topChannels"));
        channels.setLegendVisible(false);
        channels.setAnimated(false);
        channels.setPrefSize(420, 230);
        model.topChannels().addListener((ListChangeListener<SalesGroup>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (SalesGroup g : model.topChannels()) {
                series.getData().add(new XYChart.Data<>(model.channelName(g.key()), g.net()));
            }
            channels.getData().setAll(java.util.List.of(series));
        });

        // The chart is empty until the month's lines are totalled: it says so over its empty plot.
        Label channelsLoading = new Label(t.get("dashboard.loading"));
        channelsLoading.getStyleClass().add(Styles.TEXT_MUTED);
        channelsLoading.visibleProperty().bind(model.loadingProperty());
        javafx.scene.layout.StackPane chart = new javafx.scene.layout.StackPane(channels, channelsLoading);

        HBox lower = new HBox(16, left, chart);
        root.setTop(heading);
        root.setCenter(new VBox(6, tiles, lower));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            }
        });
        model.refresh();
    }

    private Node tile(DashboardViewModel.Tile tile) {
        Label title = new Label(tile.title());
        title.getStyleClass().add(Styles.TEXT_MUTED);
        Label value = new Label(tile.value());
        value.getStyleClass().addAll(Styles.TITLE_2, Columns.FIGURES);
        Label detail = new Label(tile.detail());
        detail.getStyleClass().add(Styles.TEXT_SMALL);
        detail.setWrapText(true);
        VBox box = new VBox(4, title, value, detail);
        box.setId("tile-" + tile.id());
        box.getStyleClass().add("ordo-kpi-tile");
        box.setPadding(new Insets(10));
        box.setPrefWidth(220);
        if (tile.loading()) {
            // No figure yet, and plainly so: muted, with the spinner where the figure will be.
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(18, 18);
            value.setGraphic(spinner);
            value.getStyleClass().add(Styles.TEXT_MUTED);
            box.getStyleClass().add("ordo-kpi-tile-loading");
            return box;
        }
        Runnable open = listBehind(tile.id());
        if (open != null) {
            // The list behind the figure, on the screen that lists those things.
            box.setCursor(javafx.scene.Cursor.HAND);
            box.setOnMouseClicked(e -> open.run());
            Tooltip.install(box, new Tooltip(desk.texts().get("dashboard.tile." + tile.id() + ".open")));
        }
        return box;
    }

    /**
     * What clicking a tile opens: the orders, returns or tickets its figure counts, filtered as the figure
     * counts them (the return rate: the returns authorised in the month); null for a figure with no list of
     * its own (fill rate, times to ship, on time in full) or one the user may not open.
     */
    private Runnable listBehind(String tileId) {
        DashboardHeadline d = model.headlineProperty().get();
        it.ordo.application.security.Guard access = desk.services().access();
        boolean orders = access.allows(it.ordo.application.security.Permission.VIEW_ORDERS);
        return switch (tileId) {
            case "today" -> orders ? sold(d.day().period()) : null;
            case "week" -> orders ? sold(d.week().period()) : null;
            case "month", "margin" -> orders ? sold(d.month().period()) : null;
            case "late" -> orders ? () -> desk.navigator().openOrders(OrderFollowUp.LATE, null, null) : null;
            case "backorders" -> orders
                    ? () -> desk.navigator().openOrders(OrderFollowUp.WAITING_FOR_STOCK, null, null) : null;
            case "returns" -> access.allows(it.ordo.application.security.Permission.VIEW_RETURNS)
                    ? () -> desk.navigator().openReturns(d.month().period().from(), d.month().period().to()) : null;
            case "tickets" -> access.allows(it.ordo.application.security.Permission.VIEW_TICKETS)
                    ? () -> desk.navigator().openOverdueTickets() : null;
            default -> null;
        };
    }

    private Runnable sold(SalesPeriod period) {
        return () -> desk.navigator().openOrders(OrderFollowUp.SOLD, period.from(), period.to());
    }

    @Override
    public String title() {
        return desk.texts().get("dashboard.title");
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void shown() {
        if (firstShow) {
            firstShow = false; // just read by the constructor
            return;
        }
        model.refresh();
    }

    /** The view model, for tests of the screen. */
    DashboardViewModel model() {
        return model;
    }
}
