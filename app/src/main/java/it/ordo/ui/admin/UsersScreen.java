package it.ordo.ui.admin;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.security.UserView;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Administration: the users, their roles and state; add, disable, enable, temporary password. */
public final class UsersScreen implements Screen {

    private final Texts texts;
    private final UsersViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<UserView> table = new TableView<>();

    public UsersScreen(Desk desk) {
        this.texts = desk.texts();
        this.model = new UsersViewModel(desk.services().users(), texts, desk.executor());
        ZoneId zone = ZoneId.systemDefault();

        table.setId("users-table");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<UserView, String>> columns = List.of(
                Columns.text(texts.get("admin.users.username"), UserView::username, 80),
                Columns.text(texts.get("admin.users.roles"), model::roles, 80),
                Columns.text(texts.get("admin.users.state"), model::state, 80),
                Columns.text(texts.get("admin.users.lastLogin"),
                        u -> u.lastLoginAt() == null ? "" : texts.dateTime(u.lastLoginAt().atZone(zone)), 80));
        // Every user is on screen, so the table sorts them itself on a header click.
        columns.forEach(c -> Columns.sortable(c, null));
        table.getColumns().addAll(columns);

        Button disable = new Button(texts.get("admin.users.disable"), new FontIcon(Material2AL.BLOCK));
        disable.setOnAction(e -> selected().ifPresent(model::disable));
        Button enable = new Button(texts.get("admin.users.enable"), new FontIcon(Material2AL.CHECK_CIRCLE));
        enable.setOnAction(e -> selected().ifPresent(model::enable));
        Button reset = new Button(texts.get("admin.users.resetPassword"), new FontIcon(Material2AL.LOCK));
        reset.setOnAction(e -> selected().ifPresent(this::askTemporaryPassword));
        for (Button b : new Button[] {disable, enable, reset}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        }
        HBox actions = new HBox(8, disable, enable, reset);

        Label addTitle = new Label(texts.get("admin.users.addTitle"));
        addTitle.getStyleClass().add(Styles.TITLE_4);
        TextField name = new TextField();
        name.setId("users-new-name");
        name.setPromptText(texts.get("admin.users.username"));
        name.textProperty().bindBidirectional(model.newUsernameProperty());
        PasswordField password = new PasswordField();
        password.setPromptText(texts.get("admin.users.temporaryPassword"));
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        FlowPane roles = new FlowPane(12, 6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(texts.get("ui.role." + role.name()));
            box.selectedProperty().addListener((o, a, on) -> model.setNewRole(role, on));
            roles.getChildren().add(box);
        }
        Button add = new Button(texts.get("admin.users.add"), new FontIcon(Material2AL.ADD));
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> model.add());
        HBox form = new HBox(8, name, password, add);
        form.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox bottom = new VBox(10, actions, message, addTitle, form, roles);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        Label title = new Label(texts.get("admin.users.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(0, 0, 10, 0));
        root.setCenter(table);
        root.setBottom(bottom);
        root.setPadding(new Insets(16));
    }

    private java.util.Optional<UserView> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void askTemporaryPassword(UserView user) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(texts.get("admin.users.resetPassword"));
        dialog.setHeaderText(texts.get("admin.users.resetHeader", user.username()));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().filter(p -> !p.isBlank()).ifPresent(p -> model.resetPassword(user, p));
    }

    @Override
    public String title() {
        return texts.get("ui.nav.users");
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public void focus() {
        table.requestFocus();
    }
}
