package it.ordo.ui.customers;

import javafx.scene.layout.Pane;
import javafx.scene.Node;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.customer.CustomerView;
import it.ordo.domain.customer.CustomerSort;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.PagedSearchControls;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The customer list: a search field over a paged table; Enter or a double click opens the customer. Binds only. */
final class CustomerListView extends BorderPane {

    private final CustomerListViewModel model;
    private final Texts texts;
    private final TextField search = new TextField();
    private final TableView<CustomerView> table = new TableView<>();

    CustomerListView(CustomerListViewModel model, Texts texts, Consumer<String> openCustomer, boolean showsCredit) {
        // Ids for the end-to-end tests and the screenshot tour.
        search.setId("customers-search");
        table.setId("customers-table");
        this.model = model;
        this.texts = texts;

        search.setPromptText(texts.get("customers.filter.prompt"));
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.textProperty());
        search.setTooltip(new Tooltip(texts.get("customers.filter.tooltip")));
        PagedSearchControls.searchField(search, model.paged(), table);
        FontIcon magnifier = new FontIcon(Material2MZ.SEARCH);
        magnifier.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(8, magnifier, search, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 10, 8, 10));
        setTop(top);

        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setItems(model.rows());
        table.setPlaceholder(new Label(texts.get("customers.table.empty")));
        // Sorted in the database, as it pages the list; credit used is worked out per page, so it does not sort.
        TableColumn<CustomerView, String> code = Columns.sortable(
                Columns.text(texts.get("customers.col.code"), CustomerView::code, 100), CustomerSort.CODE);
        table.getColumns().add(code);
        table.getColumns().add(Columns.sortable(Columns.text(texts.get("customers.col.name"), CustomerView::name, 260),
                CustomerSort.NAME));
        table.getColumns().add(Columns.sortable(Columns.text(texts.get("customers.col.city"), CustomerView::city, 130),
                CustomerSort.CITY));
        table.getColumns().add(Columns.sortable(Columns.text(texts.get("customers.col.vat"), CustomerView::vatNumber,
                110), CustomerSort.VAT_NUMBER));
        table.getColumns().add(Columns.sortable(Columns.text(texts.get("customers.col.tier"), CustomerView::tier, 50),
                CustomerSort.TIER));
        // Only for who may see credit (Permission.VIEW_CREDIT): the service leaves the figures out for the others.
        if (showsCredit) {
            table.getColumns().add(Columns.sortable(money("customers.col.creditLimit", CustomerView::creditLimit),
                    CustomerSort.CREDIT_LIMIT));
            table.getColumns().add(money("customers.col.creditUsed", CustomerView::openExposure));
        }
        table.getColumns().add(Columns.sortable(blockedColumn(), CustomerSort.BLOCKED));
        table.getSortOrder().add(code);
        table.setSortPolicy(t -> {
            TableColumn<CustomerView, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().getFirst();
            CustomerSort by = first == null ? CustomerSort.CODE : (CustomerSort) first.getUserData();
            boolean descending = first != null && first.getSortType() == TableColumn.SortType.DESCENDING;
            if (by != model.sortProperty().get() || descending != model.descendingProperty().get()) {
                model.sortBy(by, descending);
            }
            return true;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openCustomer.accept(table.getSelectionModel().getSelectedItem().code());
                e.consume();
            }
        });
        table.setRowFactory(v -> {
            TableRow<CustomerView> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openCustomer.accept(row.getItem().code());
                }
            });
            return row;
        });
        setCenter(table);

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        Label keys = new Label(texts.get("customers.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(8, keys, message, grow,
                PagedSearchControls.pager(model.paged(), texts, "customers.page.previous", "customers.page.next"));
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(2, 10, 4, 10));
        setBottom(bottom);

        PagedSearchControls.listKeys(this, model.paged(), this::focusSearch, model::refresh);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private TableColumn<CustomerView, BigDecimal> money(String key, Function<CustomerView, BigDecimal> value) {
        TableColumn<CustomerView, BigDecimal> c = Columns.rightAligned(Columns.of(texts.get(key), value, 120));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.money(item));
                CustomerView row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean over = row != null && row.openExposure() != null && row.creditLimit() != null
                        && row.openExposure().compareTo(row.creditLimit()) > 0;
                Columns.emphasize(this, over ? Columns.DANGER : null, true);
            }
        });
        return c;
    }

    private TableColumn<CustomerView, Boolean> blockedColumn() {
        TableColumn<CustomerView, Boolean> c = Columns.of(texts.get("customers.col.blocked"), CustomerView::blocked, 110);
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || !item) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label badge = new Label(texts.get("customers.blocked"), new FontIcon(Material2AL.BLOCK));
                badge.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
                setGraphic(badge);
                setText(null);
            }
        });
        return c;
    }
    /** A tool the screen adds (the export action) at the end of the bar on top. */
    void addTool(Node tool) {
        ((Pane) getTop()).getChildren().add(tool);
    }
}
