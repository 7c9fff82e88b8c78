package it.ordo.ui.orders;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import java.util.List;
import javafx.scene.control.Label;

/** An order's status as a small coloured label (theme colours, so it reads in light and dark mode). */
final class OrderBadges {

    private static final List<String> ALL = List.of(Styles.ACCENT, Styles.SUCCESS, Styles.WARNING, Styles.DANGER,
            Styles.TEXT_MUTED, Styles.BG_ACCENT_SUBTLE, Styles.BG_SUCCESS_SUBTLE, Styles.BG_WARNING_SUBTLE,
            Styles.BG_DANGER_SUBTLE, Styles.BG_NEUTRAL_SUBTLE);

    private OrderBadges() {
    }

    static Label status(Texts texts, String status) {
        Label label = new Label();
        label.getStyleClass().add("ordo-status-badge");
        show(label, texts, status);
        return label;
    }

    /** Sets the label's text and colour for a status; null shows nothing. */
    static void show(Label label, Texts texts, String status) {
        label.getStyleClass().removeAll(ALL);
        if (status == null) {
            label.setText("");
            label.setVisible(false);
            return;
        }
        label.setVisible(true);
        label.setText(statusText(texts, status));
        switch (status) {
            case "CONFIRMED", "PICKING", "PACKED" -> label.getStyleClass().addAll(Styles.ACCENT, Styles.BG_ACCENT_SUBTLE);
            case "SHIPPED", "DELIVERED" -> label.getStyleClass().addAll(Styles.SUCCESS, Styles.BG_SUCCESS_SUBTLE);
            case "ON_HOLD" -> label.getStyleClass().addAll(Styles.WARNING, Styles.BG_WARNING_SUBTLE);
            case "CANCELLED" -> label.getStyleClass().addAll(Styles.DANGER, Styles.BG_DANGER_SUBTLE);
            default -> label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.BG_NEUTRAL_SUBTLE);
        }
    }

    static String statusText(Texts texts, String status) {
        return name(texts, "orders.status.", status);
    }

    static String channelText(Texts texts, String channel) {
        return name(texts, "orders.channel.", channel);
    }

    static String priorityText(Texts texts, String priority) {
        return name(texts, "orders.priority.", priority);
    }

    private static String name(Texts texts, String prefix, String value) {
        if (value == null) {
            return "";
        }
        return texts.has(prefix + value) ? texts.get(prefix + value) : value;
    }
}
