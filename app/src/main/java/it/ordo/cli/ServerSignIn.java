package it.ordo.cli;

import it.ordo.application.Services;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.WorkstationConfig;
import it.ordo.infrastructure.remote.RemoteServices;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * A command run through the Ordo server ({@code --server https://host:8443}):
 * the user signs in there ({@code --user}, the password from ORDO_PASSWORD or
 * a prompt) and the use cases run in the server; this machine has no database
 * account. The server is trusted as SSH trusts a host: the certificate's
 * fingerprint seen at the first connection is pinned in the workstation's
 * settings (and printed, to compare with the one the server printed), and a
 * different certificate later is refused.
 */
final class ServerSignIn implements AutoCloseable {

    private final URI server;
    private final Path dataDir;
    private final String username;
    private final Secrets secrets;
    private final Texts texts;
    private final PrintStream err;
    private RemoteServices remote;
    private String password;

    ServerSignIn(URI server, Path dataDir, String username, Secrets secrets, Texts texts, PrintStream err) {
        this.server = server;
        this.dataDir = dataDir;
        this.username = username;
        this.secrets = secrets;
        this.texts = texts;
        this.err = err;
    }

    void open(Object command) {
        if (!"https".equalsIgnoreCase(server.getScheme()) || server.getHost() == null) {
            throw new DomainException("cli.server.badAddress", server.toString());
        }
        if (username == null) {
            throw new DomainException("cli.server.userRequired", server.toString());
        }
        WorkstationConfig config = WorkstationConfig.load(dataDir);
        String pinned = config.get(RemoteServices.pinKey(server)).orElse(null);
        if (pinned == null) {
            pinned = RemoteServices.probe(server);
            config.set(RemoteServices.pinKey(server), pinned).save();
            err.println(texts.get("cli.server.pinned", Verbatim.of(server), Verbatim.of(pinned)));
        }
        remote = RemoteServices.connect(server, pinned);
        password = secrets.password(texts.get("cli.login.prompt", username))
                .orElseThrow(() -> new DomainException("cli.login.passwordRequired", Secrets.PASSWORD));
        Session session = remote.signIn(username, password);
        if (session.mustChangePassword() && !(command instanceof UserCommand.Passwd)) {
            throw new AuthenticationException("security.mustChangePassword", session.username());
        }
    }

    Services services() {
        return remote.services();
    }

    Session user() {
        return remote.user();
    }

    String password() {
        return password;
    }

    void changePassword(String newPassword) {
        remote.changePassword(remote.user().username(), password, newPassword);
    }

    @Override
    public void close() {
        if (remote != null) {
            remote.close();
        }
    }
}
