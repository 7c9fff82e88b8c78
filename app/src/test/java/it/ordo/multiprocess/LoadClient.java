package it.ordo.multiprocess;

import it.ordo.OrdoContext;
import it.ordo.application.Services;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.Session;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.remote.RemoteServices;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One workstation in its own JVM, for {@link MultiProcessConfirmationTest}
 * (a workstation of an Ordo server, as in an office) and {@link MultiProcessPostgresTest}
 * (straight on PostgreSQL through JDBC): signs in and places orders as fast as it can for a
 * fixed time. Every order number is appended (and flushed) to the numbers file
 * only after {@code OrderService.place} returned, so the file lists exactly
 * the orders this client saw confirmed.
 *
 * <p>Arguments: {@code URL DB_USER USER SECONDS NUMBERS_FILE SKU,SKU,... CUSTOMER,CUSTOMER,...}, where URL is
 * the Ordo server's {@code https://} address (DB_USER then unused) or a JDBC URL; the database
 * password is in ORDO_DB_PASSWORD, the user's in ORDO_PASSWORD. The last line on standard output is
 * {@code RESULT confirmed=N refused=M outage=O unexpected=K}; {@code READY} once it is signed in.
 */
public final class LoadClient {

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String dbUser = args[1];
        String user = args[2];
        long seconds = Long.parseLong(args[3]);
        Path numbersFile = Path.of(args[4]);
        String[] skus = args[5].split(",");
        String[] customers = args[6].split(",");
        String dbPassword = System.getenv("ORDO_DB_PASSWORD");
        String password = System.getenv("ORDO_PASSWORD");
        Workstation workstation = url.startsWith("https:") ? new ThroughServer(URI.create(url), user, password)
                : new ThroughJdbc(url, dbUser, dbPassword, user, password);

        int confirmed = 0;
        int refused = 0;
        int outage = 0;
        int unexpected = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Services ctx = null;
        long openBy = System.nanoTime() + 90_000_000_000L;
        while (ctx == null) {
            try {
                ctx = workstation.signIn();
            } catch (RuntimeException e) {
                workstation.close();
                if (!isConnectionLoss(e) || System.nanoTime() > openBy) {
                    report("client failed to sign in", e);
                    System.out.println("RESULT confirmed=0 refused=0 outage=" + outage + " unexpected=1");
                    System.out.flush();
                    System.exit(2);
                }
                outage++;
                Thread.sleep(500);
            }
        }
        // The duration counts from the moment the client works, not from the JVM's start.
        System.out.println("READY");
        System.out.flush();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (PrintWriter numbers = new PrintWriter(Files.newBufferedWriter(numbersFile, StandardCharsets.UTF_8))) {
            int n = 0;
            // After an outage the client goes on past its time until the server answers an order again (a
            // minute at most): a server restarted after the client's time would otherwise prove nothing.
            boolean recovering = false;
            while (System.nanoTime() < deadline || recovering && System.nanoTime() < deadline + 60_000_000_000L) {
                n++;
                List<OrderRequest.LineRequest> lines = new ArrayList<>();
                List<String> pool = new ArrayList<>(List.of(skus));
                int count = random.nextInt(1, 5);
                for (int i = 0; i < count; i++) {
                    String sku = pool.remove(random.nextInt(pool.size()));
                    lines.add(new OrderRequest.LineRequest(sku, null, BigDecimal.valueOf(random.nextInt(1, 9))));
                }
                String customer = customers[random.nextInt(customers.length)];
                try {
                    OrderView placed = ctx.orders().place(new OrderRequest("LC-" + ProcessHandle.current().pid() + "-" + n,
                            Channel.PHONE, customer, null, null, null, null, lines));
                    // Only now is the order known to be committed.
                    numbers.println(placed.number());
                    numbers.flush();
                    confirmed++;
                    recovering = false;
                } catch (ValidationException e) {
                    recovering = false;
                    if (e.problems().stream().map(Message::key).allMatch("order.shortfall"::equals)) {
                        refused++;
                    } else {
                        unexpected++;
                        report("unexpected validation", e);
                    }
                } catch (RuntimeException e) {
                    if (isConnectionLoss(e)) {
                        outage++;
                        recovering = true;
                        if (outage <= 3) {
                            report("connection lost (expected only while the server is down)", e);
                        }
                        Thread.sleep(500);
                    } else if (e instanceof AuthenticationException && workstation instanceof ThroughServer) {
                        // A restarted Ordo server has forgotten the sessions of the one it replaced: sign in again,
                        // as the desktop asks its user to.
                        outage++;
                        recovering = true;
                        try {
                            ctx = workstation.signIn();
                        } catch (RuntimeException again) {
                            if (!isConnectionLoss(again)) {
                                throw again;
                            }
                            Thread.sleep(500);
                        }
                    } else {
                        unexpected++;
                        if (unexpected <= 5) {
                            report("unexpected", e);
                        }
                    }
                }
            }
            if (recovering) {
                unexpected++;
                System.err.println("the server never answered again after the outage");
            }
        } catch (RuntimeException | IOException e) {
            report("client failed", e);
            System.out.println("RESULT confirmed=" + confirmed + " refused=" + refused + " outage=" + outage
                    + " unexpected=" + (unexpected + 1));
            System.out.flush();
            System.exit(2);
        }
        workstation.close();
        System.out.println("RESULT confirmed=" + confirmed + " refused=" + refused + " outage=" + outage
                + " unexpected=" + unexpected);
        System.out.flush();
        System.exit(0);
    }

    /** How the client reaches the use cases: as a workstation of an Ordo server, or (PostgreSQL) through JDBC. */
    private interface Workstation {
        Services signIn();

        void close();
    }

    /** A workstation of an Ordo server: the certificate pinned at the first answer, then signed in over HTTPS. */
    private static final class ThroughServer implements Workstation {
        private final URI server;
        private final String user;
        private final String password;
        private String fingerprint;
        private RemoteServices remote;

        ThroughServer(URI server, String user, String password) {
            this.server = server;
            this.user = user;
            this.password = password;
        }

        @Override
        public Services signIn() {
            if (fingerprint == null) {
                fingerprint = RemoteServices.probe(server);
            }
            if (remote == null) {
                remote = RemoteServices.connect(server, fingerprint);
            }
            remote.signIn(user, password);
            return remote.services();
        }

        @Override
        public void close() {
            if (remote != null) {
                remote.close();
                remote = null;
            }
        }
    }

    /** Straight on the database, with its account: how the PostgreSQL test's clients work. */
    private static final class ThroughJdbc implements Workstation {
        private final String url;
        private final String dbUser;
        private final String dbPassword;
        private final String user;
        private final String password;
        private OrdoContext unsigned;

        ThroughJdbc(String url, String dbUser, String dbPassword, String user, String password) {
            this.url = url;
            this.dbUser = dbUser;
            this.dbPassword = dbPassword;
            this.user = user;
            this.password = password;
        }

        @Override
        public Services signIn() {
            unsigned = OrdoContext.open(DatabaseSettings.remote(url, dbUser, dbPassword), () -> "nobody",
                    Clock.systemDefaultZone());
            Session session = unsigned.authentication().login(user, password);
            return unsigned.as(session);
        }

        @Override
        public void close() {
            if (unsigned != null) {
                try {
                    unsigned.close();
                } catch (RuntimeException ignored) {
                    // closing a pool whose server went away: nothing to keep
                }
                unsigned = null;
            }
        }
    }

    /** The server went away or is not back yet: the pool cannot give or keep a connection. */
    static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // PostgreSQL: the backend was terminated (pg_terminate_backend, an administrator, a restart).
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("57P0")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("DatabaseUnavailableException")) {
                return true;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("connection is closed") || message.contains("connection refused")
                    || message.contains("insufficient data") || message.contains("connection reset")
                    || message.contains("terminating connection") || message.contains("has been closed")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void report(String what, Throwable e) {
        System.err.println(what + ": " + e);
        e.printStackTrace(System.err);
        System.err.flush();
    }
}
