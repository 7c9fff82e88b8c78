package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The small pieces every section of the New order screen is built from, so they look alike. */
final class EntryControls {

    private EntryControls() {
    }

    static Button button(Texts texts, String key, String tipKey, Node icon, Runnable action) {
        Button b = new Button(texts.get(key), icon);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(texts.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label fieldLabel(Texts texts, String key, Control target) {
        Label l = new Label(texts.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    /** The error under a field, taking room only while there is one. */
    static Label errorLabel(ObservableStringValue error) {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * A message in a place of its own: the room is kept while there is
     * nothing to say, so nothing below moves when a message comes or goes.
     * {@code lines} lines of text wrap in it; more is cut, and the tooltip has it all.
     */
    static Label reserved(ObservableStringValue text, int lines, String... styles) {
        Label l = new Label();
        l.getStyleClass().addAll(styles);
        l.setWrapText(lines > 1);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        l.tooltipProperty().bind(javafx.beans.binding.Bindings.when(l.textProperty().isNotEmpty())
                .then(tip).otherwise((Tooltip) null));
        // The height of the text lines in the label's own font, whatever the theme's sizes.
        l.fontProperty().addListener(o -> fixHeight(l, lines));
        fixHeight(l, lines);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void fixHeight(Label l, int lines) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Ag");
        probe.setFont(l.getFont());
        double height = Math.ceil(probe.getLayoutBounds().getHeight() * lines) + 4;
        l.setMinHeight(height);
        l.setPrefHeight(height);
        l.setMaxHeight(height);
    }

    static Label amount(Texts texts, BigDecimal value, boolean strong) {
        Label l = new Label(texts.money(value));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        GridPane.setHgrow(l, Priority.ALWAYS);
        if (strong) {
            l.getStyleClass().add(Styles.TITLE_4);
        }
        return l;
    }

    static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A channel or priority shown in the user's language, e.g. PHONE as "Phone". */
    static <E extends Enum<E>> StringConverter<E> named(Texts texts, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                if (value == null) {
                    return "";
                }
                return texts.has(prefix + value.name()) ? texts.get(prefix + value.name()) : value.name();
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
