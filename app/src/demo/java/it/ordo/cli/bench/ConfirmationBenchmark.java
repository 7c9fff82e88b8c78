package it.ordo.cli.bench;

import it.ordo.OrdoContext;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.setup.SetupService;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Order-confirmation throughput, three series measured side by side in one run on one database with durable
 * commits, for 10-line orders:
 * <ul>
 *   <li><b>minimal write</b>: lock and update 10 stock rows, insert the order and its 10 lines, one commit: the
 *       floor any confirmation pays on this database;</li>
 *   <li><b>same-writes baseline</b>: every row Ordo writes (numbering row, 10 stock rows, order, 10 lines,
 *       10 ledger rows, 2 status-history rows, 21 audit rows, the "order confirmed" mail row) and the product
 *       and customer lookups, as bare JDBC statements;</li>
 *   <li><b>Ordo</b>: {@code OrderService.place} (validation, pricing, credit check, locked allocation, the
 *       audit trail).</li>
 * </ul>
 * The series run interleaved, in rounds, so a machine shared with other work slows all three alike. With
 * {@code --breakdown} it then shows what each of Ordo's extra writes costs (the minimal write with each one
 * switched on alone) and what each index and constraint of the written tables costs (the same-writes baseline
 * with it dropped), on one client. Each series also shows the client thread's CPU time per order (on embedded
 * Derby the database's work included), steadier on a shared machine than the clock. Everything printed also goes
 * to {@code app/target/confirmation-benchmark-<target>.txt} ({@code --out} for another file).
 *
 * <pre>java -cp app/target/ordo.jar it.ordo.cli.bench.ConfirmationBenchmark [orders-per-run]
 *     [--target embedded|network|postgres] [--threads 1,2,4] [--rounds 4] [--breakdown] [--server] [--out file]</pre>
 */
public final class ConfirmationBenchmark {

    private static final int PRODUCTS = 200;
    private static final int CUSTOMERS = 20;
    private static final int LINES = 10;

    private ConfirmationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = 2000;
        String target = "embedded";
        int[] threadCounts = {1, 2};
        int rounds = 4;
        boolean breakdown = false;
        boolean server = false;
        String out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server" -> server = true;
                case "--target" -> target = args[++i];
                case "--threads" -> threadCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--breakdown" -> breakdown = true;
                case "--out" -> out = args[++i];
                default -> orders = Integer.parseInt(args[i]);
            }
        }
        teeTo(Path.of(out != null ? out : "app/target/confirmation-benchmark-" + target + ".txt"));
        Target db = Target.open(target);
        System.out.printf("Ordo confirmation benchmark: %d orders of %d lines per series and client count on %s%n",
                orders, LINES, db.describe());
        System.out.printf("Java %s, %d cores, durable commits, %d interleaved rounds%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), rounds);
        try (db; OrdoContext ctx = OrdoContext.open(db.settings(), () -> "bench", Clock.systemDefaultZone())) {
            seed(ctx);
            Fixture fx = Fixture.load(ctx.database().dataSource(), db.settings().isDerby());
            ThroughServer remote = server ? ThroughServer.start(ctx) : null;
            System.out.printf("%-30s %8s %10s %9s %9s %11s%n", "series", "clients", "orders/s", "p50 ms", "p95 ms",
                    "cpu ms/ord");
            for (int threads : threadCounts) {
                Map<String, Work> series = new LinkedHashMap<>();
                series.put("minimal write", i -> jdbcConfirm(fx, i, Writes.MINIMAL));
                series.put("same-writes JDBC baseline", i -> jdbcConfirm(fx, i, Writes.SAME));
                series.put("Ordo OrderService.place", i -> ordoConfirm(ctx, i));
                if (remote != null) {
                    series.put("Ordo through the server", i -> ordoConfirm(remote.services(), i));
                }
                Map<String, Result> results = interleaved(threads, orders, rounds, series);
                results.forEach((name, r) -> print(name, threads, r));
                Result min = results.get("minimal write");
                Result same = results.get("same-writes JDBC baseline");
                Result ordo = results.get("Ordo OrderService.place");
                System.out.printf("%-30s %8d %9.2fx%n", "ratio Ordo / same writes", threads, same.perSecond / ordo.perSecond);
                System.out.printf("%-30s %8d %9.2fx%n", "cpu ratio Ordo / same writes", threads, ordo.cpuMs / same.cpuMs);
                System.out.printf("%-30s %8d %9.2fx%n", "ratio Ordo / minimal", threads, min.perSecond / ordo.perSecond);
                System.out.printf("%-30s %8d %9.2fx%n%n", "ratio same writes / minimal", threads,
                        min.perSecond / same.perSecond);
                if (remote != null) {
                    System.out.printf("%-30s %8d %9.2fx%n%n", "ratio server / in process", threads,
                            ordo.perSecond / results.get("Ordo through the server").perSecond);
                }
            }
            if (breakdown) {
                writeBreakdown(fx, orders, rounds);
                indexBreakdown(fx, orders);
            }
            if (remote != null) {
                remote.signInToFirstPage(ctx, Math.max(11, rounds * 5));
                remote.close();
            }
            ledgerWhatWasSkipped(fx);
            var problems = ctx.integrity().check();
            System.out.println("integrity check: " + (problems.isEmpty() ? "clean" : "PROBLEMS " + problems));
            System.out.printf("%s UTC, load average %.2f at the end%n", Instant.now(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * Everything printed also goes to {@code file} (its folder made if need be), with the time and the load
     * average first, so a run's figures are kept beside the conditions they were taken in.
     */
    private static void teeTo(Path file) throws java.io.IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        java.io.OutputStream copy = Files.newOutputStream(file);
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                console.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                console.write(b, off, len);
                copy.write(b, off, len);
            }

            @Override
            public void flush() throws java.io.IOException {
                console.flush();
                copy.flush();
            }
        }, true));
        System.out.printf("%s UTC, load average %.2f (written to %s)%n", java.time.Instant.now(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), file);
    }

    /**
     * Where the benchmark runs: a new embedded database, a new database behind a Derby Network Server
     * started here (with authentication, on a free port), or a new PostgreSQL database created through
     * {@code ORDO_BENCH_PG} (default jdbc:postgresql://127.0.0.1:5432/postgres as ordo/ordo).
     */
    private record Target(String name, DatabaseSettings settings, AutoCloseable cleanup) implements AutoCloseable {

        static Target open(String name) throws Exception {
            Path dir = Files.createTempDirectory("ordo-bench");
            return switch (name) {
                case "embedded" -> new Target(name, DatabaseSettings.embedded(dir), () -> { });
                case "network" -> {
                    int port;
                    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                        port = socket.getLocalPort();
                    }
                    var server = it.ordo.infrastructure.server.DerbyNetworkServer.start(
                            new it.ordo.infrastructure.server.DerbyNetworkServer.Options(dir, "127.0.0.1", port, "ordo",
                                    "bench-password", null));
                    yield new Target(name, DatabaseSettings.remote(server.clientUrl(), "ordo", "bench-password"),
                            server::stop);
                }
                case "postgres" -> {
                    String admin = System.getenv().getOrDefault("ORDO_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/postgres");
                    String db = "ordo_bench_" + System.nanoTime();
                    try (Connection c = java.sql.DriverManager.getConnection(admin, "ordo", "ordo");
                         java.sql.Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + db);
                    }
                    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + db;
                    yield new Target(name, DatabaseSettings.remote(url, "ordo", "ordo"), () -> {
                        try (Connection c = java.sql.DriverManager.getConnection(admin, "ordo", "ordo");
                             java.sql.Statement s = c.createStatement()) {
                            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                        }
                    });
                }
                default -> throw new IllegalArgumentException("--target embedded|network|postgres, not " + name);
            };
        }

        String describe() {
            return name + " (" + settings.displayUrl() + ")";
        }

        @Override
        public void close() throws Exception {
            cleanup.close();
        }
    }

    /** {@code cpuMs}: the client thread's CPU time per order (on embedded Derby the database's work is in it too). */
    private record Result(double perSecond, double p50, double p95, double meanMs, double cpuMs) {
    }

    @FunctionalInterface
    private interface Work {
        void run(int index) throws Exception;
    }

    /** Latencies and elapsed time of one or more runs of a series. */
    private static final class Timing {
        private final List<Long> latencies = new ArrayList<>();
        private long elapsed;
        private long cpu;

        Result result() {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            return new Result(n / (elapsed / 1e9), sorted[n / 2] / 1e6, sorted[(int) (n * 0.95)] / 1e6,
                    Arrays.stream(sorted).average().orElse(0) / 1e6, cpu / 1e6 / n);
        }
    }

    /**
     * Each series warmed up with a quarter of the orders, then {@code total} orders of each, run in
     * {@code rounds} slices taken in turn: load from elsewhere on the machine falls on every series alike.
     */
    private static Map<String, Result> interleaved(int threads, int total, int rounds, Map<String, Work> series)
            throws Exception {
        for (Work work : series.values()) {
            run(threads, total / 4, work, new Timing());
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        series.keySet().forEach(name -> timings.put(name, new Timing()));
        for (int r = 0; r < rounds; r++) {
            int slice = total / rounds + (r < total % rounds ? 1 : 0);
            for (Map.Entry<String, Work> s : series.entrySet()) {
                run(threads, slice, s.getValue(), timings.get(s.getKey()));
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        timings.forEach((name, t) -> results.put(name, t.result()));
        return results;
    }

    private static void run(int threads, int total, Work work, Timing timing) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[total];
        AtomicLong cpu = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                // CPU time counts only work done, so it moves much less with the machine's load than the clock.
                var threadClock = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuStart = threadClock.getCurrentThreadCpuTime();
                for (int i = (int) next.getAndIncrement(); i < total; i = (int) next.getAndIncrement()) {
                    long s = System.nanoTime();
                    work.run((int) ORDER_INDEX.getAndIncrement());
                    latencies[i] = System.nanoTime() - s;
                }
                cpu.addAndGet(threadClock.getCurrentThreadCpuTime() - cpuStart);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        timing.elapsed += System.nanoTime() - start;
        timing.cpu += cpu.get();
        for (long l : latencies) {
            timing.latencies.add(l);
        }
    }

    private static void print(String name, int threads, Result r) {
        System.out.printf("%-30s %8d %10.0f %9.2f %9.2f %11.3f%n", name, threads, r.perSecond, r.p50, r.p95, r.cpuMs);
    }

    /** Every order of the run its own index: product picks and quantities vary, external references stay unique. */
    private static final AtomicLong ORDER_INDEX = new AtomicLong();
    private static final AtomicLong RUN = new AtomicLong();

    private static int[] lineProducts(int index) {
        Random random = new Random(index * 31L + 7);
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < LINES) {
            picked.add(1 + random.nextInt(PRODUCTS));
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@code --server}: the same confirmation sent by a workstation to an Ordo server on the loopback address
     * (HTTPS with a generated certificate, JSON, a signed-in order-desk user), run there on the same database.
     */
    private record ThroughServer(it.ordo.infrastructure.remote.OrdoServer server,
                                 it.ordo.infrastructure.remote.RemoteServices client, String fingerprint)
            implements AutoCloseable {

        private static final String PASSWORD = "Bench-Password-1";

        static ThroughServer start(OrdoContext ctx) throws Exception {
            String password = PASSWORD;
            ctx.users().add("desk", java.util.Set.of(it.ordo.domain.security.Role.ORDER_DESK), "Temporary-123");
            ctx.authentication().changePassword("desk", "Temporary-123", password);
            var tls = it.ordo.infrastructure.remote.Tls.serverIdentity(Files.createTempDirectory("ordo-bench-tls"),
                    null, null);
            var server = it.ordo.infrastructure.remote.OrdoServer.start(new it.ordo.infrastructure.remote.OrdoServer
                            .Options(new java.net.InetSocketAddress("127.0.0.1", 0), tls.context(),
                            java.time.Duration.ofMinutes(30), 32), ctx.clock(),
                    ctx.authentication(), ctx::as);
            var client = it.ordo.infrastructure.remote.RemoteServices.connect(
                    java.net.URI.create("https://127.0.0.1:" + server.port()), tls.fingerprint());
            client.signIn("desk", password);
            return new ThroughServer(server, client, tls.fingerprint());
        }

        it.ordo.application.Services services() {
            return client.services();
        }

        /**
         * Signing in and the first page of orders, as the desktop does after its sign-in screen: in process (the
         * password checked, the page read) against a new workstation of the server (sign-in and the page over
         * HTTPS; the client is made and its connection opened beforehand, as the desktop does when it shows the
         * sign-in screen), alternated, medians of {@code times}.
         */
        void signInToFirstPage(OrdoContext ctx, int times) {
            List<Double> local = new ArrayList<>();
            List<Double> remote = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                long t = System.nanoTime();
                var session = ctx.authentication().login("desk", PASSWORD);
                ctx.as(session).orders().search(it.ordo.application.order.OrderQuery.newest(100));
                local.add((System.nanoTime() - t) / 1e6);
                // The desktop makes its client and connects when it shows the sign-in screen, while the user
                // types: the clock starts at "Sign in".
                try (var workstation = it.ordo.infrastructure.remote.RemoteServices.connect(
                        java.net.URI.create("https://127.0.0.1:" + server.port()), fingerprint)) {
                    workstation.connectNow();
                    t = System.nanoTime();
                    workstation.signIn("desk", PASSWORD);
                    workstation.services().orders().search(it.ordo.application.order.OrderQuery.newest(100));
                    remote.add((System.nanoTime() - t) / 1e6);
                }
            }
            double l = median(local);
            double r = median(remote);
            System.out.printf("%-30s %10.1f ms%n%-30s %10.1f ms%n%-30s %9.2fx%n%n", "sign-in + first page, in process",
                    l, "sign-in + first page, server", r, "ratio server / in process", r / l);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public void close() {
            client.close();
            server.close();
        }
    }

    private static void ordoConfirm(it.ordo.application.Services ctx, int index) {
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int p : lineProducts(index)) {
            lines.add(new OrderRequest.LineRequest("B%04d".formatted(p), null, BigDecimal.valueOf(1 + index % 5)));
        }
        ctx.orders().place(new OrderRequest("B-" + RUN.incrementAndGet(), it.ordo.domain.order.Channel.WEB, "BC%02d".formatted(index % CUSTOMERS),
                "BEN", null, null, null, lines));
    }

    /** Ids the minimal write takes as known: the warehouse, each product's id and stock row, each customer. */
    private record Fixture(DataSource ds, boolean derby, long warehouseId, long[] productIds, long[] stockIds,
                           long[] customerIds) {

        static Fixture load(DataSource ds, boolean derby) throws SQLException {
            long[] productIds = new long[PRODUCTS + 1];
            long[] stockIds = new long[PRODUCTS + 1];
            long[] customerIds = new long[CUSTOMERS];
            long warehouseId;
            try (Connection c = ds.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM warehouse WHERE code = 'BEN'");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    warehouseId = rs.getLong(1);
                }
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT p.sku, p.id, s.id FROM product p JOIN stock s ON s.product_id = p.id WHERE s.warehouse_id = ?")) {
                    s.setLong(1, warehouseId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            int n = Integer.parseInt(rs.getString(1).substring(1));
                            productIds[n] = rs.getLong(2);
                            stockIds[n] = rs.getLong(3);
                        }
                    }
                }
                for (int i = 0; i < CUSTOMERS; i++) {
                    customerIds[i] = customerId(c, "BC%02d".formatted(i));
                }
                c.rollback();
            }
            return new Fixture(ds, derby, warehouseId, productIds, stockIds, customerIds);
        }
    }

    /**
     * Which of Ordo's rows and reads the plain-JDBC confirmation does on top of the minimal write (stock rows
     * locked and updated, order and lines inserted, one commit).
     */
    private record Writes(boolean lookups, boolean numbering, boolean ledger, boolean history, boolean audit,
                          boolean outbox) {
        static final Writes MINIMAL = new Writes(false, false, false, false, false, false);
        /** What Ordo writes and looks up: the same-writes baseline. */
        static final Writes SAME = new Writes(true, true, true, true, true, true);
    }

    /**
     * Ids of the rows the plain-JDBC series write, drawn as Ordo draws its own: from {@code ordo_id_seq}, one
     * sequence call per block of 50 (Hibernate's pooled optimizer, {@code AuditIds}). With a private counter
     * far above the sequence, every baseline row went to the right edge of each id index while Ordo's rows,
     * interleaved in the same tables, went into the middle of it: Derby then split those index pages in half
     * again and again, a cost of the benchmark's layout that a real database, where only Ordo writes, never pays.
     */
    private static final class SequenceIds {
        private static final int BLOCK = 50;
        private long next;
        private long last = -1;

        synchronized long next(Connection c) throws SQLException {
            if (next > last) {
                boolean derby = c.getMetaData().getURL().startsWith("jdbc:derby");
                try (PreparedStatement s = c.prepareStatement(derby ? "VALUES NEXT VALUE FOR ordo_id_seq"
                        : "SELECT nextval('ordo_id_seq')"); ResultSet rs = s.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                    next = last - BLOCK + 1;
                }
            }
            return next++;
        }
    }

    private static final SequenceIds JDBC_IDS = new SequenceIds();

    /** The rows Ordo writes for a 10-line order (those {@code w} asks for), with the same locks, as bare statements. */
    private static void jdbcConfirm(Fixture fx, int index, Writes w) throws SQLException {
        int[] products = lineProducts(index);
        BigDecimal qty = BigDecimal.valueOf(1 + index % 5);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = fx.ds().getConnection()) {
            try {
                long orderId = JDBC_IDS.next(c);
                long customerId = w.lookups() ? customerId(c, "BC%02d".formatted(index % CUSTOMERS))
                        : fx.customerIds()[index % CUSTOMERS];
                long[] productIds = new long[LINES];
                BigDecimal[] before = new BigDecimal[LINES];
                try (PreparedStatement product = c.prepareStatement("SELECT id FROM product WHERE sku = ?");
                     // Ordo finds the stock row by product and warehouse; the minimal write knows its id.
                     PreparedStatement lock = c.prepareStatement("SELECT allocated FROM stock WHERE "
                             + (w.lookups() ? "product_id = ? AND warehouse_id = ?" : "id = ?")
                             + (fx.derby() ? " FOR UPDATE WITH RS" : " FOR UPDATE"));
                     PreparedStatement alloc = c.prepareStatement(
                             "UPDATE stock SET allocated = allocated + ?, version = version + 1 WHERE id = ?")) {
                    for (int i = 0; i < LINES; i++) {
                        int p = products[i];
                        if (w.lookups()) {
                            product.setString(1, "B%04d".formatted(p));
                            try (ResultSet rs = product.executeQuery()) {
                                rs.next();
                                productIds[i] = rs.getLong(1);
                            }
                        } else {
                            productIds[i] = fx.productIds()[p];
                        }
                        if (w.lookups()) {
                            lock.setLong(1, productIds[i]);
                            lock.setLong(2, fx.warehouseId());
                        } else {
                            lock.setLong(1, fx.stockIds()[p]);
                        }
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            before[i] = rs.getBigDecimal(1);
                        }
                        alloc.setBigDecimal(1, qty);
                        alloc.setLong(2, fx.stockIds()[p]);
                        alloc.executeUpdate();
                    }
                }
                // The number last, as Ordo draws it: the one lock every confirmation shares is held shortest.
                String number = w.numbering() ? "JDB-2026-%06d".formatted(nextNumber(c)) : "M-" + orderId;
                BigDecimal net = qty.multiply(new BigDecimal("10.00")).setScale(2);
                BigDecimal vat = net.multiply(new BigDecimal("0.22")).setScale(2, java.math.RoundingMode.HALF_UP);
                try (PreparedStatement o = c.prepareStatement("INSERT INTO sales_order (id, order_number, channel, "
                        + "external_ref, customer_id, warehouse_id, status, priority, ship_name, ship_street, "
                        + "ship_postal_code, ship_city, ship_country, payment_terms, net_total, vat_total, gross_total, "
                        + "amount_due, created_at, created_by, confirmed_at, version) VALUES (?, ?, 'WEB', ?, ?, ?, "
                        + "'CONFIRMED', 'NORMAL', 'x', 'x', '00000', 'x', 'IT', 'x', ?, ?, ?, ?, ?, 'bench', ?, 0)")) {
                    o.setLong(1, orderId);
                    o.setString(2, number);
                    o.setString(3, "J-" + orderId);
                    o.setLong(4, customerId);
                    o.setLong(5, fx.warehouseId());
                    o.setBigDecimal(6, net.multiply(BigDecimal.TEN));
                    o.setBigDecimal(7, vat.multiply(BigDecimal.TEN));
                    o.setBigDecimal(8, net.add(vat).multiply(BigDecimal.TEN));
                    // What the customer pays (V10): the gross, as Ordo writes it for a domestic customer.
                    o.setBigDecimal(9, net.add(vat).multiply(BigDecimal.TEN));
                    o.setTimestamp(10, now);
                    o.setTimestamp(11, now);
                    o.executeUpdate();
                }
                try (PreparedStatement l = c.prepareStatement("INSERT INTO sales_order_line (id, order_id, line_no, "
                        + "product_id, quantity, unit_price, discount_pct, vat_rate, net_amount, vat_amount, gross_amount, "
                        + "allocated_qty, backordered_qty, promised_date) VALUES (?, ?, ?, ?, ?, 10, 0, 22, ?, ?, ?, ?, 0, ?)")) {
                    for (int i = 0; i < LINES; i++) {
                        l.setLong(1, JDBC_IDS.next(c));
                        l.setLong(2, orderId);
                        l.setInt(3, i + 1);
                        l.setLong(4, productIds[i]);
                        l.setBigDecimal(5, qty);
                        l.setBigDecimal(6, net);
                        l.setBigDecimal(7, vat);
                        l.setBigDecimal(8, net.add(vat));
                        l.setBigDecimal(9, qty);
                        l.setDate(10, new java.sql.Date(now.getTime()));
                        l.addBatch();
                    }
                    l.executeBatch();
                }
                if (w.ledger()) {
                    try (PreparedStatement m = c.prepareStatement("INSERT INTO stock_movement (id, product_id, "
                            + "warehouse_id, kind, on_hand_delta, allocated_delta, reference, username, created_at) "
                            + "VALUES (?, ?, ?, 'ALLOCATE', 0, ?, ?, 'bench', ?)")) {
                        for (long productId : productIds) {
                            m.setLong(1, JDBC_IDS.next(c));
                            m.setLong(2, productId);
                            m.setLong(3, fx.warehouseId());
                            m.setBigDecimal(4, qty);
                            m.setString(5, number);
                            m.setTimestamp(6, now);
                            m.addBatch();
                        }
                        m.executeBatch();
                    }
                }
                if (w.history()) {
                    // Two rows, as Ordo writes them: the order taken (DRAFT), then confirmed.
                    try (PreparedStatement h = c.prepareStatement("INSERT INTO order_status_history (id, order_id, "
                            + "from_status, to_status, username, changed_at) VALUES (?, ?, ?, ?, 'bench', ?)")) {
                        h.setLong(1, JDBC_IDS.next(c));
                        h.setLong(2, orderId);
                        h.setNull(3, java.sql.Types.VARCHAR);
                        h.setString(4, "DRAFT");
                        h.setTimestamp(5, now);
                        h.addBatch();
                        h.setLong(1, JDBC_IDS.next(c));
                        h.setString(3, "DRAFT");
                        h.setString(4, "CONFIRMED");
                        h.addBatch();
                        h.executeBatch();
                    }
                }
                if (w.audit()) {
                    audit(c, orderId, number, customerId, fx, products, productIds, before, qty, net, vat, now);
                }
                if (w.outbox()) {
                    // The "order confirmed" e-mail Ordo queues in the confirming transaction (OrderMailListener).
                    try (PreparedStatement m = c.prepareStatement("INSERT INTO mail_outbox (id, kind, status, "
                            + "customer_id, order_id, attempts, created_at, next_attempt_at) "
                            + "VALUES (?, 'ORDER_CONFIRMED', 'PENDING', ?, ?, 0, ?, ?)")) {
                        m.setLong(1, JDBC_IDS.next(c));
                        m.setLong(2, customerId);
                        m.setLong(3, orderId);
                        m.setTimestamp(4, now);
                        m.setTimestamp(5, now);
                        m.executeUpdate();
                    }
                }
                c.commit();
                if (!w.ledger()) {
                    for (int p : products) {
                        UNLEDGERED.addAndGet(p, qty.longValueExact());
                    }
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Per product, what the runs without ledger rows allocated: {@link #ledgerWhatWasSkipped} writes it at the end. */
    private static final java.util.concurrent.atomic.AtomicLongArray UNLEDGERED =
            new java.util.concurrent.atomic.AtomicLongArray(PRODUCTS + 1);

    /**
     * One ledger row per product for what the writes without ledger allocated, so that {@code ordo check}
     * at the end verifies everything else (Ordo's own writes above all) against a ledger that adds up.
     */
    private static void ledgerWhatWasSkipped(Fixture fx) throws SQLException {
        try (Connection c = fx.ds().getConnection(); PreparedStatement m = c.prepareStatement("INSERT INTO "
                + "stock_movement (id, product_id, warehouse_id, kind, on_hand_delta, allocated_delta, reference, "
                + "username, created_at) VALUES (?, ?, ?, 'ALLOCATE', 0, ?, 'bench, no ledger', 'bench', ?)")) {
            for (int p = 1; p <= PRODUCTS; p++) {
                long qty = UNLEDGERED.getAndSet(p, 0);
                if (qty != 0) {
                    m.setLong(1, JDBC_IDS.next(c));
                    m.setLong(2, fx.productIds()[p]);
                    m.setLong(3, fx.warehouseId());
                    m.setBigDecimal(4, BigDecimal.valueOf(qty));
                    m.setTimestamp(5, Timestamp.from(Instant.now()));
                    m.addBatch();
                }
            }
            m.executeBatch();
            c.commit();
        }
    }

    private static long nextNumber(Connection c) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE numbering SET last_value = last_value + 1 WHERE series = 'JDB' AND num_year = 2026")) {
            if (up.executeUpdate() == 0) {
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO numbering (series, num_year, last_value) VALUES ('JDB', 2026, 1)")) {
                    ins.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement sel = c.prepareStatement(
                "SELECT last_value FROM numbering WHERE series = 'JDB' AND num_year = 2026");
             ResultSet rs = sel.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The 21 audit rows Ordo writes for a confirmation, in one batch: the order and each line inserted (every
     * field set, as JSON), each stock row's allocated quantity from old to new.
     */
    private static void audit(Connection c, long orderId, String number, long customerId, Fixture fx, int[] products,
                              long[] productIds, BigDecimal[] before, BigDecimal qty, BigDecimal net, BigDecimal vat,
                              Timestamp now) throws SQLException {
        try (PreparedStatement a = c.prepareStatement("INSERT INTO audit_log (id, entity, entity_id, entity_key, "
                + "action, username, workstation, changed_at, changes) VALUES (?, ?, ?, ?, ?, 'bench', 'bench-host', ?, ?)")) {
            String total = net.add(vat).multiply(BigDecimal.TEN).toPlainString();
            addAudit(a, "SalesOrder", orderId, number, "INSERT", now, ("{\"orderNumber\":[null,\"%s\"],\"channel\":[null,"
                    + "\"WEB\"],\"externalRef\":[null,\"J-%d\"],\"customerId\":[null,%d],\"warehouseId\":[null,%d],"
                    + "\"status\":[null,\"CONFIRMED\"],\"priority\":[null,\"NORMAL\"],\"shipTo.name\":[null,\"Cliente\"],"
                    + "\"shipTo.street\":[null,\"Via Roma 1\"],\"shipTo.postalCode\":[null,\"20121\"],\"shipTo.city\":"
                    + "[null,\"Milano\"],\"shipTo.country\":[null,\"IT\"],\"paymentTerms\":[null,\"Bonifico 30 gg\"],"
                    + "\"netTotal\":[null,%s],\"vatTotal\":[null,%s],\"grossTotal\":[null,%s],\"createdAt\":[null,\"%s\"],"
                    + "\"createdBy\":[null,\"bench\"],\"confirmedAt\":[null,\"%s\"]}").formatted(number, orderId,
                    customerId, fx.warehouseId(), net.multiply(BigDecimal.TEN).toPlainString(),
                    vat.multiply(BigDecimal.TEN).toPlainString(), total, now.toInstant(), now.toInstant()));
            for (int i = 0; i < LINES; i++) {
                addAudit(a, "OrderLine", orderId + 1 + i, number, "INSERT", now, ("{\"lineNo\":[null,%d],\"productId\":"
                        + "[null,%d],\"quantity\":[null,%s],\"unitPrice\":[null,10],\"discountPct\":[null,0],\"vatRate\":"
                        + "[null,22],\"netAmount\":[null,%s],\"vatAmount\":[null,%s],\"grossAmount\":[null,%s],"
                        + "\"allocatedQty\":[null,%s],\"backorderedQty\":[null,0],\"promisedDate\":[null,\"%s\"],"
                        + "\"priceNote\":[null,\"price.list|BASE\"]}").formatted(i + 1, productIds[i], qty, net, vat,
                        net.add(vat), qty, now.toLocalDateTime().toLocalDate()));
            }
            for (int i = 0; i < LINES; i++) {
                addAudit(a, "Stock", fx.stockIds()[products[i]], "B%04d@BEN".formatted(products[i]), "UPDATE", now,
                        "{\"allocated\":[%s,%s]}".formatted(before[i].stripTrailingZeros().toPlainString(),
                                before[i].add(qty).stripTrailingZeros().toPlainString()));
            }
            a.executeBatch();
        }
    }

    private static void addAudit(PreparedStatement a, String entity, long id, String key, String action, Timestamp at,
                                 String changes) throws SQLException {
        a.setLong(1, JDBC_IDS.next(a.getConnection()));
        a.setString(2, entity);
        a.setLong(3, id);
        a.setString(4, key);
        a.setString(5, action);
        a.setTimestamp(6, at);
        a.setString(7, changes);
        a.addBatch();
    }

    private static long customerId(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM customer WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * What each of Ordo's extra rows and reads costs on one client: the minimal write, then the minimal write
     * with each one switched on alone, then all of them (the same-writes baseline), interleaved in rounds.
     */
    private static void writeBreakdown(Fixture fx, int orders, int rounds) throws Exception {
        Map<String, Work> steps = new LinkedHashMap<>();
        steps.put("minimal write", i -> jdbcConfirm(fx, i, Writes.MINIMAL));
        steps.put("+ product/customer lookups", i -> jdbcConfirm(fx, i, new Writes(true, false, false, false, false, false)));
        steps.put("+ numbering row", i -> jdbcConfirm(fx, i, new Writes(false, true, false, false, false, false)));
        steps.put("+ 10 ledger rows", i -> jdbcConfirm(fx, i, new Writes(false, false, true, false, false, false)));
        steps.put("+ 2 history rows", i -> jdbcConfirm(fx, i, new Writes(false, false, false, true, false, false)));
        steps.put("+ 21 audit rows", i -> jdbcConfirm(fx, i, new Writes(false, false, false, false, true, false)));
        steps.put("+ order-confirmed mail row", i -> jdbcConfirm(fx, i, new Writes(false, false, false, false, false, true)));
        steps.put("all (same-writes baseline)", i -> jdbcConfirm(fx, i, Writes.SAME));
        Map<String, Result> results = interleaved(1, orders, rounds, steps);
        // Medians: on a shared machine a few stalled commits move the mean more than a step's own cost.
        double floor = results.get("minimal write").p50();
        System.out.printf("%nWhat each extra write costs (1 client; cost = p50 - the minimal write's p50)%n");
        System.out.printf("%-30s %10s %9s %9s %10s%n", "step", "orders/s", "p50 ms", "mean ms", "cost ms");
        results.forEach((name, r) -> System.out.printf("%-30s %10.0f %9.2f %9.3f %+10.3f%n", name, r.perSecond, r.p50,
                r.meanMs(), r.p50() - floor));
    }

    /** An index or constraint of a table a confirmation writes, with the statements that drop and re-create it. */
    private record Index(String table, String name, String definition) {
        boolean constraint() {
            return definition.startsWith("UNIQUE") || definition.startsWith("FOREIGN");
        }

        String drop() {
            return constraint() ? "ALTER TABLE " + table + " DROP CONSTRAINT " + name : "DROP INDEX " + name;
        }

        String create() {
            return constraint() ? "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition
                    : "CREATE INDEX " + name + " ON " + table + " " + definition;
        }
    }

    /** The secondary indexes and the unique and foreign-key constraints (each an index on Derby) of the written tables. */
    private static final List<Index> INDEXES = List.of(
            new Index("sales_order", "ix_order_customer_due", "(customer_id, status, held_from, amount_due)"),
            new Index("sales_order", "ix_order_status", "(status)"),
            new Index("sales_order", "ix_order_created", "(created_at, id)"),
            new Index("sales_order", "ix_order_requested", "(requested_date, id)"),
            new Index("sales_order", "ix_order_gross", "(gross_total, id)"),
            new Index("sales_order", "ix_order_channel", "(channel)"),
            new Index("sales_order", "uq_order_number", "UNIQUE (order_number)"),
            new Index("sales_order", "uq_order_external", "UNIQUE (channel, external_ref)"),
            new Index("sales_order", "fk_order_customer", "FOREIGN KEY (customer_id) REFERENCES customer (id)"),
            new Index("sales_order", "fk_order_warehouse", "FOREIGN KEY (warehouse_id) REFERENCES warehouse (id)"),
            new Index("sales_order_line", "ix_line_product", "(product_id)"),
            new Index("sales_order_line", "uq_line_no", "UNIQUE (order_id, line_no)"),
            new Index("sales_order_line", "fk_line_order", "FOREIGN KEY (order_id) REFERENCES sales_order (id)"),
            new Index("sales_order_line", "fk_line_product", "FOREIGN KEY (product_id) REFERENCES product (id)"),
            new Index("stock_movement", "ix_move_stock", "(product_id, warehouse_id)"),
            new Index("stock_movement", "fk_move_product", "FOREIGN KEY (product_id) REFERENCES product (id)"),
            new Index("stock_movement", "fk_move_warehouse", "FOREIGN KEY (warehouse_id) REFERENCES warehouse (id)"),
            new Index("order_status_history", "ix_history_order", "(order_id)"),
            new Index("order_status_history", "fk_history_order", "FOREIGN KEY (order_id) REFERENCES sales_order (id)"),
            new Index("audit_log", "ix_audit_entity", "(entity, entity_id)"),
            new Index("audit_log", "ix_audit_key", "(entity_key)"));

    /**
     * What each index and constraint costs the same-writes baseline on one client: measured with it, then with
     * it dropped, then it is re-created (the data stays valid throughout), one at a time; then with all of them
     * dropped at once.
     */
    private static void indexBreakdown(Fixture fx, int orders) throws Exception {
        int n = Math.max(40, orders / 4);
        Work same = i -> jdbcConfirm(fx, i, Writes.SAME);
        System.out.printf("%nWhat each index costs (same-writes baseline, 1 client, p50 of %d orders with it, half"
                + " before and half after %d without it; cost = p50 with - p50 without)%n", 2 * n, n);
        System.out.printf("%-40s %9s %9s %10s%n", "index or constraint", "with ms", "without", "cost ms");
        for (Index index : INDEXES) {
            measureWithout(fx, same, n, index.table() + "." + index.name(), List.of(index));
        }
        measureWithout(fx, same, n, "all of the above", INDEXES);
        System.out.println();
    }

    /** The baseline with the indexes, without them (dropped, then re-created), and with them again. */
    private static void measureWithout(Fixture fx, Work same, int n, String label, List<Index> indexes)
            throws Exception {
        Timing with = new Timing();
        run(1, n, same, with);
        List<Index> dropped = new ArrayList<>();
        for (Index index : indexes) {
            if (ddl(fx, index.drop())) {
                dropped.add(index);
            }
        }
        if (dropped.isEmpty()) {
            System.out.printf("%-40s not dropped (shares its index with a constraint, or is absent)%n", label);
            return;
        }
        Timing without = new Timing();
        try {
            run(1, n, same, without);
        } finally {
            for (Index index : dropped.reversed()) {
                ddl(fx, index.create());
            }
        }
        run(1, n, same, with);
        double w = with.result().p50();
        double wo = without.result().p50();
        System.out.printf("%-40s %9.2f %9.2f %+10.2f%n", label, w, wo, w - wo);
    }

    /** Runs one schema statement; false (and nothing changed) when the database refuses it. */
    private static boolean ddl(Fixture fx, String sql) throws SQLException {
        try (Connection c = fx.ds().getConnection(); java.sql.Statement s = c.createStatement()) {
            try {
                s.execute(sql);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                return false;
            }
        }
    }

    private static void seed(OrdoContext ctx) {
        ctx.setup().initialize(new SetupService.CompanyData("Benchmark S.r.l.", "00743110157", "Via Roma 1", "20121",
                "Milano", "MI", null, null, null));
        ctx.setup().addWarehouse("BEN", "Benchmark", "Milano");
        List<ImportRow> products = new ArrayList<>();
        for (int p = 1; p <= PRODUCTS; p++) {
            products.add(new ImportRow(p, Map.of("sku", "B%04d".formatted(p), "description", "Articolo " + p,
                    "category", "Bench", "unit", "PCS", "vatRate", "22", "unitCost", "5", "listPrice", "10.00")));
        }
        ctx.products().importRows(products);
        List<ImportRow> customers = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", "BC%02d".formatted(c));
            row.put("name", "Cliente " + c);
            row.put("vatNumber", it.ordo.domain.customer.PartitaIva.withCheckDigit("%010d".formatted(1_000_000 + c)));
            row.put("creditLimit", "999999999");
            row.put("paymentTerms", "Bonifico 30 gg");
            row.put("address", "Via Roma 1");
            row.put("postalCode", "20121");
            row.put("city", "Milano");
            customers.add(new ImportRow(c + 1, row));
        }
        ctx.customers().importRows(customers);
        for (int p = 1; p <= PRODUCTS; p++) {
            ctx.inventory().receive("B%04d".formatted(p), "BEN", new BigDecimal("1000000"), null);
        }
    }
}
