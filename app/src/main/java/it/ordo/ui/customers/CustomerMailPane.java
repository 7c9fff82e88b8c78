package it.ordo.ui.customers;

import atlantafx.base.theme.Styles;
import it.ordo.domain.notification.MailKind;
import it.ordo.i18n.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The customer's E-mails tab: see {@link CustomerMailViewModel}; read-only for who does not write to customers. */
final class CustomerMailPane extends VBox {

    CustomerMailPane(CustomerMailViewModel model, Texts texts, boolean editable) {
        super(6);
        Label hint = new Label(texts.get("care.optout.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().add(hint);
        for (MailKind kind : MailKind.values()) {
            CheckBox box = new CheckBox(texts.get("care.mail.kind." + kind.name()));
            box.setId("customer-mail-" + kind.name());
            box.selectedProperty().bindBidirectional(model.receivesProperty(kind));
            box.setDisable(!editable);
            getChildren().add(box);
        }
        Label message = new Label();
        message.setId("customer-mail-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().add(message);
        setPadding(new Insets(8, 12, 8, 12));
    }
}
