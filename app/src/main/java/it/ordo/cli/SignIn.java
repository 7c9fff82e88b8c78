package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.OperatingSystemUser;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.time.Clock;

/**
 * Who runs this command. Everyone signs in with {@code --user} on a database
 * that has users, embedded or shared: the desktop asks the same person to sign
 * in, and a command must not give them more than their roles. Only a database
 * without users yet trusts whoever runs the command: on the embedded database
 * the operating-system user (named by the system, not by a Java property), so
 * a new company can be set up; on a shared one only {@code init}, which creates
 * the first administrator.
 */
final class SignIn {

    private final DatabaseSettings settings;
    private final String username;
    private final Secrets secrets;
    private final Texts texts;
    private final Contexts contexts;
    private String password;

    SignIn(DatabaseSettings settings, String username, Secrets secrets, Texts texts, Contexts contexts) {
        this.contexts = contexts;
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
            String local = OperatingSystemUser.name();
            boolean shared = isShared(settings);
            if (shared && !(command instanceof InitCommand)) {
                throw new DomainException("cli.login.userRequired", settings.displayUrl());
            }
            return openedAs(clock, ctx -> {
                if (ctx.authentication().hasUsers()) {
                    throw shared ? new DomainException("cli.login.userRequired", settings.displayUrl())
                            : new DomainException("cli.login.userRequiredLocal");
                }
                return () -> local; // no users yet: whoever sets the company up (init makes its first administrator)
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
        OrdoContext unsigned = contexts.open(settings, clock);
        try {
            return unsigned.as(decision.who(unsigned));
        } catch (RuntimeException e) {
            contexts.close(unsigned);
            throw e;
        }
    }
}
