package it.ordo.ui.start;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The first-run choice between this workstation's own database and an Ordo server. Binds only. */
public final class FirstRunView extends StackPane {

    public FirstRunView(FirstRunViewModel model, Texts texts, String dataFolder, Consumer<ConnectionChoice> onChosen) {
        Label title = new Label(texts.get("ui.firstRun.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(texts.get("ui.firstRun.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);

        ToggleGroup where = new ToggleGroup();
        RadioButton embedded = new RadioButton(texts.get("ui.firstRun.embedded"));
        embedded.setId("first-run-embedded");
        embedded.setToggleGroup(where);
        embedded.getStyleClass().add(Styles.TEXT_BOLD);
        embedded.setGraphic(new FontIcon(Material2AL.COMPUTER));
        Label embeddedDetail = muted(texts.get("ui.firstRun.embedded.detail", dataFolder));
        CheckBox demo = new CheckBox(texts.get("ui.firstRun.demo"));
        demo.setId("first-run-demo");
        demo.setWrapText(true);
        demo.selectedProperty().bindBidirectional(model.demoProperty());
        demo.disableProperty().bind(model.sharedProperty());
        demo.visibleProperty().bind(model.demoAvailableProperty());
        demo.managedProperty().bind(model.demoAvailableProperty());

        RadioButton shared = new RadioButton(texts.get("ui.firstRun.shared"));
        shared.setId("first-run-shared");
        shared.setToggleGroup(where);
        shared.getStyleClass().add(Styles.TEXT_BOLD);
        shared.setGraphic(new FontIcon(Material2MZ.STORAGE));
        Label sharedDetail = muted(texts.get("ui.firstRun.shared.detail"));
        where.selectToggle(model.sharedProperty().get() ? shared : embedded);
        where.selectedToggleProperty().addListener((o, a, b) -> model.sharedProperty().set(b == shared));

        TextField address = field(model.addressProperty(), "first-run-address");
        address.setPromptText("https://server.office.lan:8443");
        Label fingerprint = new Label();
        fingerprint.setId("first-run-fingerprint");
        fingerprint.setWrapText(true);
        fingerprint.getStyleClass().add(Styles.TEXT_BOLD);
        fingerprint.textProperty().bind(model.fingerprintProperty());
        Label compare = muted(texts.get("ui.firstRun.compare"));
        compare.visibleProperty().bind(model.fingerprintProperty().isNotEmpty());
        compare.managedProperty().bind(compare.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(texts.get("ui.firstRun.address")), address);
        form.addRow(1, new Label(texts.get("ui.firstRun.fingerprint")), fingerprint);
        form.add(compare, 1, 2);
        GridPane.setHgrow(address, Priority.ALWAYS);
        form.disableProperty().bind(model.sharedProperty().not());
        form.setPadding(new Insets(4, 0, 0, 28));

        ValidationSupport validation = new ValidationSupport();
        validation.setErrorDecorationEnabled(false);
        register(validation, address, model::addressProblem);
        model.sharedProperty().addListener((o, a, on) -> validation.setErrorDecorationEnabled(on));

        Button test = new Button(texts.get("ui.firstRun.test"), new FontIcon(Material2MZ.WIFI_TETHERING));
        test.setId("first-run-test");
        test.disableProperty().bind(model.sharedProperty().not().or(model.busyProperty()));
        test.setOnAction(e -> model.test());
        Button go = new Button(texts.get("ui.firstRun.continue"), new FontIcon(Material2AL.ARROW_FORWARD));
        go.setId("first-run-continue");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.disableProperty().bind(model.canContinueBinding().not());
        go.setOnAction(e -> model.choose(onChosen));
        Label message = new Label();
        message.setId("first-run-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(10, test, go);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14,
                new VBox(6, title, subtitle),
                new VBox(4, embedded, indent(embeddedDetail), indent(demo)),
                new VBox(4, shared, indent(sharedDetail), form),
                message, actions);
        card.setPadding(new Insets(28));
        card.setMaxWidth(640);
        card.setMaxHeight(USE_PREF_SIZE);
        card.getStyleClass().add("ordo-card");
        getChildren().add(card);
        setPadding(new Insets(24));
    }

    private static void register(ValidationSupport validation, TextField field, Supplier<String> problem) {
        validation.registerValidator(field, false, (javafx.scene.control.Control c, Object v) -> {
            String text = problem.get();
            return ValidationResult.fromMessageIf(c, text, Severity.ERROR, text != null);
        });
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private static javafx.scene.Node indent(javafx.scene.Node node) {
        VBox.setMargin(node, new Insets(0, 0, 0, 28));
        return node;
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
