package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The lines table (Enter edits the quantity, Delete removes the line, each
 * availability a word, an icon and a colour) and the detail area where F1
 * explains the selected line's price and date.
 */
final class OrderLinesView {

    private final OrderLinesViewModel vm;
    private final Texts texts;
    private final LineWords words;
    private final TableView<EntryLine> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final List<TableColumn<EntryLine, ?>> keepWhole;

    OrderLinesView(OrderLinesViewModel vm, Texts texts, Runnable toCode) {
        this.vm = vm;
        this.texts = texts;
        this.words = new LineWords(texts);
        table.setId("entry-lines");
        table.setItems(vm.lines());
        table.setEditable(true);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(EntryControls.muted(texts.get("entry.lines.empty")));
        table.setTooltip(new Tooltip(texts.get("entry.remove.tip")));

        TableColumn<EntryLine, String> no = textColumn("entry.col.line", 40,
                l -> String.valueOf(vm.lines().indexOf(l) + 1));
        TableColumn<EntryLine, String> sku = textColumn("entry.col.sku", 110, EntryLine::sku, l -> l.quoteProperty());
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
            // The edit is done: the next scan goes where scans go, once the table has finished with its cell
            // (it takes the keyboard back as the edit ends).
            javafx.application.Platform.runLater(toCode);
        });
        TableColumn<EntryLine, String> price = moneyColumn("entry.col.unitPrice", EntryLine::unitPrice);
        TableColumn<EntryLine, String> discount = textColumn("entry.col.discount", 70,
                l -> l.discountPct() == null ? "" : texts.get("entry.discount.pct", texts.number(l.discountPct())),
                l -> l.pricedProperty(),
                l -> l.quoteProperty());
        discount.getStyleClass().add("entry-amount");
        TableColumn<EntryLine, String> rule = textColumn("entry.col.rule", 260, words::priceRule, l -> l.pricedProperty(),
                l -> l.quoteProperty());
        TableColumn<EntryLine, String> net = moneyColumn("entry.col.net", EntryLine::netAmount);
        // The rate the customer's VAT treatment gives the line: the product's, or 0 when non-taxable (the header
        // beside the customer names the treatment and its nature code).
        TableColumn<EntryLine, String> vat = textColumn("entry.col.vat", 55,
                l -> l.vatRate() == null ? "" : texts.get("entry.vat.pct", texts.number(l.vatRate())),
                l -> l.quoteProperty(), l -> l.pricedProperty());
        vat.setId("entry-col-vat");
        vat.getStyleClass().add("entry-amount");
        TableColumn<EntryLine, EntryLine> availability = new TableColumn<>(texts.get("entry.col.availability"));
        availability.setPrefWidth(170);
        availability.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        availability.setCellFactory(c -> new AvailabilityCell());
        table.getColumns().setAll(List.of(no, sku, description, qty, price, discount, rule, net, vat, availability));
        // The columns an operator checks a line by are never cut: each is at least as wide as its widest text.
        // Description and price rule give way instead, and show whole in the row's tooltip and the detail area.
        keepWhole = List.of(no, sku, qty, price, discount, net, vat, availability);
        description.setMinWidth(90);
        rule.setMinWidth(90);
        vm.lines().addListener((javafx.collections.ListChangeListener<EntryLine>) c -> fitWholeColumns());
        // Quotes arrive after the line: the widths follow the texts as they come.
        vm.lines().addListener((javafx.collections.ListChangeListener<EntryLine>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(l -> {
                    l.quoteProperty().addListener(o -> fitWholeColumns());
                    l.pricedProperty().addListener(o -> fitWholeColumns());
                    l.stateProperty().addListener(o -> fitWholeColumns());
                });
            }
        });
        table.setRowFactory(t -> {
            TableRow<EntryLine> row = new TableRow<>();
            row.itemProperty().addListener((o, a, line) -> row.setTooltip(line == null ? null : tooltip(line)));
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            EntryLine selected = table.getSelectionModel().getSelectedItem();
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.DOWN
                    && table.getSelectionModel().getSelectedIndex() >= table.getItems().size() - 1)) {
                toCode.run(); // below the last line is the entry row
                e.consume();
                return;
            }
            if (selected == null) {
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
        // The selected line in full in the detail area (the cut description, the whole price rule), as F1 says it.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.setText(
                b == null || !table.isFocused() ? "" : words.explain(b)));
        table.focusedProperty().addListener((o, a, focused) -> {
            EntryLine selected = table.getSelectionModel().getSelectedItem();
            if (focused && selected != null) {
                detail.setText(words.explain(selected));
            }
        });

        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(2);
        detail.setPromptText(texts.get("entry.detail.prompt"));
        detail.setFocusTraversable(false);
        HBox.setHgrow(detail, Priority.ALWAYS);
    }

    TableView<EntryLine> table() {
        return table;
    }

    /** Up from Code/EAN: the keyboard in the lines, on the selected line or the last. */
    void enter() {
        if (table.getItems().isEmpty()) {
            return;
        }
        if (table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectLast();
        }
        table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        table.scrollTo(table.getSelectionModel().getSelectedIndex());
        table.requestFocus();
    }

    private void fitWholeColumns() {
        for (TableColumn<EntryLine, ?> column : keepWhole) {
            double widest = textWidth(column.getText()) + 24; // the header, with room for a sort arrow
            for (EntryLine line : vm.lines()) {
                Object value = column.getCellObservableValue(line) == null ? null
                        : column.getCellObservableValue(line).getValue();
                String shown = value instanceof EntryLine l ? words.availabilityWord(l) : value == null ? "" : value.toString();
                widest = Math.max(widest, textWidth(shown) + (value instanceof EntryLine ? 40 : 20));
            }
            column.setMinWidth(Math.ceil(widest));
            if (column.getPrefWidth() < column.getMinWidth()) {
                column.setPrefWidth(column.getMinWidth());
            }
        }
    }

    private static double textWidth(String text) {
        return it.ordo.ui.Columns.textWidth(text);
    }

    TextArea detail() {
        return detail;
    }

    /** A line was just added: it is in sight. */
    void showLast() {
        table.scrollTo(table.getItems().size() - 1);
    }

    /** F1 or Ctrl+I: the selected line (the last one if none is) explained in the detail area. */
    void explainSelected() {
        EntryLine selected = table.getSelectionModel().getSelectedItem();
        if (selected == null && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectLast();
            selected = table.getSelectionModel().getSelectedItem();
        }
        detail.setText(words.explain(selected));
    }

    private Tooltip tooltip(EntryLine line) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> words.explain(line), line.stateProperty(),
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
        private final InvalidationListener refresh = o -> show();

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
            label.setText(words.availabilityWord(bound));
            setGraphic(label);
            setTooltip(tooltip(bound));
        }
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
        column.getStyleClass().add("entry-amount");
        return column;
    }
}
