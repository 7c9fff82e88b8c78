package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The New order screen's layout: the sections' views (customer, header, the
 * code row, lines, totals, the result once confirmed) with the actions and
 * the keys that concern the whole order. Keyboard first: Enter moves on,
 * Ctrl+Enter confirms, F1 explains the selected line, Delete removes it, Esc
 * closes a list.
 */
final class NewOrderView {

    private static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW_ORDER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PDF = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DISCARD = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EXPLAIN = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final NewOrderViewModel vm;
    private final Texts texts;
    private final boolean canPrint;
    private final Consumer<Path> openFile;
    private final StackPane root = new StackPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final CustomerPickerView customer;
    private final CodeEntryView code;
    private final OrderLinesView lines;
    private final DraftKeepingView drafts;
    private final OrderResultView result;

    NewOrderView(NewOrderViewModel vm, boolean canPrint, Consumer<Path> openFile) {
        this.vm = vm;
        this.texts = vm.texts();
        this.canPrint = canPrint;
        this.openFile = openFile;
        customer = new CustomerPickerView(vm.customerPicker(), texts, this::focusCode);
        lines = new OrderLinesView(vm.orderLines(), texts, this::focusCode);
        code = new CodeEntryView(vm.codeEntry(), texts, this::addLine, lines::enter);
        drafts = new DraftKeepingView(vm.drafts(), vm.header());
        result = new OrderResultView(vm.confirmation(), vm.messageProperty(), texts, canPrint, openFile, this::newOrder);
        BorderPane entry = new BorderPane();
        entry.setPadding(new Insets(10));
        VBox top = new VBox(6, customer.root(), new OrderHeaderView(vm.header(), texts).root(), code.root());
        top.setPadding(new Insets(0, 0, 4, 0));
        entry.setTop(top);
        entry.setCenter(lines.table());
        entry.setBottom(bottomSection());
        entry.disableProperty().bind(vm.resultProperty().isNotNull());
        root.getChildren().addAll(entry, result.root());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        validation.setErrorDecorationEnabled(true);
        decorate(customer.field(), vm.customerPicker().errorProperty());
        decorate(code.codeField(), vm.codeEntry().codeErrorProperty());
        decorate(code.quantityField(), vm.codeEntry().quantityErrorProperty());
        // A draft restored, or the customer of the customer list: the next scan belongs in Code/EAN.
        vm.customerProperty().addListener((o, was, now) -> {
            if (now != null && was == null && !vm.lines().isEmpty() && root.getScene() != null
                    && !code.codeField().isFocused()) {
                javafx.application.Platform.runLater(this::focusCode);
            }
        });
    }

    Node root() {
        return root;
    }

    /** The tab closes: no header save left pending (the screen saves the draft itself), no list left open. */
    void stop() {
        drafts.stop();
        customer.hidePopup();
        code.hidePopup();
    }

    /** Where the keyboard goes when the tab is shown: the customer, or the code once there is one. */
    void focus() {
        if (vm.resultProperty().get() != null) {
            result.focus();
        } else if (vm.customerProperty().get() == null) {
            customer.field().requestFocus();
        } else {
            code.codeField().requestFocus();
        }
    }

    private void focusCode() {
        code.selectCode();
    }

    private void addLine() {
        if (vm.addLine()) {
            code.codeField().requestFocus();
            lines.showLast();
        } else if (vm.customerPicker().errorProperty().get() != null && vm.customerProperty().get() == null) {
            customer.field().requestFocus();
        } else if (vm.codeEntry().codeErrorProperty().get() != null) {
            code.selectCode();
        } else {
            code.focusQuantity();
        }
    }

    private Node bottomSection() {
        HBox middle = new HBox(12, lines.detail(), new OrderTotalsView(vm.orderLines(), texts).root());
        middle.setPadding(new Insets(4, 0, 4, 0));

        Button confirm = EntryControls.button(texts, "entry.confirm", "entry.confirm.tip",
                new FontIcon(Material2MZ.SEND), vm::confirm);
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(vm.canConfirmProperty().not());
        Button discard = EntryControls.button(texts, "entry.discard", "entry.discard.tip",
                new FontIcon(Material2AL.DELETE), this::discard);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.confirmation().busyProperty());
        // The order's notice (restored, kept, removed) and its problems each have their place, kept empty when
        // there is nothing to say, so the lines above never move.
        Label notice = EntryControls.reserved(vm.noticeProperty(), 1);
        notice.setId("entry-notice");
        notice.setGraphic(new FontIcon(Material2AL.INFO));
        notice.getStyleClass().add("entry-notice");
        notice.setMinHeight(notice.getMinHeight() + 8);
        notice.setPrefHeight(notice.getMinHeight());
        notice.setMaxHeight(notice.getMinHeight());
        Label message = EntryControls.reserved(vm.messageProperty(), 1, Styles.DANGER);
        message.setId("entry-message");
        Label keys = EntryControls.muted(texts.get("entry.keys"));
        keys.setMinHeight(Region.USE_PREF_SIZE);
        VBox messages = new VBox(2, notice, message, keys);
        messages.setMinWidth(0);
        HBox.setHgrow(messages, Priority.ALWAYS);
        HBox actions = new HBox(8, messages, busy, discard, confirm);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(middle, actions);
    }

    private void discard() {
        if ((vm.lines().isEmpty() && vm.customerProperty().get() == null) || ask(texts.get("entry.discard.question"))) {
            vm.discardDraft();
            customer.field().requestFocus();
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
        customer.field().requestFocus();
    }

    private boolean ask(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

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
            vm.confirmation().printConfirmation(openFile);
            e.consume();
        } else if (DISCARD.match(e) && vm.resultProperty().get() == null) {
            discard();
            e.consume();
        } else if ((e.getCode() == KeyCode.F1 || EXPLAIN.match(e)) && vm.resultProperty().get() == null) {
            lines.explainSelected();
            e.consume();
        } else if (UNDO.match(e) && vm.resultProperty().get() == null && undoable(e)) {
            if (vm.undoRemove()) {
                lines.enter();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && (customer.hidePopup() | code.hidePopup())) {
            e.consume(); // both lists close, as the non-short-circuit "|" makes sure
        } else if (e.getCode() == KeyCode.ESCAPE && customer.keepPrevious()) {
            e.consume();
        }
    }

    /** Ctrl+Z puts a removed line back, except in a field with text, where it undoes the typing. */
    private static boolean undoable(KeyEvent e) {
        return !(e.getTarget() instanceof javafx.scene.control.TextInputControl t) || t.getText().isEmpty();
    }

    /** The field shows its view model error as a ControlsFX decoration, the message on hover. */
    private void decorate(Control field, ObservableStringValue error) {
        validation.registerValidator(field, false, (Control c, Object v) ->
                ValidationResult.fromErrorIf(c, Objects.toString(error.get(), ""), error.get() != null));
        error.addListener(o -> validation.revalidate(field));
    }
}
