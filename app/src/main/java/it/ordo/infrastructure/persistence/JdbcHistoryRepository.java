package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.HistoryRepository;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * The history import's bulk writes with plain JDBC batches on the transaction's connection: half a million past
 * order lines are no entities Hibernate should track one by one. Ids come from {@code ordo_id_seq} in blocks
 * like every other row; the one audit row per batch is written here too (the rows themselves are not audited
 * one by one: the batch is the event).
 */
public final class JdbcHistoryRepository implements HistoryRepository {

    /** Rows per INSERT statement of the bulk writes (see {@link #insert}). */
    private static final int ROWS_PER_INSERT = 250;
    /** Parameters per IN list: well below every driver's limit. */
    private static final int IN_LIST = 500;
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    /**
     * Tells Derby to look the IN list up through the named unique key, one probe per value. Without it Derby keeps
     * the plan it made when the statement was first compiled, on a table then empty: a scan of the whole table
     * for every chunk. To PostgreSQL (and to the SQL standard) it is a comment up to the end of the line.
     */
    private static final String USE_INDEX = " --DERBY-PROPERTIES constraint=";

    private static final String INSERT_ORDER = "INSERT INTO sales_order (id, order_number, channel, customer_id,"
            + " warehouse_id, status, priority, notes, ship_name, ship_street, ship_postal_code, ship_city,"
            + " ship_province, ship_country, payment_terms, net_total, vat_total, gross_total, amount_due, created_at,"
            + " created_by, confirmed_at, promised_date, version) VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_LINE = "INSERT INTO sales_order_line (id, order_id, line_no, product_id,"
            + " quantity, unit_price, discount_pct, vat_rate, net_amount, vat_amount, gross_amount, allocated_qty,"
            + " backordered_qty, shipped_qty) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, 0, 0, ?)";
    private static final String INSERT_STATUS = "INSERT INTO order_status_history (id, order_id, from_status,"
            + " to_status, username, changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SOURCE = "INSERT INTO history_order (order_id, batch_id, source, order_key,"
            + " cancellation, shipped_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final Object NO_TIME = new TypedNull(Types.TIMESTAMP);
    private static final Object NO_DATE = new TypedNull(Types.DATE);
    private static final Object NO_STATUS = new TypedNull(Types.VARCHAR);

    /** A null of a column's type: PostgreSQL takes a VARCHAR null for a TIMESTAMP column as a type error. */
    private record TypedNull(int sqlType) {
    }

    private final JpaTransactions tx;
    private final JdbcIds ids;
    private final Numbering numbering;

    public JdbcHistoryRepository(JpaTransactions tx) {
        this.tx = tx;
        this.ids = new JdbcIds(tx);
        this.numbering = new Numbering(tx);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return tx.em().unwrap(Session.class).doReturningWork(work::run);
    }

    @Override
    public Optional<Long> findBatch(String source, String fingerprint) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM history_batch WHERE source = ? AND fingerprint = ?")) {
                s.setString(1, source);
                s.setString(2, fingerprint);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public long startBatch(String source, String fileName, String fingerprint, String currency, String user,
                           Instant at) {
        return jdbc(c -> {
            long id = ids.next(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO history_batch (id, source, file_name,"
                    + " fingerprint, currency, started_at, started_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, source);
                s.setString(3, fileName);
                s.setString(4, fingerprint);
                s.setString(5, currency);
                s.setTimestamp(6, Timestamp.from(at));
                s.setString(7, user);
                s.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public Optional<String> currencyOf(long batchId) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT currency FROM history_batch WHERE id = ?")) {
                s.setLong(1, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public BatchFigures figures(long batchId) {
        return jdbc(c -> figures(c, batchId));
    }

    private static BatchFigures figures(Connection c, long batchId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT orders_written, lines_written, net_value FROM history_batch WHERE id = ?")) {
            s.setLong(1, batchId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no history batch " + batchId);
                }
                return new BatchFigures(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3));
            }
        }
    }

    /**
     * Read as ranges of the sorted keys, not as IN lists: the unique index leads with the source, and Derby probes
     * an IN list only on an index's first column, so {@code order_key IN (...)} read every order of the source once
     * per list, comparing each with the whole list, and the import slowed as its history grew (a chunk of 2,000
     * orders took seconds after 50,000). A range of the index (source, key) from the part's first key to its last
     * is read on every database; the keys of the range not in the part are dropped here.
     */
    @Override
    public Set<String> existingOrderKeys(String source, Collection<String> keys) {
        return jdbc(c -> {
            Set<String> wanted = new HashSet<>(keys);
            List<String> sorted = new ArrayList<>(wanted);
            Collections.sort(sorted);
            Set<String> found = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT order_key FROM history_order" + USE_INDEX
                    + "uq_history_order\n WHERE source = ? AND order_key >= ? AND order_key <= ?")) {
                for (int i = 0; i < sorted.size(); i += IN_LIST) {
                    s.setString(1, source);
                    s.setString(2, sorted.get(i));
                    s.setString(3, sorted.get(Math.min(sorted.size(), i + IN_LIST) - 1));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (wanted.contains(rs.getString(1))) {
                                found.add(rs.getString(1));
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Map<String, CustomerRef> customers(Collection<String> codes) {
        return jdbc(c -> {
            Map<String, CustomerRef> found = new HashMap<>();
            for (List<String> part : parts(codes)) {
                try (PreparedStatement s = c.prepareStatement("SELECT id, code, name, default_warehouse_id,"
                        + " bill_street, bill_postal_code, bill_city, bill_province, bill_country, payment_terms"
                        + " FROM customer" + USE_INDEX + "uq_customer_code\n WHERE code IN (" + marks(part.size()) + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            CustomerRef ref = new CustomerRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getString(9), rs.getString(10));
                            found.put(ref.code(), ref);
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Map<String, Long> products(Collection<String> skus) {
        return jdbc(c -> {
            Map<String, Long> found = new HashMap<>();
            for (List<String> part : parts(skus)) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT sku, id FROM product" + USE_INDEX + "uq_product_sku\n WHERE sku IN (" + marks(part.size()) + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public long defaultWarehouse() {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(id) FROM warehouse");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new IllegalStateException("no warehouse is set up");
                }
                return id;
            }
        });
    }

    @Override
    public Map<String, CustomerRef> createCustomers(long batchId, List<NewCustomer> customers) {
        // Plain SQL fires no Hibernate event: the master-data version is moved on here, as MasterDataListener
        // moves it for changes made through the entities, so no process keeps answering from what it read before.
        VersionRows.changed(tx.em(), VersionRows.Row.MASTER_DATA);
        return jdbc(c -> {
            Map<String, CustomerRef> created = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO customer (id, code, name, language, tier,"
                    + " credit_limit, payment_terms, default_channel, accepts_backorders, blocked,"
                    + " default_warehouse_id, bill_street, bill_postal_code, bill_city, bill_country, customer_kind,"
                    + " history_batch_id, version) VALUES (?, ?, ?, 'en', 'B', 0, ?, 'PHONE', TRUE, FALSE, ?, '', '',"
                    + " ?, ?, ?, ?, 0)")) {
                for (NewCustomer n : customers) {
                    long id = ids.next(c);
                    s.setLong(1, id);
                    s.setString(2, n.code());
                    s.setString(3, n.name());
                    s.setString(4, n.paymentTerms());
                    s.setLong(5, n.warehouseId());
                    s.setString(6, n.city());
                    s.setString(7, n.country());
                    s.setString(8, n.kind());
                    s.setLong(9, batchId);
                    s.addBatch();
                    created.put(n.code(), new CustomerRef(id, n.code(), n.name(), n.warehouseId(), "", "", n.city(),
                            null, n.country(), n.paymentTerms()));
                }
                s.executeBatch();
            }
            return created;
        });
    }

    @Override
    public Map<String, Long> createProducts(long batchId, List<NewProduct> products) {
        VersionRows.changed(tx.em(), VersionRows.Row.MASTER_DATA); // as in createCustomers
        return jdbc(c -> {
            Map<String, Long> created = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO product (id, sku, description, category, unit,"
                    + " vat_rate, unit_cost, weight_kg, active, history_batch_id, version)"
                    + " VALUES (?, ?, ?, ?, 'PCS', 22, 0, 0, ?, ?, 0)")) {
                for (NewProduct n : products) {
                    long id = ids.next(c);
                    s.setLong(1, id);
                    s.setString(2, n.sku());
                    s.setString(3, n.description());
                    s.setString(4, n.category());
                    s.setBoolean(5, n.active());
                    s.setLong(6, batchId);
                    s.addBatch();
                    created.put(n.sku(), id);
                }
                s.executeBatch();
            }
            return created;
        });
    }

    @Override
    public long reserveOrderNumbers(int year, int count) {
        return numbering.reserve("ORD", year, count);
    }

    @Override
    public void writeOrders(long batchId, String source, Channel channel, List<PastOrder> orders, String user) {
        jdbc(c -> {
            int lineCount = 0;
            BigDecimal value = ZERO;
            String reason = "history " + (source.length() > 280 ? source.substring(0, 280) : source);
            List<Object[]> orderRows = new ArrayList<>(orders.size());
            List<Object[]> statusRows = new ArrayList<>(orders.size());
            List<Object[]> sourceRows = new ArrayList<>(orders.size());
            List<Object[]> lineRows = new ArrayList<>();
            for (PastOrder p : orders) {
                long orderId = ids.next(c);
                Timestamp at = Timestamp.from(p.orderedAt());
                CustomerRef cu = p.customer();
                orderRows.add(new Object[] {orderId, p.orderNumber(), channel.name(), cu.id(), cu.warehouseId(),
                        p.status().name(), note(source, p.orderKey()), cu.name(), cu.street(), cu.postalCode(),
                        cu.city(), cu.province(), cu.country(), cu.paymentTerms(), p.netTotal(), p.netTotal(),
                        p.netTotal(), at, user, at,
                        p.promisedDate() == null ? NO_DATE : java.sql.Date.valueOf(p.promisedDate())});
                for (Object[] step : steps(p)) {
                    statusRows.add(new Object[] {ids.next(c), orderId, step[0], step[1], user, step[2], reason});
                }
                sourceRows.add(new Object[] {orderId, batchId, source, p.orderKey(), p.cancellation(),
                        p.shippedAt() == null ? NO_TIME : Timestamp.from(p.shippedAt()),
                        p.deliveredAt() == null ? NO_TIME : Timestamp.from(p.deliveredAt())});
                int lineNo = 0;
                for (PastLine line : p.lines()) {
                    lineRows.add(new Object[] {ids.next(c), orderId, ++lineNo, line.productId(), line.quantity(),
                            line.unitPrice(), line.discountPct(), line.netAmount(), line.netAmount(),
                            line.shipped() ? line.quantity() : ZERO});
                }
                lineCount += p.lines().size();
                value = value.add(p.netTotal());
            }
            // Orders before their status, source and lines: the foreign keys point that way.
            insert(c, INSERT_ORDER, orderRows);
            insert(c, INSERT_STATUS, statusRows);
            insert(c, INSERT_SOURCE, sourceRows);
            insert(c, INSERT_LINE, lineRows);
            try (PreparedStatement s = c.prepareStatement("UPDATE history_batch SET orders_written = orders_written + ?,"
                    + " lines_written = lines_written + ?, net_value = net_value + ? WHERE id = ?")) {
                s.setInt(1, orders.size());
                s.setInt(2, lineCount);
                s.setBigDecimal(3, value);
                s.setLong(4, batchId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Inserts the rows {@value #ROWS_PER_INSERT} to a statement ({@code VALUES (…), (…), …}), the rest one by one in
     * a JDBC batch. Derby sets up every index and foreign-key check once per execution, so one execution for many
     * rows is several times faster than a batch of one-row executions; PostgreSQL takes the same SQL.
     */
    private static void insert(Connection c, String singleRow, List<Object[]> rows) throws SQLException {
        int valuesAt = singleRow.indexOf(" VALUES ");
        String tuple = singleRow.substring(valuesAt + " VALUES ".length());
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            String many = singleRow.substring(0, valuesAt) + " VALUES "
                    + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, tuple));
            try (PreparedStatement s = c.prepareStatement(many)) {
                for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                    int i = 1;
                    for (Object[] row : rows.subList(from, from + ROWS_PER_INSERT)) {
                        for (Object v : row) {
                            set(s, i++, v);
                        }
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement s = c.prepareStatement(singleRow)) {
                for (Object[] row : rows.subList(full, rows.size())) {
                    int i = 1;
                    for (Object v : row) {
                        set(s, i++, v);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    /**
     * The order's status history (from, to, when) as a real order's would read: with no date but the order's, one
     * step to its status; with the file's ship or delivery date, confirmed when placed, shipped when the goods
     * left, delivered when they arrived (the fulfilment figures read the SHIPPED step). A delivered order with no
     * delivery date becomes DELIVERED at the last date known.
     */
    private static List<Object[]> steps(PastOrder p) {
        List<Object[]> steps = new ArrayList<>();
        Timestamp placed = Timestamp.from(p.orderedAt());
        if (p.shippedAt() == null && p.deliveredAt() == null) {
            steps.add(new Object[] {NO_STATUS, p.status().name(), placed});
            return steps;
        }
        String last = "CONFIRMED";
        Timestamp when = placed;
        steps.add(new Object[] {NO_STATUS, last, placed});
        if (p.shippedAt() != null) {
            when = Timestamp.from(p.shippedAt());
            steps.add(new Object[] {last, "SHIPPED", when});
            last = "SHIPPED";
        }
        if (p.deliveredAt() != null) {
            when = Timestamp.from(p.deliveredAt());
            steps.add(new Object[] {last, "DELIVERED", when});
            last = "DELIVERED";
        }
        if (!last.equals(p.status().name())) {
            steps.add(new Object[] {last, p.status().name(), when});
        }
        return steps;
    }

    private static void set(PreparedStatement s, int i, Object v) throws SQLException {
        if (v instanceof TypedNull n) {
            s.setNull(i, n.sqlType());
        } else if (v == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setObject(i, v);
        }
    }

    @Override
    public BatchFigures finishBatch(long batchId, String user, String workstation, Instant at, String summaryJson) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE history_batch SET finished_at = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setLong(2, batchId);
                s.executeUpdate();
            }
            String source;
            try (PreparedStatement s = c.prepareStatement("SELECT source FROM history_batch WHERE id = ?")) {
                s.setLong(1, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    source = rs.getString(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (id, entity, entity_id, entity_key,"
                    + " action, username, workstation, changed_at, changes) VALUES (?, 'HistoryBatch', ?, ?, 'INSERT',"
                    + " ?, ?, ?, ?)")) {
                s.setLong(1, ids.next(c));
                s.setLong(2, batchId);
                s.setString(3, source.length() > 60 ? source.substring(0, 60) : source);
                s.setString(4, user);
                s.setString(5, workstation == null || workstation.length() <= 80 ? workstation
                        : workstation.substring(0, 80));
                s.setTimestamp(6, Timestamp.from(at));
                s.setString(7, summaryJson);
                s.executeUpdate();
            }
            return figures(c, batchId);
        });
    }

    /**
     * The values in lists of exactly {@value #IN_LIST}, the last one padded with its own first value: one
     * statement text, compiled once and then found in the statement cache (Derby compiles each new text anew).
     */
    private static List<List<String>> parts(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            List<String> part = new ArrayList<>(all.subList(i, Math.min(all.size(), i + IN_LIST)));
            while (part.size() < IN_LIST) {
                part.add(part.getFirst());
            }
            parts.add(part);
        }
        return parts;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The order's note: where it came from, as the other system knew it. */
    private static String note(String source, String key) {
        String note = source + " " + key;
        return note.length() > 2000 ? note.substring(0, 2000) : note;
    }
}
