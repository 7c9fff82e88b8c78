package it.ordo.infrastructure.remote;

import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * A real Ordo server on the loopback address, with real TLS (a keystore made
 * by keytool), in front of a test company's database, and one user per role
 * given (every role when none; named after it, password {@link #PASSWORD}) to sign in with from a
 * "workstation". Each account costs two password hashes, so a test names the roles it uses.
 */
public final class ServerFixture implements AutoCloseable {

    public static final String PASSWORD = "Password-Remota-1";
    static final Duration IDLE = Duration.ofMinutes(30);

    final TestCompany company;
    public final Tls.Identity identity;
    final OrdoServer server;
    public final URI address;

    public ServerFixture(TestCompany company, Path tlsFolder, Role... roles) {
        this.company = company;
        for (Role role : roles.length == 0 ? Role.values() : roles) {
            String name = username(role);
            company.ctx.users().add(name, Set.of(role), "Temporanea-123");
            company.ctx.authentication().changePassword(name, "Temporanea-123", PASSWORD);
        }
        this.identity = Tls.serverIdentity(tlsFolder, null, null);
        this.server = OrdoServer.start(new OrdoServer.Options(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), identity.context(), IDLE, 8),
                company.clock, company.ctx.authentication(), company.ctx::as);
        this.address = URI.create("https://127.0.0.1:" + server.port());
    }

    public static String username(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A workstation that pinned this server's certificate, signed in as the user of this role. */
    public RemoteServices workstation(Role role) {
        RemoteServices remote = RemoteServices.connect(address, identity.fingerprint());
        remote.signIn(username(role), PASSWORD);
        return remote;
    }

    @Override
    public void close() {
        server.close();
    }
}
