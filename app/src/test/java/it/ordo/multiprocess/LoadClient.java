package it.ordo.multiprocess;

import it.ordo.OrdoContext;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.Session;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.ConnectException;
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
 * One workstation in its own JVM, for {@link MultiProcessConfirmationTest}:
 * signs in on the shared database and places orders as fast as it can for a
 * fixed time. Every order number is appended (and flushed) to the numbers file
 * only after {@code OrderService.place} returned, so the file lists exactly
 * the orders this client saw confirmed.
 *
 * <p>Arguments: {@code URL DB_USER USER SECONDS NUMBERS_FILE SKU,SKU,... CUSTOMER,CUSTOMER,...}; the database
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

        int confirmed = 0;
        int refused = 0;
        int outage = 0;
        int unexpected = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        OrdoContext unsigned = null;
        OrdoContext ctx = null;
        long openBy = System.nanoTime() + 90_000_000_000L;
        while (ctx == null) {
            try {
                unsigned = OrdoContext.open(DatabaseSettings.remote(url, dbUser, dbPassword), () -> "nobody",
                        Clock.systemDefaultZone());
                Session session = unsigned.authentication().login(user, password);
                ctx = unsigned.as(session);
            } catch (RuntimeException e) {
                if (unsigned != null) {
                    closeQuietly(unsigned);
                    unsigned = null;
                }
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
            while (System.nanoTime() < deadline) {
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
                } catch (ValidationException e) {
                    if (e.problems().stream().map(Message::key).allMatch("order.shortfall"::equals)) {
                        refused++;
                    } else {
                        unexpected++;
                        report("unexpected validation", e);
                    }
                } catch (RuntimeException e) {
                    if (isConnectionLoss(e)) {
                        outage++;
                        if (outage <= 3) {
                            report("connection lost (expected only while the server is down)", e);
                        }
                        Thread.sleep(500);
                    } else {
                        unexpected++;
                        if (unexpected <= 5) {
                            report("unexpected", e);
                        }
                    }
                }
            }
        } catch (RuntimeException | IOException e) {
            report("client failed", e);
            System.out.println("RESULT confirmed=" + confirmed + " refused=" + refused + " outage=" + outage
                    + " unexpected=" + (unexpected + 1));
            System.out.flush();
            System.exit(2);
        }
        closeQuietly(unsigned);
        System.out.println("RESULT confirmed=" + confirmed + " refused=" + refused + " outage=" + outage
                + " unexpected=" + unexpected);
        System.out.flush();
        System.exit(0);
    }

    private static void closeQuietly(OrdoContext ctx) {
        try {
            ctx.close();
        } catch (RuntimeException ignored) {
            // closing a pool whose server went away: nothing to keep
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
