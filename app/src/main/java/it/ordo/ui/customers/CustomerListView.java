package it.ordo.ui.customers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.customer.CustomerView;
import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The customer list: a search field over a paged table; Enter or a double click opens the customer. Binds only. */
final class CustomerListView extends BorderPane {

    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final CustomerListViewModel model;
    private final Texts texts;
    private final TextField search = new TextField();
    private final TableView<CustomerView> table = new TableView<>();

    CustomerListView(CustomerListViewModel model, Texts texts, Consumer<String> openCustomer) {
        // Ids for the end-to-end tests and the screenshot tour.
        search.setId("customers-search");
        table.setId("customers-table");
        this.model = model;
        this.texts = texts;

        search.setPromptText(texts.get("customers.filter.prompt"));
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.textProperty());
        search.setTooltip(new Tooltip(texts.get("customers.filter.tooltip")));
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> model.textChanged());
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                model.textChanged();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
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
        table.getColumns().add(column("customers.col.code", CustomerView::code, 100));
        table.getColumns().add(column("customers.col.name", CustomerView::name, 260));
        table.getColumns().add(column("customers.col.city", CustomerView::city, 130));
        table.getColumns().add(column("customers.col.vat", CustomerView::vatNumber, 110));
        table.getColumns().add(column("customers.col.tier", CustomerView::tier, 50));
        table.getColumns().add(money("customers.col.creditLimit", CustomerView::creditLimit));
        table.getColumns().add(money("customers.col.creditUsed", CustomerView::openExposure));
        table.getColumns().add(blockedColumn());
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
        Label page = new Label();
        page.textProperty().bind(model.pageTextProperty());
        page.getStyleClass().add(Styles.TEXT_SMALL);
        Button previous = iconButton(Material2AL.CHEVRON_LEFT, texts.get("customers.page.previous"));
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.offsetProperty().isEqualTo(0));
        Button next = iconButton(Material2AL.CHEVRON_RIGHT, texts.get("customers.page.next"));
        next.setOnAction(e -> model.nextPage());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.hasNext(),
                model.offsetProperty(), model.totalProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(8, keys, message, grow, page, previous, next);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(2, 10, 4, 10));
        setBottom(bottom);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                focusSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.nextPage();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.previousPage();
                e.consume();
            }
        });
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        return b;
    }

    private TableColumn<CustomerView, String> column(String key, Function<CustomerView, String> value, double width) {
        TableColumn<CustomerView, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false); // the list is in code order, as the database pages it
        return c;
    }

    private TableColumn<CustomerView, BigDecimal> money(String key, Function<CustomerView, BigDecimal> value) {
        TableColumn<CustomerView, BigDecimal> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        c.setCellFactory(v -> new TableCell<>() {
            {
                setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.money(item));
                CustomerView row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean over = row != null && row.openExposure().compareTo(row.creditLimit()) > 0;
                setStyle(over ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : null);
            }
        });
        c.setPrefWidth(120);
        c.setSortable(false);
        return c;
    }

    private TableColumn<CustomerView, Boolean> blockedColumn() {
        TableColumn<CustomerView, Boolean> c = new TableColumn<>(texts.get("customers.col.blocked"));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().blocked()));
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
        c.setPrefWidth(110);
        c.setSortable(false);
        return c;
    }
}
