package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderView;
import it.ordo.application.order.ProductHit;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The New order screen's nodes, bound to {@link NewOrderViewModel}: customer,
 * header, the code/quantity row, the lines, totals, and the result once
 * confirmed. Keyboard first: Enter moves on, Ctrl+Enter confirms, F1 explains
 * the selected line, Delete removes it, Esc closes a list.
 */
final class NewOrderView {

    private static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW_ORDER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PDF = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DISCARD = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EXPLAIN = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private final NewOrderViewModel vm;
    private final Texts texts;
    private final boolean canPrint;
    private final Consumer<Path> openFile;
    private final StackPane root = new StackPane();
    private final TextField customerField = new TextField();
    private final TextField codeField = new TextField();
    private final TextField quantityField = new TextField();
    private final TableView<EntryLine> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final ValidationSupport validation = new ValidationSupport();
    private final Popup customerPopup = new Popup();
    private final ListView<CustomerView> customerList = new ListView<>();
    private final Popup productPopup = new Popup();
    private final ListView<ProductHit> productList = new ListView<>();
    private final PauseTransition headerSave = new PauseTransition(Duration.seconds(2));
    private Button newOrderButton;
    private boolean customerEnterPending;
    private Button pdfButton;

    NewOrderView(NewOrderViewModel vm, boolean canPrint, Consumer<Path> openFile) {
        this.vm = vm;
        this.texts = vm.texts();
        this.canPrint = canPrint;
        this.openFile = openFile;
        BorderPane entry = new BorderPane();
        entry.setPadding(new Insets(10));
        VBox top = new VBox(8, customerSection(), headerSection(), codeSection());
        top.setPadding(new Insets(0, 0, 8, 0));
        entry.setTop(top);
        entry.setCenter(linesTable());
        entry.setBottom(bottomSection());
        entry.disableProperty().bind(vm.resultProperty().isNotNull());
        Node result = resultPanel();
        root.getChildren().addAll(entry, result);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        headerSave.setOnFinished(e -> vm.saveDraftIfDirty());
        for (ObservableValue<?> header : List.of(vm.channelProperty(), vm.externalRefProperty(),
                vm.requestedDateProperty(), vm.priorityProperty(), vm.shipToProperty(), vm.notesProperty())) {
            header.addListener((o, a, b) -> headerSave.playFromStart());
        }
        validation.setErrorDecorationEnabled(true);
        // Ids for the end-to-end tests and the screenshot tour.
        customerField.setId("entry-customer");
        codeField.setId("entry-code");
        quantityField.setId("entry-quantity");
        table.setId("entry-lines");
        decorate(customerField, vm.customerErrorProperty());
        decorate(codeField, vm.codeErrorProperty());
        decorate(quantityField, vm.quantityErrorProperty());
    }

    Node root() {
        return root;
    }

    /** The tab closes: no header save left pending (the screen saves the draft itself), no list left open. */
    void stop() {
        headerSave.stop();
        customerPopup.hide();
        productPopup.hide();
    }

    /** Where the keyboard goes when the tab is shown: the customer, or the code once there is one. */
    void focus() {
        if (vm.resultProperty().get() != null) {
            newOrderButton.requestFocus();
        } else if (vm.customerProperty().get() == null) {
            customerField.requestFocus();
        } else {
            codeField.requestFocus();
        }
    }

    // ------------------------------------------------------------------ customer

    private Node customerSection() {
        Label label = fieldLabel("entry.customer.label", customerField);
        customerField.setPromptText(texts.get("entry.customer.prompt"));
        customerField.setPrefColumnCount(28);
        customerField.textProperty().addListener((o, a, b) -> vm.searchCustomers(b));
        vm.customerQueryProperty().addListener((o, a, b) -> {
            if (!Objects.equals(customerField.getText(), b)) {
                customerField.setText(b);
                customerField.positionCaret(b.length());
            }
        });
        customerList.setItems(vm.customerSuggestions());
        customerList.setCellFactory(l -> textCell(c -> c.code() + " · " + c.name()
                + (c.vatNumber() == null ? "" : " · " + c.vatNumber()) + " · " + c.billingAddress()));
        suggestionPopup(customerPopup, customerList, customerField, vm.customerSuggestions(), this::chooseCustomer, true);
        customerField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                if (customerPopup.isShowing() && !customerList.getItems().isEmpty()) {
                    chooseCustomer(selectedOrFirst(customerList));
                } else if (vm.customerProperty().get() != null) {
                    codeField.requestFocus();
                } else {
                    // Typed faster than the search answered: take the customer when it does, if only one matches.
                    customerEnterPending = true;
                }
            }
        });
        customerField.textProperty().addListener((o, a, b) -> customerEnterPending = false);
        vm.customerSuggestions().addListener((ListChangeListener<CustomerView>) c -> {
            if (customerEnterPending && vm.customerSuggestions().size() == 1) {
                customerEnterPending = false;
                CustomerView only = vm.customerSuggestions().getFirst();
                javafx.application.Platform.runLater(() -> chooseCustomer(only));
            }
        });
        Label error = errorLabel(vm.customerErrorProperty());

        HBox facts = new HBox(14);
        facts.setAlignment(Pos.CENTER_LEFT);
        vm.customerProperty().addListener((o, a, c) -> facts.getChildren().setAll(customerFacts(c)));
        VBox left = new VBox(4, new HBox(8, label, customerField), error, facts);
        HBox.setHgrow(left, Priority.ALWAYS);
        ((HBox) left.getChildren().getFirst()).setAlignment(Pos.CENTER_LEFT);

        VBox recent = new VBox(2);
        recent.setMinWidth(330);
        recent.setPrefWidth(330);
        Runnable showRecent = () -> {
            recent.getChildren().clear();
            if (vm.customerProperty().get() == null) {
                return;
            }
            Label title = new Label(texts.get("entry.customer.recent"));
            title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            recent.getChildren().add(title);
            if (vm.recentOrders().isEmpty()) {
                recent.getChildren().add(muted(texts.get("entry.customer.recentNone")));
            }
            for (OrderListing s : vm.recentOrders()) {
                recent.getChildren().add(muted(texts.get("entry.customer.recentRow", s.number(),
                        texts.date(s.createdAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()),
                        texts.get("entry.status." + s.status()), texts.money(s.grossTotal()))));
            }
        };
        vm.recentOrders().addListener((ListChangeListener<OrderListing>) c -> showRecent.run());
        vm.customerProperty().addListener((o, a, b) -> showRecent.run());
        return new HBox(12, left, recent);
    }

    private List<Node> customerFacts(CustomerView c) {
        if (c == null) {
            return List.of();
        }
        Label tier = muted(texts.get("entry.customer.tier", c.tier()));
        Label list = muted(c.priceList() == null ? texts.get("entry.customer.noPriceList")
                : texts.get("entry.customer.priceList", c.priceList()));
        Label terms = muted(texts.get("entry.customer.terms", c.paymentTerms()));
        Label credit = new Label(texts.get("entry.customer.credit", texts.money(c.openExposure()),
                texts.money(c.creditLimit())));
        credit.getStyleClass().add(Styles.TEXT_SMALL);
        if (c.openExposure().compareTo(c.creditLimit()) >= 0) {
            credit.getStyleClass().add(Styles.WARNING);
        }
        List<Node> nodes = new java.util.ArrayList<>(List.of(tier, list, terms, credit));
        if (!c.acceptsBackorders()) {
            nodes.add(muted(texts.get("entry.customer.noBackorders")));
        }
        if (c.blocked()) {
            Label blocked = new Label(texts.get("entry.customer.blockedBadge"), new FontIcon(Material2AL.BLOCK));
            blocked.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
            nodes.addFirst(blocked);
        }
        return nodes;
    }

    private void chooseCustomer(CustomerView c) {
        if (c == null) {
            return;
        }
        customerPopup.hide();
        vm.chooseCustomer(c);
        codeField.requestFocus();
    }

    // ------------------------------------------------------------------ header

    private Node headerSection() {
        ComboBox<String> channel = new ComboBox<>();
        channel.getItems().setAll(vm.channels());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        TextField ref = new TextField();
        ref.setPrefColumnCount(10);
        ref.textProperty().bindBidirectional(vm.externalRefProperty());
        DatePicker requested = new DatePicker();
        requested.setPrefWidth(140);
        requested.valueProperty().bindBidirectional(vm.requestedDateProperty());
        requested.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return texts.date(d);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.trim(),
                            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                    .withLocale(texts.locale()));
                } catch (java.time.format.DateTimeParseException e) {
                    return vm.requestedDateProperty().get();
                }
            }
        });
        channel.setConverter(named("entry.channel."));
        ComboBox<String> priority = new ComboBox<>();
        priority.getItems().setAll(vm.priorities());
        priority.setConverter(named("entry.priority."));
        priority.setMinWidth(Region.USE_PREF_SIZE);
        channel.setMinWidth(Region.USE_PREF_SIZE);
        priority.valueProperty().bindBidirectional(vm.priorityProperty());
        ComboBox<Integer> shipTo = new ComboBox<>();
        shipTo.setPrefWidth(260);
        Runnable shipToItems = () -> {
            Integer chosen = vm.shipToProperty().get();
            shipTo.getItems().setAll(java.util.stream.IntStream.range(0, vm.shipToOptions().size()).boxed().toList());
            shipTo.setValue(chosen);
        };
        vm.shipToOptions().addListener((ListChangeListener<String>) c -> shipToItems.run());
        StringConverter<Integer> address = new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null || i >= vm.shipToOptions().size() ? "" : vm.shipToOptions().get(i);
            }

            @Override
            public Integer fromString(String s) {
                return vm.shipToOptions().indexOf(s);
            }
        };
        shipTo.setConverter(address);
        shipTo.valueProperty().bindBidirectional(vm.shipToProperty());
        TextField notes = new TextField();
        notes.textProperty().bindBidirectional(vm.notesProperty());
        HBox.setHgrow(notes, Priority.ALWAYS);
        HBox row = new HBox(8, fieldLabel("entry.header.channel", channel), channel,
                fieldLabel("entry.header.externalRef", ref), ref,
                fieldLabel("entry.header.requestedDate", requested), requested,
                fieldLabel("entry.header.priority", priority), priority,
                fieldLabel("entry.header.shipTo", shipTo), shipTo,
                fieldLabel("entry.header.notes", notes), notes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // ------------------------------------------------------------------ code and quantity

    private Node codeSection() {
        codeField.setPromptText(texts.get("entry.code.prompt"));
        codeField.setPrefColumnCount(24);
        codeField.textProperty().addListener((o, a, b) -> vm.searchProducts(b));
        vm.codeProperty().addListener((o, a, b) -> {
            if (!Objects.equals(codeField.getText(), b)) {
                codeField.setText(b);
                codeField.positionCaret(b.length());
            }
        });
        productList.setItems(vm.productSuggestions());
        productList.setCellFactory(l -> textCell(h -> h.sku() + " · " + h.description()
                + (h.ean() == null || h.ean().isBlank() ? "" : " · " + h.ean())));
        // No suggestion is preselected here: a scanner's Enter must look up the code it typed, never a
        // suggestion left over from the first digits; the arrows choose one on purpose.
        suggestionPopup(productPopup, productList, codeField, vm.productSuggestions(), this::chooseProduct, false);
        codeField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                if (productPopup.isShowing() && productList.getSelectionModel().getSelectedItem() != null) {
                    chooseProduct(productList.getSelectionModel().getSelectedItem());
                } else {
                    productPopup.hide();
                    if (vm.lookupCode()) {
                        // A scanner types the digits and Enter: move on at once, the quote follows.
                        quantityField.requestFocus();
                        quantityField.selectAll();
                    }
                }
            }
        });
        quantityField.setPrefColumnCount(6);
        quantityField.textProperty().bindBidirectional(vm.quantityProperty());
        quantityField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                addLine();
            }
        });
        Button add = button("entry.add", "entry.add.tip", new FontIcon(Material2AL.ADD), this::addLine);
        Label preview = new Label();
        preview.getStyleClass().add(Styles.TEXT_SMALL);
        preview.textProperty().bind(Bindings.createStringBinding(() -> {
            LineQuote q = vm.codeQuoteProperty().get();
            return q == null ? "" : texts.get("entry.preview", q.sku(), q.description(), texts.money(q.unitPrice()),
                    availability(q));
        }, vm.codeQuoteProperty()));
        HBox row = new HBox(8, fieldLabel("entry.code.label", codeField), codeField,
                fieldLabel("entry.quantity.label", quantityField), quantityField, add, preview);
        row.setAlignment(Pos.CENTER_LEFT);
        Label codeError = errorLabel(vm.codeErrorProperty());
        Label quantityError = errorLabel(vm.quantityErrorProperty());
        return new VBox(4, row, codeError, quantityError);
    }

    private String availability(LineQuote q) {
        return switch (q.availability()) {
            case NOW -> texts.get("entry.availability.now");
            case LATER -> texts.get("entry.availability.later", texts.date(q.promiseDate()));
            case NONE -> texts.get("entry.availability.none");
        };
    }

    private void chooseProduct(ProductHit hit) {
        if (hit == null) {
            return;
        }
        productPopup.hide();
        vm.chooseProduct(hit);
        quantityField.requestFocus();
        quantityField.selectAll();
    }

    private void addLine() {
        if (vm.addLine()) {
            codeField.requestFocus();
            table.scrollTo(table.getItems().size() - 1);
        } else if (vm.customerErrorProperty().get() != null) {
            customerField.requestFocus();
        } else if (vm.codeErrorProperty().get() != null) {
            codeField.requestFocus();
        } else {
            quantityField.requestFocus();
            quantityField.selectAll();
        }
    }

    // ------------------------------------------------------------------ lines

    private Node linesTable() {
        table.setItems(vm.lines());
        table.setEditable(true);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(muted(texts.get("entry.lines.empty")));
        table.setTooltip(new Tooltip(texts.get("entry.remove.tip")));

        TableColumn<EntryLine, String> no = textColumn("entry.col.line", 40,
                l -> String.valueOf(vm.lines().indexOf(l) + 1));
        TableColumn<EntryLine, String> sku = textColumn("entry.col.sku", 90, EntryLine::sku, l -> l.quoteProperty());
        TableColumn<EntryLine, String> description = textColumn("entry.col.description", 200, EntryLine::description,
                l -> l.quoteProperty());
        TableColumn<EntryLine, String> qty = new TableColumn<>(texts.get("entry.col.quantity"));
        qty.setPrefWidth(70);
        qty.setCellValueFactory(c -> Bindings.createStringBinding(() -> texts.number(c.getValue().quantity()),
                c.getValue().quantityProperty()));
        qty.setCellFactory(c -> {
            TextFieldTableCell<EntryLine, String> cell = new TextFieldTableCell<>(new DefaultStringConverter());
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        qty.setEditable(true);
        qty.setOnEditCommit(e -> {
            if (!vm.changeQuantity(e.getRowValue(), e.getNewValue())) {
                table.refresh();
            }
            table.requestFocus();
        });
        TableColumn<EntryLine, String> price = moneyColumn("entry.col.unitPrice", EntryLine::unitPrice);
        TableColumn<EntryLine, String> discount = textColumn("entry.col.discount", 70,
                l -> l.discountPct() == null ? "" : texts.number(l.discountPct()), l -> l.pricedProperty(),
                l -> l.quoteProperty());
        discount.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<EntryLine, String> rule = textColumn("entry.col.rule", 260, vm::priceRule, l -> l.pricedProperty(),
                l -> l.quoteProperty());
        TableColumn<EntryLine, String> net = moneyColumn("entry.col.net", EntryLine::netAmount);
        TableColumn<EntryLine, EntryLine> availability = new TableColumn<>(texts.get("entry.col.availability"));
        availability.setPrefWidth(170);
        availability.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        availability.setCellFactory(c -> new AvailabilityCell());
        table.getColumns().setAll(List.of(no, sku, description, qty, price, discount, rule, net, availability));
        table.setRowFactory(t -> {
            TableRow<EntryLine> row = new TableRow<>();
            row.itemProperty().addListener((o, a, line) -> row.setTooltip(line == null ? null : tooltip(line)));
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            EntryLine selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                int index = table.getSelectionModel().getSelectedIndex();
                vm.removeLine(selected);
                if (!table.getItems().isEmpty()) {
                    table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                table.edit(table.getSelectionModel().getSelectedIndex(), qty);
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.setText(""));
        return table;
    }

    private Tooltip tooltip(EntryLine line) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.explain(line), line.stateProperty(),
                line.quoteProperty(), line.pricedProperty()));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** The availability as a word, an icon and a colour, so colour is never the only signal. */
    private final class AvailabilityCell extends TableCell<EntryLine, EntryLine> {

        private final Label label = new Label();
        private EntryLine bound;
        private final javafx.beans.InvalidationListener refresh = o -> show();

        @Override
        protected void updateItem(EntryLine line, boolean empty) {
            super.updateItem(line, empty);
            if (bound != null) {
                bound.stateProperty().removeListener(refresh);
                bound.quoteProperty().removeListener(refresh);
            }
            bound = empty ? null : line;
            if (bound != null) {
                bound.stateProperty().addListener(refresh);
                bound.quoteProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            if (bound == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            label.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
            FontIcon icon;
            switch (bound.state()) {
                case NOW -> {
                    icon = new FontIcon(Material2AL.CHECK_CIRCLE);
                    label.getStyleClass().add(Styles.SUCCESS);
                }
                case LATER -> {
                    icon = new FontIcon(Material2MZ.SCHEDULE);
                    label.getStyleClass().add(Styles.WARNING);
                }
                case NONE -> {
                    icon = new FontIcon(Material2AL.BLOCK);
                    label.getStyleClass().add(Styles.DANGER);
                }
                case ERROR -> {
                    icon = new FontIcon(Material2AL.ERROR);
                    label.getStyleClass().add(Styles.DANGER);
                }
                default -> {
                    icon = new FontIcon(Material2AL.HOURGLASS_EMPTY);
                    label.getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
            label.setGraphic(icon);
            label.setText(vm.availabilityWord(bound));
            setGraphic(label);
            setTooltip(tooltip(bound));
        }
    }

    private void explainSelected() {
        EntryLine selected = table.getSelectionModel().getSelectedItem();
        if (selected == null && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectLast();
            selected = table.getSelectionModel().getSelectedItem();
        }
        detail.setText(vm.explain(selected));
    }

    // ------------------------------------------------------------------ totals, actions

    private Node bottomSection() {
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(4);
        detail.setPromptText(texts.get("entry.detail.prompt"));
        detail.setFocusTraversable(false);
        HBox.setHgrow(detail, Priority.ALWAYS);

        GridPane totals = new GridPane();
        totals.setHgap(12);
        totals.setVgap(2);
        totals.setMinWidth(320);
        Runnable showTotals = () -> {
            totals.getChildren().clear();
            int row = 0;
            totals.addRow(row++, new Label(texts.get("entry.totals.net")), amount(vm.netTotalProperty().get(), false));
            for (OrderView.VatRow v : vm.vatRows()) {
                totals.addRow(row++, muted(texts.get("entry.totals.vat", texts.number(v.rate()),
                        texts.money(v.taxable()))), amount(v.vat(), false));
            }
            Label gross = new Label(texts.get("entry.totals.gross"));
            gross.getStyleClass().add(Styles.TITLE_4);
            totals.addRow(row, gross, amount(vm.grossTotalProperty().get(), true));
        };
        vm.grossTotalProperty().addListener(o -> showTotals.run());
        vm.netTotalProperty().addListener(o -> showTotals.run());
        vm.vatRows().addListener((ListChangeListener<OrderView.VatRow>) c -> showTotals.run());
        showTotals.run();
        Label credit = new Label();
        credit.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        credit.setWrapText(true);
        credit.setMaxWidth(320);
        credit.textProperty().bind(vm.creditWarningProperty());
        credit.managedProperty().bind(credit.textProperty().isNotEmpty());
        credit.setGraphic(new FontIcon(Material2MZ.WARNING));
        credit.visibleProperty().bind(credit.textProperty().isNotEmpty());
        VBox right = new VBox(4, totals, credit);

        HBox middle = new HBox(12, detail, right);
        middle.setPadding(new Insets(8, 0, 8, 0));

        Button confirm = button("entry.confirm", "entry.confirm.tip", new FontIcon(Material2MZ.SEND), () -> vm.confirm());
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(vm.canConfirmProperty().not());
        Button discard = button("entry.discard", "entry.discard.tip", new FontIcon(Material2AL.DELETE), this::discard);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(vm.messageProperty());
        Label draft = new Label();
        draft.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        draft.textProperty().bind(vm.draftNoticeProperty());
        Label keys = muted(texts.get("entry.keys"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox messages = new VBox(2, message, draft, keys);
        HBox.setHgrow(messages, Priority.SOMETIMES);
        HBox actions = new HBox(8, messages, grow, busy, discard, confirm);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(middle, actions);
    }

    private void discard() {
        if (vm.lines().isEmpty() && vm.customerProperty().get() == null) {
            vm.discardDraft();
            customerField.requestFocus();
            return;
        }
        if (ask(texts.get("entry.discard.question"))) {
            vm.discardDraft();
            customerField.requestFocus();
        }
    }

    private void newOrder() {
        if (vm.resultProperty().get() == null && !vm.lines().isEmpty() && !ask(texts.get("entry.newOrder.question"))) {
            return;
        }
        if (vm.resultProperty().get() == null) {
            vm.discardDraft();
        } else {
            vm.newOrder();
        }
        customerField.requestFocus();
    }

    private boolean ask(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    // ------------------------------------------------------------------ result

    private Node resultPanel() {
        VBox panel = new VBox(10);
        panel.setMaxSize(640, Region.USE_PREF_SIZE);
        panel.setPadding(new Insets(24));
        panel.getStyleClass().add("entry-result");
        panel.setId("entry-result");
        panel.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default; "
                + "-fx-border-radius: 6; -fx-background-radius: 6; -fx-effect: dropshadow(gaussian, -color-shadow-default, 16, 0, 0, 4);");
        newOrderButton = button("entry.newOrder", "entry.newOrder.tip", new FontIcon(Material2MZ.NOTE_ADD), this::newOrder);
        newOrderButton.getStyleClass().add(Styles.ACCENT);
        pdfButton = button("entry.pdf", "entry.pdf.tip", new FontIcon(Material2MZ.PICTURE_AS_PDF),
                () -> vm.printConfirmation(openFile));
        pdfButton.setVisible(canPrint);
        pdfButton.setManaged(canPrint);
        pdfButton.disableProperty().bind(vm.busyProperty());
        vm.resultProperty().addListener((o, a, placed) -> {
            panel.getChildren().clear();
            if (placed == null) {
                return;
            }
            boolean held = placed.status() == OrderStatus.ON_HOLD;
            Label title = new Label(texts.get("entry.result.title", placed.number()),
                    new FontIcon(held ? Material2MZ.WARNING : Material2AL.CHECK_CIRCLE));
            title.getStyleClass().addAll(Styles.TITLE_2, held ? Styles.WARNING : Styles.SUCCESS);
            title.setId("entry-result-title");
            Label status = new Label(texts.get("entry.result.status", texts.get("entry.status." + placed.status())));
            status.getStyleClass().add(Styles.TITLE_4);
            Label total = new Label(texts.get("entry.result.total", texts.money(placed.grossTotal()),
                    placed.promisedDate() == null ? texts.get("entry.availability.noDate") : texts.date(placed.promisedDate())));
            panel.getChildren().addAll(title, status, total);
            if (held) {
                Label hold = new Label(texts.get("entry.result.hold", vm.holdReason()));
                hold.setWrapText(true);
                hold.getStyleClass().add(Styles.WARNING);
                panel.getChildren().add(hold);
            }
            List<String> backordered = vm.backorderedLines();
            if (backordered.isEmpty() && !held) {
                Label all = new Label(texts.get("entry.result.allAvailable"), new FontIcon(Material2AL.DONE));
                all.getStyleClass().add(Styles.SUCCESS);
                panel.getChildren().add(all);
            }
            for (String line : backordered) {
                Label l = new Label(line, new FontIcon(Material2MZ.SCHEDULE));
                l.getStyleClass().add(Styles.WARNING);
                l.setWrapText(true);
                panel.getChildren().add(l);
            }
            Label message = new Label();
            message.getStyleClass().add(Styles.DANGER);
            message.textProperty().bind(vm.messageProperty());
            HBox buttons = new HBox(8, pdfButton, newOrderButton);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            panel.getChildren().addAll(message, buttons);
            newOrderButton.requestFocus();
        });
        panel.visibleProperty().bind(vm.resultProperty().isNotNull());
        StackPane.setAlignment(panel, Pos.CENTER);
        return panel;
    }

    // ------------------------------------------------------------------ keys

    private void shortcuts(KeyEvent e) {
        if (CONFIRM.match(e)) {
            if (vm.resultProperty().get() == null) {
                vm.confirm();
            }
            e.consume();
        } else if (NEW_ORDER.match(e)) {
            newOrder();
            e.consume();
        } else if (PDF.match(e) && canPrint && vm.resultProperty().get() != null) {
            vm.printConfirmation(openFile);
            e.consume();
        } else if (DISCARD.match(e) && vm.resultProperty().get() == null) {
            discard();
            e.consume();
        } else if ((e.getCode() == KeyCode.F1 || EXPLAIN.match(e)) && vm.resultProperty().get() == null) {
            explainSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && (customerPopup.isShowing() || productPopup.isShowing())) {
            customerPopup.hide();
            productPopup.hide();
            e.consume();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A list under a field: shown while it has items, arrows move in it, a click or Enter chooses. */
    private <T> void suggestionPopup(Popup popup, ListView<T> list, TextField field, ObservableList<T> items,
                                     Consumer<T> choose, boolean preselect) {
        list.setPrefHeight(220);
        list.setPrefWidth(520);
        list.getStyleClass().add(Styles.DENSE);
        list.setFocusTraversable(false);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        items.addListener((ListChangeListener<T>) c -> {
            if (items.isEmpty() || !field.isFocused()) {
                popup.hide();
                return;
            }
            if (preselect) {
                list.getSelectionModel().selectFirst();
            } else {
                list.getSelectionModel().clearSelection();
            }
            if (!popup.isShowing() && field.getScene() != null) {
                Bounds b = field.localToScreen(field.getBoundsInLocal());
                if (b != null) {
                    popup.show(field, b.getMinX(), b.getMaxY() + 2);
                }
            }
        });
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!popup.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> choose.accept(list.getSelectionModel().getSelectedItem()));
    }

    /** An enum value shown in the user's language, e.g. PHONE as "Phone". */
    private StringConverter<String> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : texts.has(prefix + name) ? texts.get(prefix + name) : name;
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
    }

    private static <T> T selectedOrFirst(ListView<T> list) {
        T selected = list.getSelectionModel().getSelectedItem();
        return selected != null ? selected : list.getItems().isEmpty() ? null : list.getItems().getFirst();
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @SafeVarargs
    private TableColumn<EntryLine, String> textColumn(String key, double width, Function<EntryLine, String> value,
                                                      Function<EntryLine, ObservableValue<?>>... dependencies) {
        TableColumn<EntryLine, String> column = new TableColumn<>(texts.get(key));
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(c -> {
            EntryLine line = c.getValue();
            ObservableValue<?>[] deps = new ObservableValue<?>[dependencies.length + 1];
            for (int i = 0; i < dependencies.length; i++) {
                deps[i] = dependencies[i].apply(line);
            }
            deps[dependencies.length] = line.stateProperty();
            return Bindings.createStringBinding(() -> value.apply(line), deps);
        });
        return column;
    }

    private TableColumn<EntryLine, String> moneyColumn(String key, Function<EntryLine, BigDecimal> value) {
        TableColumn<EntryLine, String> column = textColumn(key, 95, l -> texts.money(value.apply(l)),
                l -> l.quoteProperty(), l -> l.pricedProperty());
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private Label amount(BigDecimal value, boolean strong) {
        Label l = new Label(texts.money(value));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        GridPane.setHgrow(l, Priority.ALWAYS);
        if (strong) {
            l.getStyleClass().add(Styles.TITLE_4);
        }
        return l;
    }

    private Button button(String key, String tipKey, Node icon, Runnable action) {
        Button b = new Button(texts.get(key), icon);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(texts.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label fieldLabel(String key, Control target) {
        Label l = new Label(texts.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private Label errorLabel(javafx.beans.property.ReadOnlyStringProperty error) {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.visibleProperty().bind(error.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** The field shows its view model error as a ControlsFX decoration, the message on hover. */
    private void decorate(Control field, javafx.beans.property.ReadOnlyStringProperty error) {
        validation.registerValidator(field, false, (Control c, Object v) ->
                ValidationResult.fromErrorIf(c, Objects.toString(error.get(), ""), error.get() != null));
        error.addListener(o -> validation.revalidate(field));
    }
}
