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
 * Order-confirmation throughput: Ordo's full confirmation (validation,
 * pricing, credit check, locked allocation, ledger, history) against the same
 * writes done with plain JDBC statements, in the same run on the same embedded
 * Derby database with durable commits. Orders have 10 lines.
 *
 * <pre>java -cp app/target/ordo.jar it.ordo.cli.bench.ConfirmationBenchmark [orders-per-run]
 *     [--target embedded|network|postgres] [--threads 1,2,4,8]</pre>
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> target = args[++i];
                case "--threads" -> threadCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> orders = Integer.parseInt(args[i]);
            }
        }
        Target db = Target.open(target);
        System.out.printf("Ordo confirmation benchmark: %d orders of %d lines per run on %s%n", orders, LINES, db.describe());
        System.out.printf("Java %s, %d cores, durable commits%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (db; OrdoContext ctx = OrdoContext.open(db.settings(), () -> "bench", Clock.systemDefaultZone())) {
            seed(ctx);
            DataSource ds = ctx.database().dataSource();
            boolean derby = db.settings().isDerby();
            long warehouseId;
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM warehouse WHERE code = 'BEN'"); ResultSet rs = s.executeQuery()) {
                rs.next();
                warehouseId = rs.getLong(1);
            }
            System.out.printf("%-28s %8s %10s %9s %9s%n", "run", "threads", "orders/s", "p50 ms", "p95 ms");
            for (int threads : threadCounts) {
                int t = threads;
                // Warm-up of both paths (JIT, statement caches), not reported.
                run(threads, orders / 4, i -> jdbcConfirm(ds, warehouseId, i, t, derby));
                run(threads, orders / 4, i -> ordoConfirm(ctx, i, t));
                Result jdbc = run(threads, orders, i -> jdbcConfirm(ds, warehouseId, i, t, derby));
                Result ordo = run(threads, orders, i -> ordoConfirm(ctx, i, t));
                print("plain JDBC baseline", threads, jdbc);
                print("Ordo OrderService.place", threads, ordo);
                System.out.printf("%-28s %8d %10.2fx%n%n", "ratio (JDBC / Ordo)", threads, jdbc.perSecond / ordo.perSecond);
            }
            System.out.println("integrity check: " + (ctx.integrity().check().isEmpty() ? "clean" : "PROBLEMS"));
        }
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

    private record Result(double perSecond, double p50, double p95) {
    }

    @FunctionalInterface
    private interface Work {
        void run(int index) throws Exception;
    }

    private static Result run(int threads, int total, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[total];
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = (int) next.getAndIncrement(); i < total; i = (int) next.getAndIncrement()) {
                    long s = System.nanoTime();
                    work.run(i);
                    latencies[i] = System.nanoTime() - s;
                }
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
        long elapsed = System.nanoTime() - start;
        Arrays.sort(latencies);
        return new Result(total / (elapsed / 1e9), latencies[total / 2] / 1e6, latencies[(int) (total * 0.95)] / 1e6);
    }

    private static void print(String name, int threads, Result r) {
        System.out.printf("%-28s %8d %10.0f %9.2f %9.2f%n", name, threads, r.perSecond, r.p50, r.p95);
    }

    private static final AtomicLong RUN = new AtomicLong();

    private static int[] lineProducts(int index) {
        Random random = new Random(index * 31L + 7);
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < LINES) {
            picked.add(1 + random.nextInt(PRODUCTS));
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void ordoConfirm(OrdoContext ctx, int index, int threads) {
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int p : lineProducts(index)) {
            lines.add(new OrderRequest.LineRequest("B%04d".formatted(p), null, BigDecimal.valueOf(1 + index % 5)));
        }
        ctx.orders().place(new OrderRequest("B-" + RUN.incrementAndGet(), "WEB", "BC%02d".formatted(index % CUSTOMERS),
                "BEN", null, null, null, lines));
    }

    private static final AtomicLong JDBC_IDS = new AtomicLong(1_000_000_000_000L);

    /** The same rows Ordo writes for a 10-line order, with the same locks, as bare statements. */
    private static void jdbcConfirm(DataSource ds, long warehouseId, int index, int threads, boolean derby)
            throws SQLException {
        int[] products = lineProducts(index);
        BigDecimal qty = BigDecimal.valueOf(1 + index % 5);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = ds.getConnection()) {
            try {
                long number;
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE numbering SET last_value = last_value + 1 WHERE series = 'JDB' AND num_year = 2026")) {
                    if (up.executeUpdate() == 0) {
                        try (PreparedStatement ins = c.prepareStatement(
                                "INSERT INTO numbering (series, num_year, last_value) VALUES ('JDB', 2026, 1)")) {
                            ins.executeUpdate();
                        }
                    }
                }
                try (PreparedStatement sel = c.prepareStatement(
                        "SELECT last_value FROM numbering WHERE series = 'JDB' AND num_year = 2026");
                     ResultSet rs = sel.executeQuery()) {
                    rs.next();
                    number = rs.getLong(1);
                }
                long orderId = JDBC_IDS.incrementAndGet();
                long customerId = customerId(c, "BC%02d".formatted(index % CUSTOMERS));
                Map<Integer, Long> productIds = new LinkedHashMap<>();
                try (PreparedStatement product = c.prepareStatement("SELECT id FROM product WHERE sku = ?");
                     PreparedStatement lock = c.prepareStatement("SELECT id, on_hand, allocated FROM stock "
                             + "WHERE product_id = ? AND warehouse_id = ? " + (derby ? "FOR UPDATE WITH RS" : "FOR UPDATE"));
                     PreparedStatement alloc = c.prepareStatement(
                             "UPDATE stock SET allocated = allocated + ?, version = version + 1 WHERE id = ?")) {
                    for (int p : products) {
                        product.setString(1, "B%04d".formatted(p));
                        long productId;
                        try (ResultSet rs = product.executeQuery()) {
                            rs.next();
                            productId = rs.getLong(1);
                        }
                        productIds.put(p, productId);
                        lock.setLong(1, productId);
                        lock.setLong(2, warehouseId);
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            alloc.setBigDecimal(1, qty);
                            alloc.setLong(2, rs.getLong(1));
                        }
                        alloc.executeUpdate();
                    }
                }
                BigDecimal net = qty.multiply(new BigDecimal("10.00")).setScale(2);
                BigDecimal vat = net.multiply(new BigDecimal("0.22")).setScale(2, java.math.RoundingMode.HALF_UP);
                try (PreparedStatement o = c.prepareStatement("INSERT INTO sales_order (id, order_number, channel, "
                        + "external_ref, customer_id, warehouse_id, status, priority, ship_name, ship_street, "
                        + "ship_postal_code, ship_city, ship_country, payment_terms, net_total, vat_total, gross_total, "
                        + "created_at, created_by, confirmed_at, version) VALUES (?, ?, 'WEB', ?, ?, ?, 'CONFIRMED', "
                        + "'NORMAL', 'x', 'x', '00000', 'x', 'IT', 'x', ?, ?, ?, ?, 'bench', ?, 0)")) {
                    o.setLong(1, orderId);
                    o.setString(2, "JDB-2026-%06d".formatted(number));
                    o.setString(3, "J-" + orderId);
                    o.setLong(4, customerId);
                    o.setLong(5, warehouseId);
                    o.setBigDecimal(6, net.multiply(BigDecimal.TEN));
                    o.setBigDecimal(7, vat.multiply(BigDecimal.TEN));
                    o.setBigDecimal(8, net.add(vat).multiply(BigDecimal.TEN));
                    o.setTimestamp(9, now);
                    o.setTimestamp(10, now);
                    o.executeUpdate();
                }
                try (PreparedStatement l = c.prepareStatement("INSERT INTO sales_order_line (id, order_id, line_no, "
                        + "product_id, quantity, unit_price, discount_pct, vat_rate, net_amount, vat_amount, gross_amount, "
                        + "allocated_qty, backordered_qty, promised_date) VALUES (?, ?, ?, ?, ?, 10, 0, 22, ?, ?, ?, ?, 0, ?)");
                     PreparedStatement m = c.prepareStatement("INSERT INTO stock_movement (id, product_id, warehouse_id, "
                             + "kind, on_hand_delta, allocated_delta, reference, username, created_at) "
                             + "VALUES (?, ?, ?, 'ALLOCATE', 0, ?, ?, 'bench', ?)")) {
                    int n = 0;
                    for (long productId : productIds.values()) {
                        l.setLong(1, JDBC_IDS.incrementAndGet());
                        l.setLong(2, orderId);
                        l.setInt(3, ++n);
                        l.setLong(4, productId);
                        l.setBigDecimal(5, qty);
                        l.setBigDecimal(6, net);
                        l.setBigDecimal(7, vat);
                        l.setBigDecimal(8, net.add(vat));
                        l.setBigDecimal(9, qty);
                        l.setDate(10, new java.sql.Date(now.getTime()));
                        l.addBatch();
                        m.setLong(1, JDBC_IDS.incrementAndGet());
                        m.setLong(2, productId);
                        m.setLong(3, warehouseId);
                        m.setBigDecimal(4, qty);
                        m.setString(5, "JDB-" + number);
                        m.setTimestamp(6, now);
                        m.addBatch();
                    }
                    l.executeBatch();
                    m.executeBatch();
                }
                try (PreparedStatement h = c.prepareStatement("INSERT INTO order_status_history (id, order_id, "
                        + "from_status, to_status, username, changed_at) VALUES (?, ?, 'DRAFT', 'CONFIRMED', 'bench', ?)")) {
                    h.setLong(1, JDBC_IDS.incrementAndGet());
                    h.setLong(2, orderId);
                    h.setTimestamp(3, now);
                    h.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
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
