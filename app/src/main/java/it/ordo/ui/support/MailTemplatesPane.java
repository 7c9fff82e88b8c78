package it.ordo.ui.support;

import atlantafx.base.theme.Styles;
import it.ordo.application.notification.MailTemplateRow;
import it.ordo.i18n.Texts;
import it.ordo.ui.Desk;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Templates tab of the Outbox, for the administrator: see {@link MailTemplatesViewModel}. */
final class MailTemplatesPane {

    private final Texts texts;
    private final MailTemplatesViewModel model;
    private final BorderPane root = new BorderPane();

    MailTemplatesPane(Desk desk) {
        this.texts = desk.texts();
        this.model = new MailTemplatesViewModel(desk.services().mail(), texts, desk.executor());

        ListView<MailTemplateRow> list = new ListView<>(model.rows());
        list.setId("templates-list");
        list.setPrefWidth(260);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MailTemplateRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : texts.get("care.template." + r.key().name()) + " · "
                        + r.language().toUpperCase(java.util.Locale.ROOT)
                        + (r.changed() ? " · " + texts.get("care.templates.changed") : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && r != model.selectedProperty().get()) {
                model.select(r);
            }
        });

        Label about = new Label();
        about.setId("templates-about");
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        model.selectedProperty().addListener((o, a, r) -> about.setText(r == null ? "" : describe(r)));
        TextField subject = new TextField();
        subject.setId("templates-subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextArea body = new TextArea();
        body.setId("templates-body");
        body.setWrapText(true);
        body.setPrefRowCount(12);
        body.textProperty().bindBidirectional(model.bodyProperty());

        Button save = new Button(texts.get("care.templates.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("templates-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        save.setOnAction(e -> model.save());
        Button reset = new Button(texts.get("care.templates.reset"), new FontIcon(Material2MZ.RESTORE));
        reset.setId("templates-reset");
        reset.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        reset.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, texts.get("care.templates.reset.confirm"),
                    ButtonType.OK, ButtonType.CANCEL);
            ask.setHeaderText(null);
            ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
            ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.reset());
        });
        TextField order = new TextField();
        order.setId("templates-preview-order");
        order.setPromptText(texts.get("care.templates.previewOrder"));
        order.setPrefColumnCount(16);
        order.textProperty().bindBidirectional(model.previewOrderProperty());
        order.setOnAction(e -> model.preview());
        Button preview = new Button(texts.get("care.templates.preview"), new FontIcon(Material2AL.FIND_IN_PAGE));
        preview.setId("templates-preview");
        preview.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        preview.setOnAction(e -> model.preview());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, order, preview, spacer, reset, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        TextArea shown = new TextArea();
        shown.setId("templates-preview-text");
        shown.setEditable(false);
        shown.setWrapText(true);
        shown.setPrefRowCount(8);
        shown.textProperty().bind(model.previewProperty());

        Label message = new Label();
        message.setId("templates-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox editor = new VBox(6, about, new Label(texts.get("care.templates.subject")), subject,
                new Label(texts.get("care.templates.body")), body, actions, shown, message);
        VBox.setVgrow(body, Priority.ALWAYS);
        editor.setPadding(new Insets(0, 0, 0, 12));
        root.setLeft(list);
        root.setCenter(editor);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    /** Which message it is, whether it was changed, and what it may say. */
    private String describe(MailTemplateRow r) {
        String state = r.changed() ? texts.get("care.templates.changedBy", r.updatedBy(),
                texts.dateTime(r.updatedAt().atZone(java.time.ZoneId.systemDefault())))
                : texts.get("care.templates.shipped");
        return state + "\n" + texts.get("care.templates.placeholders", r.placeholders().stream()
                .map(p -> "{" + p + "}").collect(Collectors.joining(" ")), r.required());
    }

    void shown() {
        model.load();
    }

    Node content() {
        return root;
    }
}
