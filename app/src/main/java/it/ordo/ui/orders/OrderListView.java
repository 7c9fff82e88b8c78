package it.ordo.ui.orders;

import javafx.scene.layout.Pane;
import javafx.scene.Node;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderFollowUp;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.PagedSearchControls;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The order list: filters on top, the page of orders in the middle, paging
 * at the bottom. Only builds and binds; every query is the view model's.
 * Typing in a text filter requeries after the typing pause.
 */
final class OrderListView extends BorderPane {

    private final OrderListViewModel model;
    private final Texts texts;
    private final ZoneId zone;
    private final Consumer<String> open;
    private final TextField text = new TextField();
    private final TableView<OrderListing> table = new TableView<>();
    private String lastSelected;

    OrderListView(OrderListViewModel model, ZoneId zone, Consumer<String> open) {
        this.model = model;
        this.texts = model.texts();
        this.zone = zone;
        this.open = open;
        getStyleClass().add("orders-list");
        setTop(filters());
        setCenter(table());
        setBottom(footer());
        setPadding(new Insets(8));
        keys();
    }

    private FlowPane filters() {
        text.setPromptText(texts.get("orders.list.filter.text"));
        text.setPrefColumnCount(12);
        text.textProperty().bindBidirectional(model.textProperty());
        text.setTooltip(new Tooltip(texts.get("orders.list.filter.text.tip")));
        Label textIcon = new Label(null, new FontIcon(Material2MZ.SEARCH));
        HBox textBox = new HBox(4, textIcon, text);
        textBox.setAlignment(Pos.CENTER_LEFT);

        TextField customer = new TextField();
        customer.setPromptText(texts.get("orders.list.filter.customer"));
        customer.setTooltip(new Tooltip(texts.get("orders.list.filter.customer.tip")));
        customer.setPrefColumnCount(9);
        customer.textProperty().bindBidirectional(model.customerProperty());

        ComboBox<OrderStatus> status = choice(OrderStatus.values(), model.statusProperty(), "orders.list.filter.status",
                s -> OrderBadges.statusText(texts, s.name()));
        ComboBox<Channel> channel = choice(Channel.values(), model.channelProperty(), "orders.list.filter.channel",
                c -> OrderBadges.channelText(texts, c.name()));
        channel.setId("orders-filter-channel");
        ComboBox<it.ordo.domain.order.Priority> priority = choice(it.ordo.domain.order.Priority.values(),
                model.priorityProperty(), "orders.list.filter.priority", p -> OrderBadges.priorityText(texts, p.name()));

        ComboBox<OrderFollowUp> followUp = choice(OrderFollowUp.values(), model.followUpProperty(),
                "orders.list.filter.followUp", f -> texts.get("orders.list.followUp." + f.name()));
        followUp.setId("orders-filter-followup");
        followUp.setPrefWidth(150);

        DatePicker from = new DatePicker();
        from.setPromptText(texts.get("orders.list.filter.from"));
        from.setPrefWidth(115);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(texts.get("orders.list.filter.to"));
        to.setPrefWidth(115);
        to.valueProperty().bindBidirectional(model.toProperty());

        Button clear = PagedSearchControls.iconButton(Material2AL.CLEAR, texts.get("orders.list.clear"));
        clear.setOnAction(e -> {
            model.clearFilters(); // the typing pause the cleared texts start will find nothing new to ask
            focusSearch();
        });
        Button refresh = PagedSearchControls.iconButton(Material2MZ.REFRESH, texts.get("orders.list.refresh"));
        refresh.setOnAction(e -> model.refresh());

        // Typing waits for a pause; a choice from a list or a date asks at once.
        // Enter opens the only match (an order number typed or scanned); Down goes into the list.
        PagedSearchControls.searchField(text, model.paged(), table, row -> open.accept(row.number()));
        PagedSearchControls.searchOnPause(customer, model.paged());
        model.statusProperty().addListener((o, a, b) -> model.search());
        model.channelProperty().addListener((o, a, b) -> model.search());
        model.priorityProperty().addListener((o, a, b) -> model.search());
        model.followUpProperty().addListener((o, a, b) -> model.search());
        model.fromProperty().addListener((o, a, b) -> model.search());
        model.toProperty().addListener((o, a, b) -> model.search());

        FlowPane bar = new FlowPane(8, 8, textBox, customer, status, channel, priority, followUp, from, to, clear,
                refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** A list to choose one value from, or none ("all"), shown in the user's language. */
    private <E> ComboBox<E> choice(E[] values, ObjectProperty<E> property, String promptKey, Function<E, String> name) {
        List<E> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        ComboBox<E> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        String all = texts.get(promptKey + ".all");
        box.setPromptText(texts.get(promptKey));
        box.setTooltip(new Tooltip(texts.get(promptKey + ".all")));
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : name.apply(item));
            }
        });
        // Unfiltered, the closed list shows just its name ("Status"), so the filter bar fits one row.
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : name.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setPrefWidth(120);
        return box;
    }

    private TableView<OrderListing> table() {
        table.setId("orders-table");
        text.setId("orders-search");
        TableColumn<OrderListing, String> number = sorted("orders.col.number", OrderSort.NUMBER, OrderListing::number,
                150);
        number.setMinWidth(145); // an order number is never cut
        TableColumn<OrderListing, String> date = sorted("orders.col.date", OrderSort.ORDER_DATE,
                r -> date(r.createdAt()), 112);
        TableColumn<OrderListing, String> customer = sorted("orders.col.customer", OrderSort.CUSTOMER,
                r -> r.customerCode() + " · " + r.customerName(), 160);
        TableColumn<OrderListing, String> status = sorted("orders.col.status", OrderSort.STATUS,
                r -> r.status().name(), 115);
        status.setCellFactory(c -> new TableCell<>() {
            private final Label badge = OrderBadges.status(texts, null);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                OrderBadges.show(badge, texts, empty ? null : item);
                setGraphic(empty ? null : badge);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
        });
        TableColumn<OrderListing, String> channel = sorted("orders.col.channel", OrderSort.CHANNEL,
                r -> OrderBadges.channelText(texts, r.channel().name()), 80);
        TableColumn<OrderListing, String> priority = sorted("orders.col.priority", OrderSort.PRIORITY,
                r -> OrderBadges.priorityText(texts, r.priority().name()), 75);
        TableColumn<OrderListing, String> requested = sorted("orders.col.requested", OrderSort.REQUESTED_DATE,
                r -> texts.date(r.requestedDate()), 112);
        TableColumn<OrderListing, String> promised = sorted("orders.col.promised", OrderSort.PROMISED_DATE,
                r -> texts.date(r.promisedDate()), 112);
        TableColumn<OrderListing, String> ref = sorted("orders.col.externalRef", OrderSort.EXTERNAL_REF,
                r -> r.externalRef() == null ? "" : r.externalRef(), 95);
        TableColumn<OrderListing, String> total = sorted("orders.col.total", OrderSort.TOTAL,
                r -> texts.money(r.grossTotal()), 100);
        Columns.rightAligned(total);

        table.getColumns().addAll(List.of(number, date, customer, status, channel, priority, requested, promised, ref,
                total));
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder());

        // Sorting happens in the database: the table never reorders its rows itself, it tells the model.
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
        table.setSortPolicy(t -> {
            TableColumn<OrderListing, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().getFirst();
            OrderSort sort = first == null ? OrderSort.ORDER_DATE : (OrderSort) first.getUserData();
            boolean descending = first == null || first.getSortType() == TableColumn.SortType.DESCENDING;
            if (sort != model.sortProperty().get() || descending != model.descendingProperty().get()) {
                model.sortBy(sort, descending);
            }
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<OrderListing> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().number());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        // A refreshed page keeps the order the user was on; a new page starts at its first row, so the arrows
        // and Enter work at once.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                lastSelected = b.number();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<OrderListing>) c -> {
            if (model.rows().isEmpty()) {
                return;
            }
            int keep = -1;
            for (int i = 0; i < model.rows().size() && lastSelected != null; i++) {
                if (model.rows().get(i).number().equals(lastSelected)) {
                    keep = i;
                    break;
                }
            }
            table.getSelectionModel().clearAndSelect(Math.max(0, keep));
        });
        return table;
    }

    private Label placeholder() {
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(texts.get("orders.list.loading")).otherwise(model.messageProperty()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        return empty;
    }

    /** A column the database sorts by; the table may narrow it down to 70 px (less only if asked narrower). */
    private TableColumn<OrderListing, String> sorted(String key, OrderSort sort, Function<OrderListing, String> value,
                                                     double width) {
        TableColumn<OrderListing, String> c = Columns.sortable(Columns.text(texts.get(key), value, width), sort);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }

    private HBox footer() {
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, spinner, message, gap,
                PagedSearchControls.pager(model.paged(), texts, "orders.list.previous", "orders.list.next"));
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
    }

    private void keys() {
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (find.match(e)) {
                focusSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN && pageKeyTurnsPage(true)) {
                model.nextPage();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP && pageKeyTurnsPage(false)) {
                model.previousPage();
                e.consume();
            }
        });
    }

    /**
     * PgDn/PgUp turn the page, except inside the table away from its last
     * (first) row, where they scroll the rows on screen as usual.
     */
    private boolean pageKeyTurnsPage(boolean down) {
        if (!table.isFocused()) {
            return true;
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        return down ? selected >= model.rows().size() - 1 : selected <= 0;
    }

    private void openSelected() {
        OrderListing row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            open.accept(row.number());
        }
    }

    void focusSearch() {
        text.requestFocus();
        text.selectAll();
    }

    void stop() {
        model.paged().stopTyping();
    }

    /** The day the order was taken, in the company's zone (the detail shows the time too). */
    private String date(Instant at) {
        return at == null ? "" : texts.date(at.atZone(zone).toLocalDate());
    }
    /** A tool the screen adds (the export action) at the end of the bar on top. */
    void addTool(Node tool) {
        ((Pane) getTop()).getChildren().add(tool);
    }
}
