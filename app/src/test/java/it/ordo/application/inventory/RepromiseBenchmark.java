package it.ordo.application.inventory;

import it.ordo.application.imports.ImportReport;
import it.ordo.testing.BenchFigures;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Early warning at scale (issue 11: under 1 s): a product with -Dordo.bench.lines waiting (backordered) order
 * lines (default 1,000) over about 400 orders of three customer tiers, all promised from one expected supplier
 * delivery; the supplier moves it later through {@code InventoryService.moveSupply}, timed from the call to its
 * commit: every promise date computed again and one "delayed" message written per order whose date moved. The
 * first move is reported apart (cold), then three more, each a week later. Baseline in the same run: one plain
 * JDBC transaction that updates the promised date of the same lines and inserts as many outbox rows as Ordo
 * wrote. Asserts only that each move wrote one message per order moved, so it cannot pass doing nothing.
 */
@Tag("bench")
class RepromiseBenchmark {

    private static final int LINES = Integer.getInteger("ordo.bench.lines", 1_000);
    private static final int ROUNDS = 3;
    private static final String[] CUSTOMERS = {"C-A", "C-B", "C-C"};
    private static final String SKU = "WAIT-1";

    @Test
    void aThousandWaitingLinesPromisedAgainAgainstPlainUpdates() throws Exception {
        String loadBefore = BenchFigures.loadAverage();
        try (TestCompany company = TestCompany.standard()) {
            long s0 = System.nanoTime();
            ImportReport imported = company.products(TestCompany.row("sku", SKU, "ean", "", "description",
                    "Raccordo in ottone 1/2\"", "category", "Idraulica", "unit", "PCS", "vatRate", "22",
                    "unitCost", "0.50", "listPrice", "1.00", "weightKg", "0.100"));
            if (!imported.errors().isEmpty()) {
                throw new IllegalStateException("product refused: " + imported.errors());
            }
            // A receipt makes the stock row (nothing is left of it) so the supply is what orders wait for.
            company.receive(SKU, "MIL", "1");
            company.order("C-A", "TAKES-THE-ONE", SKU, 1);
            LocalDate first = TestCompany.TODAY.plusDays(14);
            company.ctx.inventory().addSupply(SKU, "MIL", BigDecimal.valueOf(LINES * 4L), first, "PO-BENCH");
            SplittableRandom random = new SplittableRandom(11);
            int lines = 0;
            int orders = 0;
            while (lines < LINES) {
                int n = Math.min(LINES - lines, random.nextInt(1, 5));
                Object[] skuQty = new Object[n * 2];
                for (int i = 0; i < n; i++) {
                    skuQty[2 * i] = SKU;
                    skuQty[2 * i + 1] = random.nextInt(1, 4);
                }
                company.order(CUSTOMERS[orders % CUSTOMERS.length], "WAIT-" + orders, skuQty);
                lines += n;
                orders++;
            }
            long seeding = System.nanoTime() - s0;

            InventoryService inventory = company.ctx.inventory();
            LocalDate date = first;
            long c0 = BenchFigures.cpu();
            int before = delayed(company);
            long t0 = System.nanoTime();
            date = date.plusDays(7);
            int moved = inventory.moveSupply("PO-BENCH", SKU, "MIL", date);
            long firstNs = System.nanoTime() - t0;
            long firstCpu = BenchFigures.cpu() - c0;
            requireOneMessagePerOrder(company, before, moved, orders);
            List<Long> ordo = new ArrayList<>();
            List<Long> ordoCpu = new ArrayList<>();
            List<Long> baseline = new ArrayList<>();
            List<Long> baselineCpu = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                long bc = BenchFigures.cpu();
                long bt = System.nanoTime();
                plainUpdate(company, date, moved, r);
                baseline.add(System.nanoTime() - bt);
                baselineCpu.add(BenchFigures.cpu() - bc);
                date = date.plusDays(7);
                before = delayed(company);
                long oc = BenchFigures.cpu();
                long ot = System.nanoTime();
                int m = inventory.moveSupply("PO-BENCH", SKU, "MIL", date);
                ordo.add(System.nanoTime() - ot);
                ordoCpu.add(BenchFigures.cpu() - oc);
                requireOneMessagePerOrder(company, before, m, orders);
            }
            double warm = BenchFigures.percentile(ordo, 50);
            double base = BenchFigures.percentile(baseline, 50);
            BenchFigures.record("repromise", List.of(
                    String.format("re-promise: %,d waiting lines of one product over %,d orders (3 tiers), one"
                                    + " expected delivery moved a week later; seeded through the use cases in %,.0f ms;"
                                    + " load average before %s, after %s", lines, orders, BenchFigures.ms(seeding),
                            loadBefore, BenchFigures.loadAverage()),
                    String.format("baseline: plain JDBC, UPDATE of the %,d lines' promised date + INSERT of %,d outbox"
                                    + " rows, one transaction  median %,8.1f ms, thread CPU %,8.1f ms; rounds %s",
                            lines, moved, base, BenchFigures.percentile(baselineCpu, 50),
                            baseline.stream().map(n -> String.format("%,.0f", BenchFigures.ms(n))).toList()),
                    String.format("Ordo moveSupply, first call (cold): %,.0f ms, thread CPU %,.0f ms; %,d orders moved,"
                            + " %,d messages", BenchFigures.ms(firstNs), BenchFigures.ms(firstCpu), moved, moved),
                    String.format("Ordo moveSupply, warm  median %,8.1f ms, thread CPU %,8.1f ms; rounds %s;"
                                    + " ÷ baseline %.1f", warm, BenchFigures.percentile(ordoCpu, 50),
                            ordo.stream().map(n -> String.format("%,.0f", BenchFigures.ms(n))).toList(),
                            warm / base)));
        }
    }

    private static void requireOneMessagePerOrder(TestCompany company, int before, int moved, int orders)
            throws Exception {
        int written = delayed(company) - before;
        if (moved != orders || written != moved) {
            throw new IllegalStateException("expected every one of %d orders moved and told once: %d moved, %d messages"
                    .formatted(orders, moved, written));
        }
    }

    private static int delayed(TestCompany company) throws Exception {
        try (Connection c = company.ctx.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'ORDER_DELAYED'");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * The floor: the same lines' date written and as many outbox rows inserted (already set aside, so no sender
     * takes them), in one transaction, with no reading, no promise arithmetic and no entity.
     */
    private static void plainUpdate(TestCompany company, LocalDate date, int messages, int round) throws Exception {
        try (Connection c = company.ctx.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            long product;
            long customer;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM product WHERE sku = ?")) {
                s.setString(1, SKU);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    product = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(id) FROM customer");
                 ResultSet r = s.executeQuery()) {
                r.next();
                customer = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE sales_order_line SET promised_date = ? WHERE product_id = ? AND backordered_qty > 0")) {
                s.setDate(1, Date.valueOf(date));
                s.setLong(2, product);
                s.executeUpdate();
            }
            Timestamp now = Timestamp.from(company.now());
            String body = "Gentile cliente, la data di spedizione del suo ordine è cambiata. ".repeat(8);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO mail_outbox (id, kind, status, customer_id, recipient, language, subject, body,
                                             attempts, created_at, next_attempt_at)
                    VALUES (?, 'BENCH', 'SKIPPED', ?, 'ordini@c-a.it', 'it', ?, ?, 0, ?, ?)""")) {
                for (int i = 0; i < messages; i++) {
                    s.setLong(1, 900_000_000L + round * 100_000L + i);
                    s.setLong(2, customer);
                    s.setString(3, "Ordine " + i + ": nuova data di spedizione");
                    s.setString(4, body);
                    s.setTimestamp(5, now);
                    s.setTimestamp(6, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }
}
