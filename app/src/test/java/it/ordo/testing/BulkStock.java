package it.ordo.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Volume for the stock screen: bulk-inserts {@code n} extra products, each with
 * a stock row in every warehouse, through plain JDBC batches (no Hibernate, no
 * services), so a test or a benchmark can measure the stock list over 100,000
 * rows in seconds rather than minutes. Test scope on purpose: it writes
 * straight into the tables, bypassing the ledger, which only a throwaway
 * database may see.
 *
 * <p>Usage: {@code BulkStock.addProducts(company.ctx.database().dataSource(), 50_000, 42)} on a
 * {@link TestCompany} with two warehouses gives 100,000 stock rows. Products are
 * {@code BULK-0000001}…, spread over 40 categories, with on hand, allocated,
 * a reorder point on about a third of them and an open supplier delivery on
 * about a tenth of the stock rows. Ids are taken from 10^12 upwards, a range the
 * id sequence (which Hibernate draws from) never reaches. Calling it again adds
 * further products after the ones already generated. Same seed, same data.
 */
public final class BulkStock {

    private static final long ID_BASE = 1_000_000_000_000L;
    private static final int BATCH = 1_000;

    private BulkStock() {
    }

    /** The first free id of the generated range in a table (each table has its own primary key). */
    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(id) FROM " + table + " WHERE id >= " + ID_BASE)) {
            r.next();
            long max = r.getLong(1);
            return r.wasNull() ? ID_BASE : max + 1;
        }
    }

    /** Adds {@code n} products with stock in every warehouse; returns how many stock rows were inserted. */
    public static long addProducts(DataSource dataSource, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Long> warehouses = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM warehouse ORDER BY id")) {
                while (r.next()) {
                    warehouses.add(r.getLong(1));
                }
            }
            long next;
            int firstNumber;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT MAX(id), COUNT(*) FROM product WHERE id >= " + ID_BASE)) {
                r.next();
                long max = r.getLong(1);
                next = r.wasNull() ? ID_BASE : max + 1;
                firstNumber = r.getInt(2) + 1;
            }
            long stockId = nextId(c, "stock");
            long supplyId = nextId(c, "supply_line");
            long rows = 0;
            try (PreparedStatement product = c.prepareStatement("""
                    INSERT INTO product (id, sku, ean, description, category, unit, vat_rate, unit_cost, weight_kg,
                                         active, version, reorder_point)
                    VALUES (?, ?, NULL, ?, ?, 'PCS', 22, ?, 0.5, TRUE, 0, ?)""");
                 PreparedStatement stock = c.prepareStatement("""
                    INSERT INTO stock (id, product_id, warehouse_id, on_hand, allocated, version)
                    VALUES (?, ?, ?, ?, ?, 0)""");
                 PreparedStatement supply = c.prepareStatement("""
                    INSERT INTO supply_line (id, po_number, product_id, warehouse_id, quantity, received_qty,
                                             expected_date, version)
                    VALUES (?, ?, ?, ?, ?, 0, ?, 0)""")) {
                for (int i = 0; i < n; i++) {
                    long productId = next + i;
                    int number = firstNumber + i;
                    product.setLong(1, productId);
                    product.setString(2, "BULK-%07d".formatted(number));
                    product.setString(3, "Articolo di prova %d".formatted(number));
                    product.setString(4, "Categoria %02d".formatted(number % 40));
                    product.setBigDecimal(5, BigDecimal.valueOf(random.nextInt(100, 10_000), 2));
                    product.setBigDecimal(6, random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(5, 50))
                            : BigDecimal.ZERO);
                    product.addBatch();
                    for (long warehouse : warehouses) {
                        int onHand = random.nextInt(0, 500);
                        int allocated = onHand == 0 ? 0 : random.nextInt(0, onHand + 1);
                        stock.setLong(1, stockId++);
                        stock.setLong(2, productId);
                        stock.setLong(3, warehouse);
                        stock.setBigDecimal(4, BigDecimal.valueOf(onHand));
                        stock.setBigDecimal(5, BigDecimal.valueOf(allocated));
                        stock.addBatch();
                        rows++;
                        if (random.nextInt(10) == 0) {
                            supply.setLong(1, supplyId++);
                            supply.setString(2, "PO-BULK-%07d".formatted(number));
                            supply.setLong(3, productId);
                            supply.setLong(4, warehouse);
                            supply.setBigDecimal(5, BigDecimal.valueOf(random.nextInt(10, 400)));
                            supply.setDate(6, Date.valueOf(LocalDate.of(2026, 12, 1).plusDays(random.nextInt(60))));
                            supply.addBatch();
                        }
                    }
                    if ((i + 1) % BATCH == 0 || i == n - 1) {
                        // Products first: the stock rows refer to them.
                        product.executeBatch();
                        stock.executeBatch();
                        supply.executeBatch();
                        c.commit();
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk stock insert failed", e);
        }
    }
}
