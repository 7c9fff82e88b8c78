package it.ordo.ui.entry;

import atlantafx.base.theme.Styles;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The confirmed order over the entry form: number, status, total and
 * promise date, the backordered lines, the hold reason; the confirmation
 * PDF and the next order from here.
 */
final class OrderResultView {

    private final VBox panel = new VBox(10);
    private final Button newOrderButton;

    OrderResultView(OrderConfirmationViewModel vm, ObservableStringValue screenMessage, Texts texts, boolean canPrint,
                    Consumer<Path> openFile, Runnable newOrder) {
        panel.setMaxSize(640, Region.USE_PREF_SIZE);
        panel.setPadding(new Insets(24));
        panel.getStyleClass().add("entry-result");
        panel.setId("entry-result");
        newOrderButton = EntryControls.button(texts, "entry.newOrder", "entry.newOrder.tip",
                new FontIcon(Material2MZ.NOTE_ADD), newOrder);
        newOrderButton.getStyleClass().add(Styles.ACCENT);
        Button pdfButton = EntryControls.button(texts, "entry.pdf", "entry.pdf.tip",
                new FontIcon(Material2MZ.PICTURE_AS_PDF), () -> vm.printConfirmation(openFile));
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
            message.textProperty().bind(screenMessage);
            HBox buttons = new HBox(8, pdfButton, newOrderButton);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            panel.getChildren().addAll(message, buttons);
            newOrderButton.requestFocus();
        });
        panel.visibleProperty().bind(vm.resultProperty().isNotNull());
        StackPane.setAlignment(panel, Pos.CENTER);
    }

    Node root() {
        return panel;
    }

    void focus() {
        newOrderButton.requestFocus();
    }
}
