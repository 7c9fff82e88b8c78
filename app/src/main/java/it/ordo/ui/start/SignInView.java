package it.ordo.ui.start;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Sign-in, then (when the administrator asked for it) the new password. Binds only. */
public final class SignInView extends StackPane {

    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    /**
     * @param where          the database, as the status bar names it
     * @param changeDatabase goes back to the first-run choice, or null when not offered
     */
    public SignInView(SignInViewModel model, Texts texts, String where, Runnable changeDatabase) {
        Label title = new Label(texts.get("ui.signIn.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(texts.get("ui.signIn.subtitle", where));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        username.setId("sign-in-user");
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.setId("sign-in-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane credentials = new GridPane();
        credentials.setHgap(10);
        credentials.setVgap(8);
        credentials.addRow(0, new Label(texts.get("ui.signIn.username")), username);
        credentials.addRow(1, new Label(texts.get("ui.signIn.password")), password);
        GridPane.setHgrow(username, Priority.ALWAYS);
        credentials.disableProperty().bind(model.mustChangePasswordProperty());

        PasswordField chosen = new PasswordField();
        chosen.setId("sign-in-new-password");
        chosen.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("sign-in-repeat-password");
        repeat.textProperty().bindBidirectional(model.repeatPasswordProperty());
        Label changeTitle = new Label(texts.get("ui.password.title"));
        changeTitle.getStyleClass().add(Styles.TITLE_4);
        GridPane change = new GridPane();
        change.setHgap(10);
        change.setVgap(8);
        change.addRow(0, new Label(texts.get("ui.password.new")), chosen);
        change.addRow(1, new Label(texts.get("ui.password.repeat")), repeat);
        GridPane.setHgrow(chosen, Priority.ALWAYS);
        VBox changeBox = new VBox(8, changeTitle, change);
        changeBox.visibleProperty().bind(model.mustChangePasswordProperty());
        changeBox.managedProperty().bind(changeBox.visibleProperty());

        Button submit = new Button(texts.get("ui.signIn.submit"), new FontIcon(Material2AL.LOGIN));
        submit.setId("sign-in-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.busyProperty().or(model.readyProperty().not()));
        model.mustChangePasswordProperty().addListener((o, was, must) -> {
            submit.setText(texts.get(must ? "ui.password.submit" : "ui.signIn.submit"));
            if (must) {
                Platform.runLater(chosen::requestFocus);
            }
        });
        submit.setOnAction(e -> {
            if (model.mustChangePasswordProperty().get()) {
                model.changePassword();
            } else {
                model.signIn();
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.busyProperty().or(model.readyProperty().not()));
        HBox actions = new HBox(10, spinner, submit);
        actions.setAlignment(Pos.CENTER_RIGHT);
        if (changeDatabase != null) {
            Hyperlink other = new Hyperlink(texts.get("ui.signIn.changeDatabase"));
            other.setOnAction(e -> changeDatabase.run());
            HBox spacer = new HBox();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            actions.getChildren().addAll(0, java.util.List.of(other, spacer));
        }

        Label message = new Label();
        message.setId("sign-in-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        VBox card = new VBox(14, new VBox(4, title, subtitle), credentials, changeBox, message, actions);
        // The demo users, on the demo company only (the view model finds out which this is).
        Label hintLabel = new Label(null, new FontIcon(Material2AL.INFO));
        hintLabel.setId("sign-in-demo-hint");
        hintLabel.setWrapText(true);
        hintLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hintLabel.textProperty().bind(model.demoHintProperty());
        hintLabel.visibleProperty().bind(model.demoHintProperty().isNotNull());
        hintLabel.managedProperty().bind(hintLabel.visibleProperty());
        card.getChildren().add(hintLabel);
        card.setPadding(new Insets(28));
        card.setMaxWidth(440);
        card.setMaxHeight(USE_PREF_SIZE);
        card.getStyleClass().add("ordo-card");
        getChildren().add(card);
    }

    /** Where the keyboard starts: the user name, or the password when the name is remembered. */
    public void focus() {
        Platform.runLater(() -> (username.getText().isBlank() ? username : password).requestFocus());
    }
}
