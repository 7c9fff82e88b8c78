package it.ordo.ui.entry;

import static it.ordo.ui.entry.EntryControls.fieldLabel;

import atlantafx.base.theme.Styles;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.ProductHit;
import it.ordo.i18n.Texts;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The code row: Code/EAN with the product suggestions, the quantity, Add,
 * and what the code is (price and availability) once Enter looked it up.
 * Enter on the quantity (or Add) hands over to {@code add}.
 */
final class CodeEntryView {

    private final CodeEntryViewModel vm;
    private final Texts texts;
    private final TextField codeField = new TextField();
    private final TextField quantityField = new TextField();
    private final SuggestionPopup<ProductHit> popup;
    private final VBox root;

    CodeEntryView(CodeEntryViewModel vm, Texts texts, Runnable add, Runnable up) {
        this.vm = vm;
        this.texts = texts;
        codeField.setId("entry-code");
        quantityField.setId("entry-quantity");
        codeField.setPromptText(texts.get("entry.code.prompt"));
        codeField.setPrefColumnCount(24);
        codeField.setMinWidth(Region.USE_PREF_SIZE);
        codeField.textProperty().addListener((o, a, b) -> vm.search(b));
        vm.codeProperty().addListener((o, a, b) -> {
            if (!Objects.equals(codeField.getText(), b)) {
                codeField.setText(b);
                codeField.positionCaret(b.length());
            }
        });
        // No suggestion is preselected here: a scanner's Enter must look up the code it typed, never a
        // suggestion left over from the first digits; the arrows choose one on purpose.
        popup = new SuggestionPopup<>(codeField, vm.productSuggestions(), h -> h.sku() + " · " + h.description()
                + (h.ean() == null || h.ean().isBlank() ? "" : " · " + h.ean()), this::choose, false);
        codeField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && !popup.isShowing()) {
                e.consume();
                up.run();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                if (popup.isShowing() && popup.selected() != null) {
                    choose(popup.selected());
                } else {
                    popup.hide();
                    if (vm.lookup()) {
                        // A scanner types the digits and Enter: move on at once, the quote follows.
                        focusQuantity();
                    }
                }
            }
        });
        quantityField.setPrefColumnCount(6);
        quantityField.setMinWidth(Region.USE_PREF_SIZE);
        quantityField.textProperty().bindBidirectional(vm.quantityProperty());
        quantityField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                add.run();
            }
        });
        Button addButton = EntryControls.button(texts, "entry.add", "entry.add.tip", new FontIcon(Material2AL.ADD), add);
        addButton.setMinWidth(Region.USE_PREF_SIZE);
        // The product found, or why the line cannot be, on one line of its own under the fields: the fields
        // never move or shrink when it comes, and what is cut there is in its tooltip.
        Label preview = EntryControls.reserved(Bindings.createStringBinding(() -> {
            LineQuote q = vm.codeQuoteProperty().get();
            return q == null || vm.codeErrorProperty().get() != null || vm.quantityErrorProperty().get() != null ? ""
                    : texts.get("entry.preview", q.sku(), q.description(), texts.money(q.unitPrice()), availability(q));
        }, vm.codeQuoteProperty(), vm.codeErrorProperty(), vm.quantityErrorProperty()), 1, Styles.TEXT_SMALL);
        preview.setId("entry-preview");
        Label error = EntryControls.reserved(Bindings.createStringBinding(
                () -> vm.codeErrorProperty().get() != null ? vm.codeErrorProperty().get() : vm.quantityErrorProperty().get(),
                vm.codeErrorProperty(), vm.quantityErrorProperty()), 1, Styles.DANGER, Styles.TEXT_SMALL);
        error.setId("entry-code-error");
        HBox row = new HBox(8, fieldLabel(texts, "entry.code.label", codeField), codeField,
                fieldLabel(texts, "entry.quantity.label", quantityField), quantityField, addButton);
        row.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(2, row, new StackPane(preview, error));
        // A code refused after the keyboard moved on to the quantity: back to the code, selected, so the next
        // scan replaces it.
        vm.codeErrorProperty().addListener((o, was, now) -> {
            if (now != null && !codeField.isFocused() && (quantityField.isFocused() || codeField.getScene() == null
                    || codeField.getScene().getFocusOwner() == null)) {
                selectCode();
            }
        });
    }

    /** The keyboard in Code/EAN with its text selected: the next scan or key replaces it. */
    void selectCode() {
        codeField.requestFocus();
        codeField.selectAll();
    }

    Node root() {
        return root;
    }

    TextField codeField() {
        return codeField;
    }

    TextField quantityField() {
        return quantityField;
    }

    void focusQuantity() {
        quantityField.requestFocus();
        quantityField.selectAll();
    }

    /** Esc: the suggestions close; true when they were open. */
    boolean hidePopup() {
        boolean showing = popup.isShowing();
        popup.hide();
        return showing;
    }

    private String availability(LineQuote q) {
        return switch (q.availability()) {
            case NOW -> texts.get("entry.availability.now");
            case LATER -> texts.get("entry.availability.later", texts.date(q.promiseDate()));
            case NONE -> texts.get("entry.availability.none");
        };
    }

    private void choose(ProductHit hit) {
        if (hit == null) {
            return;
        }
        popup.hide();
        vm.choose(hit);
        focusQuantity();
    }
}
