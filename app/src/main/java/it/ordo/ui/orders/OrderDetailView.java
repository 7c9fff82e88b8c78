package it.ordo.ui.orders;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.order.OrderHeaderEdit;
import it.ordo.application.order.OrderView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * An order's detail: the header and totals, then the lines and the history
 * in two tabs. Actions the status or the user's role do not allow are not
 * shown at all. Only builds and binds; the work is the view model's.
 */
final class OrderDetailView extends BorderPane {

    private TabPane tabs;

    private final HBox heading = new HBox(10);

    /** What the view asks of the desk: open a customer, a product's stock, a written file. */
    interface Links {
        void customer(String code);

        void stock(String sku);

        void file(Path pdf);

        /** The new-ticket form for this order's customer, about this order. */
        void newTicket(String customerCode, String orderNumber);

        /** The new-return form on this order's lines. */
        void newReturn(String orderNumber);
    }

    private final OrderDetailViewModel model;
    private final Texts texts;
    private final Links links;

    private final Label title = new Label();
    private final Label status = OrderBadges.status(null, null);
    private final Label message = new Label();
    private final Hyperlink customer = new Hyperlink();
    private final Label channel = value();
    private final Label externalRef = value();
    private final Label orderDate = value();
    private final Label requested = value();
    private final Label promised = value();
    private final Label priority = value();
    private final Label warehouse = value();
    private final Label shipTo = value();
    private final Label payment = value();
    private final Label notes = value();
    private final Label holdReason = value();
    private final Label holdCaption;
    private final Label net = amount();
    private final Label vat = amount();
    private final Label gross = amount();
    private final TableView<OrderView.Line> lines = new TableView<>();
    private final Button print;
    private final Button hold;
    private final Button release;
    private final Button cancel;
    private final Button edit;
    private final Button newTicket;
    private final Button newReturn;

    OrderDetailView(OrderDetailViewModel model, Links links) {
        this.model = model;
        this.texts = model.texts();
        this.links = links;
        this.holdCaption = caption("orders.detail.holdReason");
        this.print = action("orders.detail.print", Material2MZ.PICTURE_AS_PDF, "Ctrl+P");
        this.hold = action("orders.detail.hold", Material2MZ.PAUSE_CIRCLE_OUTLINE, "Ctrl+H");
        this.release = action("orders.detail.release", Material2MZ.PLAY_CIRCLE_OUTLINE, "Ctrl+R");
        this.cancel = action("orders.detail.cancel", Material2AL.CANCEL, "Ctrl+Shift+K");
        this.edit = action("orders.detail.edit", Material2AL.EDIT, "Ctrl+E");
        this.newTicket = new Button(texts.get("orders.detail.newTicket"), new FontIcon(Material2MZ.SUPPORT_AGENT));
        this.newReturn = new Button(texts.get("orders.detail.newReturn"), new FontIcon(Material2AL.ASSIGNMENT_RETURN));
        // Ids for the end-to-end tests and the screenshot tour.
        status.setId("order-status");
        print.setId("order-print");
        hold.setId("order-hold");
        release.setId("order-release");
        cancel.setId("order-cancel");
        edit.setId("order-edit");
        newTicket.setId("order-new-ticket");
        newReturn.setId("order-new-return");
        setPadding(new Insets(12));
        setTop(top());
        setCenter(body());
        keys();
        model.orderProperty().addListener((o, a, b) -> show(b));
    }

    // --- building

    private VBox top() {
        title.getStyleClass().add(Styles.TITLE_3);
        title.setText(texts.get("orders.detail.title", model.number()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setTooltip(new Tooltip(texts.get("orders.detail.reload") + " (F5)"));
        reload.setOnAction(e -> model.load());

        showIf(print, model.canPrintProperty());
        showIf(hold, model.canHoldProperty());
        showIf(release, model.canReleaseProperty());
        showIf(cancel, model.canCancelProperty());
        showIf(edit, model.canEditProperty());
        showIf(newTicket, model.canOpenTicketProperty());
        showIf(newReturn, model.canOpenReturnProperty());
        newTicket.setOnAction(e -> {
            OrderView o = model.orderProperty().get();
            if (o != null) {
                links.newTicket(o.customerCode(), o.number());
            }
        });
        newReturn.setOnAction(e -> links.newReturn(model.number()));
        edit.setOnAction(e -> askEdit());
        cancel.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        print.setOnAction(e -> model.printConfirmation(links::file));
        hold.setOnAction(e -> askHold());
        release.setOnAction(e -> model.release());
        cancel.setOnAction(e -> askCancel());
        for (Button b : new Button[] {print, edit, hold, release, cancel}) {
            b.disableProperty().bind(model.busyProperty());
        }

        heading.getChildren().addAll(title, status, spinner, gap, print, edit, hold, release, cancel, newTicket,
                newReturn, reload);
        heading.setAlignment(Pos.CENTER_LEFT);

        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        model.problemProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(b ? Styles.DANGER : Styles.SUCCESS);
        });
        message.getStyleClass().add(Styles.SUCCESS);

        customer.setOnAction(e -> {
            OrderView o = model.orderProperty().get();
            if (o != null) {
                links.customer(o.customerCode());
            }
        });
        customer.setPadding(Insets.EMPTY);

        GridPane header = new GridPane();
        header.setHgap(12);
        header.setVgap(4);
        ColumnConstraints captionCol = new ColumnConstraints();
        captionCol.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints valueCol = new ColumnConstraints();
        valueCol.setHgrow(Priority.SOMETIMES);
        valueCol.setPrefWidth(260);
        header.getColumnConstraints().addAll(captionCol, valueCol, captionCol, valueCol, captionCol, valueCol);
        header.addRow(0, caption("orders.detail.customer"), customer, caption("orders.detail.orderDate"), orderDate,
                caption("orders.detail.net"), net);
        header.addRow(1, caption("orders.detail.channel"), channel, caption("orders.detail.requested"), requested,
                caption("orders.detail.vat"), vat);
        header.addRow(2, caption("orders.detail.externalRef"), externalRef, caption("orders.detail.promised"),
                promised, caption("orders.detail.gross"), gross);
        header.addRow(3, caption("orders.detail.shipTo"), shipTo, caption("orders.detail.priority"), priority,
                caption("orders.detail.warehouse"), warehouse);
        header.addRow(4, caption("orders.detail.notes"), notes, caption("orders.detail.payment"), payment);
        header.add(holdCaption, 0, 5);
        header.add(holdReason, 1, 5, 5, 1);
        holdReason.getStyleClass().add(Styles.WARNING);
        gross.getStyleClass().add(Styles.TEXT_BOLD);
        shipTo.setWrapText(true);
        notes.setWrapText(true);
        notes.setMaxHeight(60);

        VBox top = new VBox(8, heading, message, header);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private TabPane body() {
        Tab linesTab = new Tab(texts.get("orders.detail.tab.lines"), linesTable());
        Tab historyTab = new Tab(texts.get("orders.detail.tab.history"), historyTable());
        TabPane tabs = new TabPane(linesTab, historyTab);
        this.tabs = tabs;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private TableView<OrderView.Line> linesTable() {
        lines.getColumns().addAll(java.util.List.of(
                col("orders.line.no", l -> String.valueOf(l.lineNo()), 35, true),
                skuColumn(),
                col("orders.line.description", OrderView.Line::description, 150, false),
                col("orders.line.quantity", l -> qty(l.quantity(), l.unit()), 80, true),
                col("orders.line.allocated", l -> texts.number(l.allocated()), 95, true),
                backorderedColumn(),
                col("orders.line.promised", l -> l.promisedDate() != null ? texts.date(l.promisedDate())
                        : l.backordered().signum() > 0 ? texts.get("orders.line.noPromise") : "", 120, false),
                col("orders.line.unitPrice", l -> texts.money(l.unitPrice()), 105, true),
                col("orders.line.discount", l -> l.discountPct().signum() == 0 ? ""
                        : texts.number(l.discountPct()) + " %", 85, true),
                col("orders.line.vatRate", l -> texts.number(l.vatRate()) + " %", 60, true),
                col("orders.line.net", l -> texts.money(l.netAmount()), 110, true)));
        lines.getColumns().get(2).setMinWidth(100);
        lines.setItems(model.lines());
        lines.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.setPlaceholder(new Label(""));
        lines.setRowFactory(t -> {
            TableRow<OrderView.Line> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    links.stock(row.getItem().sku());
                }
            });
            // Where the price comes from (price list, discounts), in the reader's language.
            row.itemProperty().addListener((o, a, line) -> row.setTooltip(line == null || line.priceNote() == null
                    ? null : new Tooltip(priceNote(line.priceNote()))));
            return row;
        });
        lines.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            OrderView.Line selected = lines.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                links.stock(selected.sku());
                e.consume();
            }
        });
        return lines;
    }

    private TableColumn<OrderView.Line, String> skuColumn() {
        TableColumn<OrderView.Line, String> sku = col("orders.line.sku", OrderView.Line::sku, 100, false);
        sku.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            {
                link.setPadding(Insets.EMPTY);
                link.setOnAction(e -> links.stock(link.getText()));
                link.setTooltip(new Tooltip(texts.get("orders.line.openStock")));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                link.setText(item);
                setGraphic(empty ? null : link);
            }
        });
        return sku;
    }

    private TableColumn<OrderView.Line, String> backorderedColumn() {
        TableColumn<OrderView.Line, String> c = col("orders.line.backordered", l -> l.backordered().signum() == 0 ? ""
                : texts.number(l.backordered()), 110, true);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Waiting quantities stand out, in the theme's warning colour (light and dark).
                Columns.emphasize(this, !empty && item != null && !item.isEmpty() ? Columns.WARNING : null, false);
            }
        });
        return c;
    }

    private TableView<OrderDetailViewModel.HistoryRow> historyTable() {
        TableView<OrderDetailViewModel.HistoryRow> history = new TableView<>(model.history());
        history.getColumns().addAll(java.util.List.of(
                hcol("orders.history.when", OrderDetailViewModel.HistoryRow::when, 150),
                hcol("orders.history.user", OrderDetailViewModel.HistoryRow::user, 100),
                hcol("orders.history.workstation", OrderDetailViewModel.HistoryRow::workstation, 110),
                hcol("orders.history.what", OrderDetailViewModel.HistoryRow::what, 90),
                hcol("orders.history.change", OrderDetailViewModel.HistoryRow::change, 600)));
        history.getColumns().getLast().setMinWidth(200);
        history.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE, Styles.STRIPED);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPlaceholder(new Label(""));
        return history;
    }

    /** A line column; headers stay readable (the width is also the least), the description takes what is left. */
    private TableColumn<OrderView.Line, String> col(String key, Function<OrderView.Line, String> value, double width,
                                                    boolean right) {
        TableColumn<OrderView.Line, String> c = Columns.text(texts.get(key), value, width);
        c.setMinWidth(width);
        Columns.wholeHeader(c);
        return right ? Columns.rightAligned(c) : c;
    }

    /** A history column, at least as wide as asked; the change takes what is left. */
    private TableColumn<OrderDetailViewModel.HistoryRow, String> hcol(
            String key, Function<OrderDetailViewModel.HistoryRow, String> value, double width) {
        TableColumn<OrderDetailViewModel.HistoryRow, String> c = Columns.text(texts.get(key), value, width);
        c.setMinWidth(width);
        return c;
    }

    private Label caption(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label value() {
        return new Label();
    }

    private static Label amount() {
        Label l = new Label();
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Button action(String key, org.kordamp.ikonli.Ikon icon, String keys) {
        Button b = new Button(texts.get(key), new FontIcon(icon));
        b.setTooltip(new Tooltip(texts.get(key) + " (" + keys + ")"));
        return b;
    }

    private static void showIf(Node node, javafx.beans.value.ObservableBooleanValue allowed) {
        node.visibleProperty().bind(allowed);
        node.managedProperty().bind(allowed);
    }

    private void keys() {
        KeyCombination printKey = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
        KeyCombination holdKey = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
        KeyCombination releaseKey = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
        KeyCombination editKey = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
        KeyCombination cancelKey = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Button target = printKey.match(e) ? print : holdKey.match(e) ? hold : releaseKey.match(e) ? release
                    : cancelKey.match(e) ? cancel : editKey.match(e) ? edit : null;
            if (target != null) {
                if (target.isVisible() && !target.isDisabled()) {
                    target.fire();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                model.load();
                e.consume();
            }
        });
    }

    /** The keyboard starts in the lines: arrows move, Enter opens a product's stock, the action keys work. */
    void focusLines() {
        lines.requestFocus();
        if (lines.getSelectionModel().isEmpty() && !lines.getItems().isEmpty()) {
            lines.getSelectionModel().selectFirst();
        }
    }

    // --- showing

    private void show(OrderView o) {
        if (o == null) {
            return;
        }
        OrderBadges.show(status, texts, o.status().name());
        customer.setText(o.customerCode() + " · " + o.customerName());
        channel.setText(OrderBadges.channelText(texts, o.channel().name()));
        externalRef.setText(o.externalRef() == null ? "—" : o.externalRef());
        orderDate.setText(model.dateTime(o.createdAt()) + " · " + o.createdBy());
        requested.setText(o.requestedDate() == null ? "—" : texts.date(o.requestedDate()));
        promised.setText(o.promisedDate() == null ? "—" : texts.date(o.promisedDate()));
        priority.setText(OrderBadges.priorityText(texts, o.priority().name()));
        warehouse.setText(o.warehouse());
        shipTo.setText(o.shipName() + ", " + o.shipAddress());
        payment.setText(o.paymentTerms());
        notes.setText(o.notes() == null || o.notes().isBlank() ? "—" : o.notes());
        notes.setTooltip(o.notes() == null || o.notes().isBlank() ? null : new Tooltip(o.notes()));
        boolean held = o.holdReason() != null && o.status() == it.ordo.domain.order.OrderStatus.ON_HOLD;
        holdReason.setText(held ? texts.render(o.holdReason()) : "");
        holdReason.setVisible(held);
        holdCaption.setVisible(held);
        net.setText(texts.money(o.netTotal()));
        vat.setText(texts.money(o.vatTotal()));
        gross.setText(texts.money(o.grossTotal()));
    }

    private String priceNote(String stored) {
        return java.util.Arrays.stream(stored.split("\n")).map(m -> texts.render(it.ordo.domain.Message.decode(m)))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private String qty(BigDecimal q, String unit) {
        return texts.number(q) + " " + unit;
    }

    // --- dialogs

    private void askHold() {
        reason("orders.detail.hold.title", "orders.detail.hold.prompt", false).ifPresent(model::hold);
    }

    private void askCancel() {
        reason("orders.detail.cancel.title", "orders.detail.cancel.prompt", true).ifPresent(model::cancel);
    }

    /** The fields the customer may still change, filled with what the order says now. */
    private void askEdit() {
        OrderView o = model.orderProperty().get();
        if (o == null) {
            return;
        }
        Dialog<OrderHeaderEdit> dialog = new Dialog<>();
        dialog.setTitle(texts.get("orders.detail.edit.title", model.number()));
        dialog.setHeaderText(texts.get("orders.detail.edit.title", model.number()));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        ButtonType ok = new ButtonType(texts.get("orders.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(texts.get("orders.dialog.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, back);
        javafx.scene.control.DatePicker requestedField = new javafx.scene.control.DatePicker(o.requestedDate());
        javafx.scene.control.ComboBox<it.ordo.domain.order.Priority> priorityField = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(it.ordo.domain.order.Priority.values()));
        priorityField.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(it.ordo.domain.order.Priority p) {
                return p == null ? "" : OrderBadges.priorityText(texts, p.name());
            }

            @Override
            public it.ordo.domain.order.Priority fromString(String s) {
                return null;
            }
        });
        priorityField.setValue(o.priority());
        TextField refField = new TextField(o.externalRef() == null ? "" : o.externalRef());
        javafx.scene.control.TextArea notesField = new javafx.scene.control.TextArea(o.notes() == null ? "" : o.notes());
        notesField.setPrefRowCount(4);
        notesField.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(texts.get("orders.detail.requested")), requestedField);
        form.addRow(1, new Label(texts.get("orders.detail.priority")), priorityField);
        form.addRow(2, new Label(texts.get("orders.detail.externalRef")), refField);
        form.addRow(3, new Label(texts.get("orders.detail.notes")), notesField);
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(b -> b == ok ? new OrderHeaderEdit(requestedField.getValue(), priorityField.getValue(),
                refField.getText(), notesField.getText()) : null);
        javafx.application.Platform.runLater(requestedField::requestFocus);
        dialog.showAndWait().ifPresent(model::edit);
    }

    /**
     * Asks for a reason. A required one cannot be confirmed empty: the field
     * says why and the dialog stays open.
     */
    private Optional<String> reason(String titleKey, String promptKey, boolean required) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(texts.get(titleKey, model.number()));
        dialog.setHeaderText(texts.get(titleKey, model.number()));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        ButtonType ok = new ButtonType(texts.get("orders.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(texts.get("orders.dialog.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, back);
        TextField field = new TextField();
        field.setId(required ? "cancel-reason" : "hold-reason");
        field.setPromptText(texts.get(promptKey));
        field.setPrefColumnCount(36);
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(6, new Label(texts.get(promptKey)), field, error);
        dialog.getDialogPane().setContent(box);
        field.textProperty().addListener((o, a, b) -> {
            error.setText("");
            field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        });
        if (required) {
            dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                String problem = model.cancelReasonProblem(field.getText());
                if (problem != null) {
                    error.setText(problem);
                    field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                    field.requestFocus();
                    e.consume();
                }
            });
        }
        dialog.setResultConverter(b -> b == ok ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    /** A tool the screen adds (the export of the lines) before the reload button. */
    /** A further tab beside lines and history (the order's shipments). */
    void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    void addTool(Node tool) {
        heading.getChildren().add(heading.getChildren().size() - 1, tool);
    }
}
