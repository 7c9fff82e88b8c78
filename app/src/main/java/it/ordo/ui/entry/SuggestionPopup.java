package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * A list under a field (customers, products): shown while it has items and
 * the field has the keyboard, the arrows move in it, a click chooses; what
 * Enter does is the field's decision.
 */
final class SuggestionPopup<T> {

    private final Popup popup = new Popup();
    private final ListView<T> list = new ListView<>();

    SuggestionPopup(TextField field, ObservableList<T> items, Function<T, String> text, Consumer<T> choose,
                    boolean preselect) {
        list.setItems(items);
        // Cells as wide as the list, never wider: no horizontal scrollbar hides what ends a row (the city, the
        // barcode); a row too long for the list ends in "…" and shows whole in its tooltip.
        list.setCellFactory(l -> {
            javafx.scene.control.ListCell<T> cell = EntryControls.textCell(text);
            cell.setPrefWidth(0);
            cell.textProperty().addListener((o, a, b) -> cell.setTooltip(b == null ? null
                    : new javafx.scene.control.Tooltip(b)));
            return cell;
        });
        list.setPrefHeight(220);
        list.setPrefWidth(680);
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

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    /** The item the arrows chose, null for none. */
    T selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** The item the arrows chose, else the first one; null when the list is empty. */
    T selectedOrFirst() {
        T selected = selected();
        return selected != null ? selected : list.getItems().isEmpty() ? null : list.getItems().getFirst();
    }

    boolean isEmpty() {
        return list.getItems().isEmpty();
    }
}
