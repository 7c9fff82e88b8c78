package it.ordo.ui.admin;

import it.ordo.application.security.UserService;
import it.ordo.application.security.UserView;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrator's user list: who may sign in, with which roles; new
 * users, disabling and enabling, and temporary passwords (which the user must
 * change at the next sign-in).
 */
public final class UsersViewModel {

    private final UserService users;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ObservableList<UserView> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final Set<Role> newRoles = EnumSet.noneOf(Role.class);

    public UsersViewModel(UserService users, Texts texts, TaskExecutor executor) {
        this.users = users;
        this.texts = texts;
        this.executor = executor;
    }

    public void refresh() {
        busy.set(true);
        executor.run(users::list, list -> {
            busy.set(false);
            rows.setAll(list);
        }, this::failed);
    }

    public void setNewRole(Role role, boolean on) {
        if (on) {
            newRoles.add(role);
        } else {
            newRoles.remove(role);
        }
    }

    /** Creates the user typed in the form; the form is cleared only when it worked. */
    public void add() {
        String name = newUsername.get().trim();
        String password = newPassword.get();
        List<Role> roles = List.copyOf(newRoles);
        change(() -> users.add(name, roles, password), done -> {
            newUsername.set("");
            newPassword.set("");
            message.set(texts.get("admin.users.added", done.username()));
        });
    }

    public void disable(UserView user) {
        change(() -> users.disable(user.username()), done -> message.set(texts.get("admin.users.disabled", done.username())));
    }

    public void enable(UserView user) {
        change(() -> users.enable(user.username()), done -> message.set(texts.get("admin.users.enabled", done.username())));
    }

    public void resetPassword(UserView user, String temporary) {
        change(() -> users.resetPassword(user.username(), temporary),
                done -> message.set(texts.get("admin.users.reset", done.username())));
    }

    private void change(Callable<UserView> work, java.util.function.Consumer<UserView> then) {
        busy.set(true);
        executor.run(work, done -> {
            busy.set(false);
            then.accept(done);
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    /** The roles as the administrator reads them. */
    public String roles(UserView user) {
        return String.join(", ", user.roles().stream().map(r -> texts.get("ui.role." + r)).toList());
    }

    /** "Active", "Disabled", "Locked until 10:42", "Must change password". */
    public String state(UserView user) {
        if (user.disabled()) {
            return texts.get("admin.users.state.disabled");
        }
        if (user.locked()) {
            return texts.get("admin.users.state.locked");
        }
        return user.mustChangePassword() ? texts.get("admin.users.state.mustChange") : texts.get("admin.users.state.active");
    }

    public ObservableList<UserView> rows() {
        return rows;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
