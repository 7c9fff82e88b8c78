package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.time.Clock;

/**
 * Who runs this command. On the embedded database, which only the local
 * operating-system user can open anyway, that user is trusted with every role
 * unless {@code --user} asks for a sign-in. On a shared database (Derby Network
 * Server, PostgreSQL) everyone signs in with {@code --user}; the one exception
 * is {@code init} on a shared database that has no users yet, which creates the
 * first administrator.
 */
final class SignIn {

    private final DatabaseSettings settings;
    private final String username;
    private final Secrets secrets;
    private final Texts texts;
    private String password;

    SignIn(DatabaseSettings settings, String username, Secrets secrets, Texts texts) {
        this.settings = settings;
        this.username = username;
        this.secrets = secrets;
        this.texts = texts;
    }

    /** A network URL: other people on other machines reach this database, so they must say who they are. */
    static boolean isShared(DatabaseSettings settings) {
        return !settings.isEmbedded() && !(settings.isDerby() && !settings.url().startsWith("jdbc:derby://"));
    }

    /**
     * Opens the database for {@code command}, signed in as it must be.
     *
     * @throws DomainException a user is required, no password was given, or signing in was refused
     */
    OrdoContext open(Object command, Clock clock) {
        boolean changingPassword = command instanceof UserCommand.Passwd;
        if (username == null) {
            String local = System.getProperty("user.name", "ordo");
            if (!isShared(settings)) {
                return OrdoContext.open(settings, () -> local, clock);
            }
            if (!(command instanceof InitCommand)) {
                throw new DomainException("cli.login.userRequired", settings.displayUrl());
            }
            return openedAs(clock, ctx -> {
                if (ctx.authentication().hasUsers()) {
                    throw new DomainException("cli.login.userRequired", settings.displayUrl());
                }
                return () -> local; // a new shared database: init makes its first administrator
            });
        }
        // The database first: when it cannot be reached, that is the news (exit 3), not the password.
        return openedAs(clock, ctx -> {
            password = secrets.password(texts.get("cli.login.prompt", username))
                    .orElseThrow(() -> new DomainException("cli.login.passwordRequired", Secrets.PASSWORD));
            Session session = ctx.authentication().login(username, password);
            if (session.mustChangePassword() && !changingPassword) {
                throw new AuthenticationException("security.mustChangePassword", session.username());
            }
            return session;
        });
    }

    /** The password given at sign-in, for {@code user passwd}; null without {@code --user}. */
    String password() {
        return password;
    }

    private interface Decision {
        CurrentUser who(OrdoContext unsigned);
    }

    private OrdoContext openedAs(Clock clock, Decision decision) {
        OrdoContext unsigned = OrdoContext.open(settings, CurrentUser.NOBODY, clock);
        try {
            return unsigned.as(decision.who(unsigned));
        } catch (RuntimeException e) {
            unsigned.close();
            throw e;
        }
    }
}
