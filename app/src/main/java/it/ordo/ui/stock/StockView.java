package it.ordo.ui.stock;

import javafx.scene.layout.Pane;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.inventory.StockDrillDown;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.inventory.StockSort;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.PagedSearchControls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The stock screen: filters on top, the product × warehouse table (sorted and
 * paged by the database) and, below it, who holds the selected row's stock,
 * who waits for it and what is on the way. Binds only; a pause after typing and
 * a refresh timer call the view model.
 */
final class StockView extends BorderPane {

    /** How often the visible screen asks the database again (another desk's confirmations show up). */
    static final Duration REFRESH_EVERY = Duration.seconds(5);

    private final StockViewModel model;
    private final Texts texts;
    private final TextField search = new TextField();
    private final TableView<StockRow> table = new TableView<>();
    private final Timeline autoRefresh;

    StockView(StockViewModel model, Texts texts, Consumer<String> openOrder) {
        // Ids for the end-to-end tests and the screenshot tour.
        search.setId("stock-search");
        table.setId("stock-table");
        this.model = model;
        this.texts = texts;
        getStyleClass().add("stock-screen");

        setTop(filters());
        SplitPane split = new SplitPane(stockTable(), drillDown(openOrder));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        setCenter(split);
        setBottom(statusBar());

        PagedSearchControls.listKeys(this, model.paged(), this::focusSearch, model::refresh);

        autoRefresh = new Timeline(new KeyFrame(REFRESH_EVERY, e -> {
            if (isShowing(this)) {
                model.refresh();
            }
        }));
        autoRefresh.setCycleCount(Animation.INDEFINITE);
    }

    void startAutoRefresh() {
        autoRefresh.play();
    }

    void stopAutoRefresh() {
        autoRefresh.stop();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** In a window that is showing, and neither this node nor a parent hidden (a tab in the background). */
    private static boolean isShowing(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // --- filters

    private Node filters() {
        search.setPromptText(texts.get("stock.filter.text.prompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.textProperty());
        search.setTooltip(new Tooltip(texts.get("stock.filter.text.tooltip")));
        PagedSearchControls.searchField(search, model.paged(), table);
        FontIcon magnifier = new FontIcon(Material2MZ.SEARCH);
        magnifier.getStyleClass().add(Styles.TEXT_MUTED);

        ComboBox<String> category = choice(model.categories(), texts.get("stock.filter.category.all"));
        category.setAccessibleText(texts.get("stock.filter.category"));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<String> warehouse = choice(model.warehouses(), texts.get("stock.filter.warehouse.all"));
        warehouse.setAccessibleText(texts.get("stock.filter.warehouse"));
        warehouse.valueProperty().bindBidirectional(model.warehouseProperty());

        CheckBox below = new CheckBox(texts.get("stock.filter.below"));
        below.selectedProperty().bindBidirectional(model.belowReorderPointProperty());
        CheckBox backorders = new CheckBox(texts.get("stock.filter.backorders"));
        backorders.selectedProperty().bindBidirectional(model.withBackordersProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = PagedSearchControls.iconButton(Material2MZ.REFRESH, texts.get("stock.refresh.tooltip"));
        refresh.setOnAction(e -> model.refresh());

        HBox bar = new HBox(8, magnifier, search, category, warehouse, below, backorders, grow, busy, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    /** A filter's choices: the empty string stands for "all" (a null item would be no selection at all). */
    private static ComboBox<String> choice(ObservableList<String> values, String all) {
        ObservableList<String> items = FXCollections.observableArrayList("");
        values.addListener((ListChangeListener<String>) c -> {
            items.setAll("");
            items.addAll(values);
        });
        items.addAll(values);
        ComboBox<String> box = new ComboBox<>(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? all : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setPromptText(all);
        box.setPrefWidth(185);
        return box;
    }

    // --- the stock table

    private Node stockTable() {
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setItems(model.rows());
        table.setPlaceholder(new Label(texts.get("stock.table.empty")));
        table.getColumns().add(textColumn("stock.col.sku", StockSort.SKU, StockRow::sku, 110)); // a SKU is never cut
        TableColumn<StockRow, String> description = textColumn("stock.col.description", StockSort.DESCRIPTION,
                StockRow::description, 250);
        table.getColumns().add(description);
        table.getColumns().add(textColumn("stock.col.category", StockSort.CATEGORY, StockRow::category, 105));
        table.getColumns().add(textColumn("stock.col.warehouse", StockSort.WAREHOUSE, StockRow::warehouse, 95));
        table.getColumns().add(quantityColumn("stock.col.onHand", StockSort.ON_HAND, StockRow::onHand, null));
        table.getColumns().add(quantityColumn("stock.col.allocated", StockSort.ALLOCATED, StockRow::allocated, null));
        table.getColumns().add(quantityColumn("stock.col.available", StockSort.AVAILABLE, StockRow::available,
                r -> r.belowReorderPoint() ? Columns.WARNING : null));
        table.getColumns().add(quantityColumn("stock.col.incoming", StockSort.INCOMING, StockRow::incoming, null));
        TableColumn<StockRow, LocalDate> next = Columns.sortable(
                Columns.of(texts.get("stock.col.nextExpected"), StockRow::nextExpected, 118), StockSort.NEXT_EXPECTED);
        next.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.date(item));
            }
        });
        table.getColumns().add(next);
        table.getColumns().add(quantityColumn("stock.col.reorderPoint", StockSort.REORDER_POINT,
                StockRow::reorderPoint, null));
        table.getColumns().add(quantityColumn("stock.col.backordered", StockSort.BACKORDERED, StockRow::backordered,
                r -> r.backordered().signum() > 0 ? Columns.DANGER : null));
        // Figures keep the width their header needs; the description takes what is left (at least 160 px).
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        var others = table.getColumns().stream().filter(c -> c != description).toList();
        var othersWidth = Bindings.createDoubleBinding(() -> others.stream().mapToDouble(TableColumn::getWidth).sum(),
                others.stream().map(TableColumn::widthProperty).toArray(javafx.beans.Observable[]::new));
        description.prefWidthProperty().bind(Bindings.max(160, table.widthProperty().subtract(othersWidth).subtract(20)));

        // The database sorts: a header click asks the view model for the first page in the new order.
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<StockRow, ?> column = t.getSortOrder().getFirst();
                model.sortBy((StockSort) column.getUserData(), column.getSortType() == TableColumn.SortType.DESCENDING);
            } else {
                model.sortBy(StockSort.SKU, false);
            }
            return true;
        });
        table.getSortOrder().add(table.getColumns().getFirst());

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.select(b));
        // An invalidation listener, not a change listener: after a refresh the selected row is a new record equal
        // to the old one, which a change listener would not report, while the table has lost its selection.
        model.selectedProperty().addListener((javafx.beans.Observable o) -> {
            StockRow selected = model.selectedProperty().get();
            if (selected == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != selected) {
                table.getSelectionModel().select(selected);
            }
        });

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox pager = new HBox(6, message, grow,
                PagedSearchControls.pager(model.paged(), texts, "stock.page.previous", "stock.page.next"));
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.setPadding(new Insets(2, 10, 2, 10));

        VBox box = new VBox(table, pager);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<StockRow, String> textColumn(String key, StockSort sort, Function<StockRow, String> value,
                                                     double width) {
        return Columns.sortable(Columns.text(texts.get(key), value, width), sort);
    }

    /** A right-aligned quantity; {@code emphasis} may colour it per row ({@link Columns#WARNING} or DANGER). */
    private TableColumn<StockRow, BigDecimal> quantityColumn(String key, StockSort sort,
                                                             Function<StockRow, BigDecimal> value,
                                                             Function<StockRow, PseudoClass> emphasis) {
        double width = sort == StockSort.REORDER_POINT ? 115 : sort == StockSort.BACKORDERED ? 105 : 86;
        TableColumn<StockRow, BigDecimal> column = Columns.rightAligned(
                Columns.sortable(Columns.of(texts.get(key), value, width), sort));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.number(item));
                PseudoClass colour = null;
                if (!empty && emphasis != null && getTableRow() != null && getTableRow().getItem() != null) {
                    colour = emphasis.apply(getTableRow().getItem());
                }
                Columns.emphasize(this, colour, true);
            }
        });
        return column;
    }

    // --- drill-down

    private Node drillDown(Consumer<String> openOrder) {
        Label title = new Label();
        title.textProperty().bind(Bindings.when(model.drillTitleProperty().isEmpty())
                .then(texts.get("stock.drill.none")).otherwise(model.drillTitleProperty()));
        title.getStyleClass().add(Styles.TITLE_4);

        // What matters differs: for stock held, the order's state (picking soon?); for a wait, the date promised.
        TableView<StockDrillDown.OrderQty> allocated = orderTable(model.allocations(), "stock.drill.allocated.empty",
                openOrder, true);
        TableView<StockDrillDown.OrderQty> waiting = orderTable(model.backorders(), "stock.drill.backorders.empty",
                openOrder, false);
        TableView<StockDrillDown.Supply> supply = supplyTable();

        HBox panes = new HBox(10,
                titled(texts.get("stock.drill.allocated"), allocated),
                titled(texts.get("stock.drill.backorders"), waiting),
                titled(texts.get("stock.drill.supply"), supply));
        // The two order lists share the width; the supply list keeps the little it needs.
        for (Node n : panes.getChildren()) {
            boolean supplyPane = n == panes.getChildren().getLast();
            HBox.setHgrow(n, supplyPane ? Priority.NEVER : Priority.ALWAYS);
            ((Region) n).setMinWidth(supplyPane ? 280 : 300);
            ((Region) n).setPrefWidth(supplyPane ? 280 : 520);
        }
        VBox box = new VBox(6, title, panes);
        VBox.setVgrow(panes, Priority.ALWAYS);
        box.setPadding(new Insets(6, 10, 6, 10));
        return box;
    }

    private static Node titled(String caption, TableView<?> table) {
        Label label = new Label(caption);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        label.setLabelFor(table);
        VBox box = new VBox(3, label, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableView<StockDrillDown.OrderQty> orderTable(ObservableList<StockDrillDown.OrderQty> items, String empty,
                                                        Consumer<String> openOrder, boolean withStatus) {
        TableView<StockDrillDown.OrderQty> t = new TableView<>(items);
        t.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        t.setPlaceholder(new Label(texts.get(empty)));
        t.getColumns().add(Columns.text(texts.get("stock.drill.col.order"), StockDrillDown.OrderQty::orderNumber, 150));
        t.getColumns().add(Columns.text(texts.get("stock.drill.col.customer"), StockDrillDown.OrderQty::customerName,
                110));
        t.getColumns().add(Columns.text(texts.get("stock.drill.col.qty"), q -> texts.number(q.qty()), 55));
        if (withStatus) {
            t.getColumns().add(Columns.text(texts.get("stock.drill.col.status"), q -> status(q.status()), 110));
        } else {
            t.getColumns().add(Columns.text(texts.get("stock.drill.col.promised"),
                    q -> texts.date(q.promisedDate()), 110));
        }
        // Fixed widths for the figures; the customer's name takes whatever width is left.
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<StockDrillDown.OrderQty, ?> customer = t.getColumns().get(1);
        customer.prefWidthProperty().bind(Bindings.max(90, t.widthProperty().subtract(150 + 55 + 110 + 20)));
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                openOrder.accept(t.getSelectionModel().getSelectedItem().orderNumber());
                e.consume();
            }
        });
        t.setRowFactory(v -> {
            TableRow<StockDrillDown.OrderQty> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openOrder.accept(row.getItem().orderNumber());
                }
            });
            return row;
        });
        return t;
    }

    private String status(String status) {
        String key = "stock.status." + status;
        return texts.has(key) ? texts.get(key) : status;
    }

    private TableView<StockDrillDown.Supply> supplyTable() {
        TableView<StockDrillDown.Supply> t = new TableView<>(model.supply());
        t.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        t.setPlaceholder(new Label(texts.get("stock.drill.supply.empty")));
        t.getColumns().add(Columns.text(texts.get("stock.drill.col.po"), StockDrillDown.Supply::poNumber, 125));
        t.getColumns().add(Columns.text(texts.get("stock.drill.col.qty"), s -> texts.number(s.qty()), 55));
        t.getColumns().add(Columns.text(texts.get("stock.drill.col.expected"), s -> texts.date(s.expectedDate()), 100));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private Node statusBar() {
        Label keys = new Label(texts.get("stock.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(keys);
        bar.setPadding(new Insets(2, 10, 4, 10));
        return bar;
    }
    /** A tool the screen adds (the export action) at the end of the bar on top. */
    void addTool(Node tool) {
        ((Pane) getTop()).getChildren().add(tool);
    }
}
