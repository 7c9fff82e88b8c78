package it.ordo.ui.start;

import it.ordo.application.security.SignInService;
import it.ordo.application.security.Session;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in, and the password change an administrator can force: until it
 * is done the user gets no further than this screen.
 */
public final class SignInViewModel {

    private SignInService authentication;
    private final Texts texts;
    private final TaskExecutor executor;
    private final Consumer<Session> onSignedIn;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeatPassword = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty mustChangePassword = new SimpleBooleanProperty(false);
    private final StringProperty demoHint = new SimpleStringProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty(true);

    public SignInViewModel(SignInService authentication, Texts texts, TaskExecutor executor,
                           Consumer<Session> onSignedIn) {
        this.authentication = authentication;
        this.texts = texts;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
    }

    /**
     * Sign-in shown while the database is still opening: the user types meanwhile, and signing in waits
     * for {@link #ready(SignInService)}.
     */
    public static SignInViewModel opening(Texts texts, TaskExecutor executor, Consumer<Session> onSignedIn) {
        SignInViewModel model = new SignInViewModel(null, texts, executor, onSignedIn);
        model.ready.set(false);
        model.message.set(texts.get("ui.start.opening"));
        return model;
    }

    /** The database is open: signing in works from now on. */
    public void ready(SignInService service) {
        authentication = service;
        ready.set(true);
        message.set("");
        checkDemo();
    }

    /** The database could not be opened: the screen says why, and signing in stays off. */
    public void failed(String why) {
        message.set(why);
    }

    /** False while the database is still opening. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public void signIn() {
        if (busy.get() || !ready.get()) {
            return;
        }
        String user = username.get().trim();
        String secret = password.get();
        if (user.isEmpty() || secret.isEmpty()) {
            message.set(texts.get("ui.signIn.required"));
            return;
        }
        busy.set(true);
        message.set(texts.get("ui.signIn.working"));
        executor.run(() -> authentication.login(user, secret), session -> {
            busy.set(false);
            if (session.mustChangePassword()) {
                mustChangePassword.set(true);
                message.set(texts.get("ui.password.subtitle"));
            } else {
                message.set("");
                password.set("");
                onSignedIn.accept(session);
            }
        }, error -> {
            busy.set(false);
            password.set("");
            message.set(Problems.describe(texts, error));
        });
    }

    /**
     * Finds out in the background whether this is the demo company; if so,
     * the screen reminds its users and their password. On a real company the
     * reminder never shows (and a failed check shows nothing either).
     */
    public void checkDemo() {
        executor.run(authentication::demoUsersOpen, demo -> demoHint.set(demo ? texts.get("ui.signIn.demoHint") : null),
                error -> demoHint.set(null));
    }

    /** The reminder of the demo users, null when this is no demo company. */
    public ReadOnlyStringProperty demoHintProperty() {
        return demoHint;
    }

    /** The forced change: proves the current password again and sets the new one. */
    public void changePassword() {
        if (busy.get() || !ready.get()) {
            return;
        }
        if (!newPassword.get().equals(repeatPassword.get())) {
            message.set(texts.get("ui.password.mismatch"));
            return;
        }
        String user = username.get().trim();
        String current = password.get();
        String chosen = newPassword.get();
        busy.set(true);
        executor.run(() -> authentication.changePassword(user, current, chosen), session -> {
            busy.set(false);
            mustChangePassword.set(false);
            password.set("");
            newPassword.set("");
            repeatPassword.set("");
            message.set(texts.get("ui.password.changed"));
            onSignedIn.accept(session);
        }, error -> {
            busy.set(false);
            message.set(Problems.describe(texts, error));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatPasswordProperty() {
        return repeatPassword;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty mustChangePasswordProperty() {
        return mustChangePassword;
    }
}
