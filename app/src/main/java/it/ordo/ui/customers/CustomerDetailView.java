package it.ordo.ui.customers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.customer.CustomerView;
import it.ordo.domain.order.OrderListing;
import it.ordo.i18n.Texts;
import it.ordo.application.support.StoryEvent;
import it.ordo.ui.Columns;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One customer: who they are, where to bill and ship, their conditions and
 * credit, and their latest orders. Rebuilt from the view model's customer
 * each time it loads; binds only.
 */
final class CustomerDetailView extends BorderPane {

    private final CustomerDetailViewModel model;
    private final CustomerVatViewModel vat;
    private final Texts texts;
    private final Runnable newOrder;
    private final TableView<OrderListing> orders = new TableView<>();
    private final Label name = new Label();
    private final Label identity = new Label();
    private final Label blocked = new Label();
    private final VBox details = new VBox(12);
    private final HBox headerLine = new HBox(12);
    private final TabPane tabs = new TabPane();
    /** The customer's last twelve months, above the details, for who may see the orders. */
    private Node figures;

    CustomerDetailView(CustomerDetailViewModel model, CustomerVatViewModel vat, Texts texts, Consumer<String> openOrder,
                       Runnable newOrder) {
        this.model = model;
        this.vat = vat;
        this.texts = texts;
        this.newOrder = newOrder;

        setTop(header());
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        details.setPadding(new Insets(4, 12, 8, 12));
        SplitPane split = new SplitPane(scroll, ordersPane(openOrder));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        fitDetails(split, scroll);
        setCenter(split);

        model.customerProperty().addListener((o, a, c) -> show(c));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)
                    && model.newOrderOfferedProperty().get()) {
                newOrder.run();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                model.load();
                vat.load();
                e.consume();
            }
        });
    }

    /**
     * Moves the divider so the details (figures, addresses, conditions, credit) show whole, up to two thirds of
     * the screen, as they arrive (the figures come after the rest), until the user moves it: a fixed 45 % cut the
     * conditions and the credit line on a 768-pixel screen.
     */
    private static void fitDetails(SplitPane split, ScrollPane scroll) {
        DetailsFit fit = new DetailsFit(split, scroll);
        split.getDividers().getFirst().positionProperty().addListener((o, a, b) -> fit.dividerMoved());
        split.heightProperty().addListener((o, a, b) -> fit.fit());
        scroll.getContent().layoutBoundsProperty().addListener((o, a, b) -> fit.fit());
    }

    /** The divider's fitting, and whether the user has taken it over (a move not made by {@link #fit}). */
    private static final class DetailsFit {
        private final SplitPane split;
        private final ScrollPane scroll;
        private boolean adjusting;
        private boolean movedByUser;

        DetailsFit(SplitPane split, ScrollPane scroll) {
            this.split = split;
            this.scroll = scroll;
        }

        void fit() {
            Node content = scroll.getContent();
            if (movedByUser || split.getHeight() <= 0 || content == null) {
                return;
            }
            double wanted = content.prefHeight(scroll.getWidth()) + scroll.snappedTopInset()
                    + scroll.snappedBottomInset() + 2;
            adjusting = true;
            split.setDividerPositions(Math.clamp(wanted / split.getHeight(), 0.3, 0.66));
            adjusting = false;
        }

        void dividerMoved() {
            if (!adjusting && split.getHeight() > 0) {
                movedByUser = true;
            }
        }
    }

    /** An action the screen adds beside New order (a ticket, a return for this customer). */
    void addAction(Node action) {
        headerLine.getChildren().add(headerLine.getChildren().size() - 1, action);
    }

    /** The twelve months' figures, shown above the customer's details: the customer at a glance. */
    void addFigures(Node pane) {
        figures = pane;
        if (!details.getChildren().isEmpty() && !details.getChildren().contains(pane)) {
            details.getChildren().add(0, pane);
        }
    }

    /** A tab the screen adds after the others (the e-mails the customer gets). */
    void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    void focusOrders() {
        orders.requestFocus();
        if (orders.getSelectionModel().isEmpty() && !orders.getItems().isEmpty()) {
            orders.getSelectionModel().selectFirst();
        }
    }

    private Node header() {
        name.getStyleClass().add(Styles.TITLE_3);
        name.setText(model.code());
        identity.getStyleClass().add(Styles.TEXT_MUTED);
        blocked.setText(texts.get("customers.detail.blocked"));
        blocked.setGraphic(new FontIcon(Material2AL.BLOCK));
        blocked.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD, Styles.TITLE_4);
        blocked.setVisible(false);
        blocked.managedProperty().bind(blocked.visibleProperty());

        Button order = new Button(texts.get("customers.detail.newOrder"), new FontIcon(Material2AL.ADD_SHOPPING_CART));
        order.getStyleClass().add(Styles.ACCENT);
        order.setTooltip(new Tooltip(texts.get("customers.detail.newOrder.tooltip")));
        order.setOnAction(e -> newOrder.run());
        // Hidden, not just disabled, for a role that may not sell or a blocked customer.
        order.visibleProperty().bind(model.newOrderOfferedProperty());
        order.managedProperty().bind(order.visibleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        headerLine.getChildren().addAll(new VBox(2, name, identity), blocked, grow, busy, order);
        headerLine.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, headerLine, message);
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private void show(CustomerView c) {
        if (c == null) {
            return;
        }
        name.setText(c.name());
        identity.setText(String.join("  ·  ", nonNull(
                texts.get("customers.detail.code", c.code()),
                c.vatNumber() == null ? null : texts.get("customers.detail.vat", c.vatNumber()),
                c.fiscalCode() == null ? null : texts.get("customers.detail.fiscalCode", c.fiscalCode()))));
        blocked.setVisible(c.blocked());

        GridPane addresses = grid();
        row(addresses, 0, "customers.detail.billing", c.billingAddress());
        for (int i = 0; i < c.shippingAddresses().size(); i++) {
            row(addresses, i + 1, i == 0 ? "customers.detail.shipping" : null, c.shippingAddresses().get(i));
        }
        int next = c.shippingAddresses().size() + 1;
        row(addresses, next, "customers.detail.email", c.email());
        row(addresses, next + 1, "customers.detail.phone", c.phone());
        row(addresses, next + 2, "customers.detail.language", texts.get("customers.language." + c.language()));

        GridPane conditions = grid();
        row(conditions, 0, "customers.detail.tier", c.tier());
        row(conditions, 1, "customers.detail.priceList", c.priceList());
        row(conditions, 2, "customers.detail.paymentTerms", c.paymentTerms());
        row(conditions, 3, "customers.detail.channel", channel(c.defaultChannel()));
        row(conditions, 4, "customers.detail.agent", c.salesAgent());
        row(conditions, 5, "customers.detail.backorders",
                texts.get(c.acceptsBackorders() ? "customers.yes" : "customers.no"));
        row(conditions, 6, "customers.detail.warehouse", c.defaultWarehouse());
        row(conditions, 7, "customers.detail.group", c.customerGroup());

        HBox columns = new HBox(24,
                section("customers.detail.addresses", addresses),
                section("customers.detail.conditions", conditions));
        // The figures are absent for a user who may not see credit (Permission.VIEW_CREDIT): no section then.
        if (c.creditLimit() != null) {
            columns.getChildren().add(section("customers.detail.credit", credit(c)));
        }
        for (Node n : columns.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
            ((Region) n).setMinWidth(260);
        }
        details.getChildren().setAll(columns);
        if (figures != null) {
            details.getChildren().add(0, figures);
        }
    }

    private static String[] nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toArray(String[]::new);
    }

    private String channel(String channel) {
        String key = "customers.channel." + channel;
        return texts.has(key) ? texts.get(key) : channel;
    }

    private Node credit(CustomerView c) {
        GridPane grid = grid();
        row(grid, 0, "customers.detail.creditLimit", texts.money(c.creditLimit()));
        row(grid, 1, "customers.detail.creditUsed", texts.money(c.openExposure()));
        BigDecimal available = model.creditAvailableProperty().get();
        Label left = row(grid, 2, "customers.detail.creditAvailable", texts.money(available));
        ProgressBar bar = new ProgressBar(model.creditUsedRatioProperty().get());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label summary = new Label(model.creditTextProperty().get());
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_SMALL);
        // The bar's fill is a looked-up theme colour (ordo.css), so red and amber read in light and dark mode alike.
        if (model.overLimitProperty().get()) {
            bar.getStyleClass().add("ordo-credit-over");
            left.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
            summary.getStyleClass().add(Styles.DANGER);
        } else if (model.creditUsedRatioProperty().get() >= 0.8) {
            bar.getStyleClass().add("ordo-credit-near");
        } else {
            bar.getStyleClass().add("ordo-credit-within");
        }
        return new VBox(6, grid, bar, summary);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(caption, value);
        return g;
    }

    private Label row(GridPane grid, int row, String captionKey, String value) {
        Label caption = new Label(captionKey == null ? "" : texts.get(captionKey));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label shown = new Label(value == null || value.isBlank() ? "—" : value);
        shown.setWrapText(true);
        grid.addRow(row, caption, shown);
        return shown;
    }

    private Node section(String titleKey, Node... content) {
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4);
        VBox box = new VBox(6, title);
        box.getChildren().addAll(content);
        return box;
    }

    // --- orders

    private Node ordersPane(Consumer<String> openOrder) {
        Label title = new Label(texts.get("customers.detail.orders", CustomerDetailViewModel.ORDERS_SHOWN));
        title.getStyleClass().add(Styles.TITLE_4);
        orders.setItems(model.orders());
        orders.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        orders.setPlaceholder(new Label(texts.get("customers.detail.orders.empty")));
        orders.getColumns().add(Columns.text(texts.get("customers.order.number"), OrderListing::number, 150));
        orders.getColumns().add(Columns.text(texts.get("customers.order.date"),
                o -> texts.dateTime(o.createdAt().atZone(ZoneId.systemDefault())), 150));
        orders.getColumns().add(Columns.text(texts.get("customers.order.channel"), o -> channel(o.channel().name()), 100));
        orders.getColumns().add(Columns.text(texts.get("customers.order.status"), o -> status(o.status().name()), 110));
        orders.getColumns().add(Columns.text(texts.get("customers.order.promised"),
                o -> texts.date(o.promisedDate()), 110));
        orders.getColumns().add(Columns.rightAligned(Columns.text(texts.get("customers.order.total"),
                (OrderListing o) -> texts.money(o.grossTotal()), 120)));
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orders.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && orders.getSelectionModel().getSelectedItem() != null) {
                openOrder.accept(orders.getSelectionModel().getSelectedItem().number());
                e.consume();
            }
        });
        orders.setRowFactory(v -> {
            TableRow<OrderListing> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openOrder.accept(row.getItem().number());
                }
            });
            return row;
        });
        VBox box = new VBox(4, title, orders);
        VBox.setVgrow(orders, Priority.ALWAYS);
        box.setPadding(new Insets(6, 12, 6, 12));
        Tab ordersTab = new Tab(texts.get("customers.detail.tab.orders"), box);
        tabs.getTabs().add(ordersTab);
        tabs.setId("customer-tabs");
        if (model.storyShown()) {
            tabs.getTabs().add(new Tab(texts.get("customers.detail.tab.story"), storyPane(openOrder)));
        }
        Tab vatTab = new Tab(texts.get("customers.detail.tab.vat"), new CustomerVatView(vat, texts));
        vatTab.setId("customer-tab-vat");
        tabs.getTabs().add(vatTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    // --- the customer's story: orders, tickets, returns and e-mails in time order

    private Node storyPane(Consumer<String> openOrder) {
        TableView<StoryEvent> story = new TableView<>(model.story());
        story.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        story.setPlaceholder(new Label(texts.get("customers.story.empty")));
        story.getColumns().add(Columns.text(texts.get("customers.story.when"),
                e -> texts.dateTime(e.at().atZone(ZoneId.systemDefault())), 150));
        story.getColumns().add(Columns.text(texts.get("customers.story.kind"),
                e -> texts.get("customers.story.kind." + e.kind().name()), 90));
        story.getColumns().add(Columns.text(texts.get("customers.story.reference"), StoryEvent::reference, 170));
        story.getColumns().add(Columns.text(texts.get("customers.story.state"), StoryEvent::state, 100));
        story.getColumns().add(Columns.text(texts.get("customers.story.summary"), StoryEvent::summary, 300));
        story.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        story.setRowFactory(v -> {
            TableRow<StoryEvent> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && row.getItem().kind() == StoryEvent.Kind.ORDER) {
                    openOrder.accept(row.getItem().reference());
                }
            });
            return row;
        });
        VBox box = new VBox(4, story);
        VBox.setVgrow(story, Priority.ALWAYS);
        box.setPadding(new Insets(6, 12, 6, 12));
        return box;
    }

    private String status(String status) {
        String key = "customers.status." + status;
        return texts.has(key) ? texts.get(key) : status;
    }
}
