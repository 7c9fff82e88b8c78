package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.reporting.BackorderFact;
import it.ordo.domain.reporting.CreditedLine;
import it.ordo.domain.reporting.LineSale;
import it.ordo.domain.reporting.PromiseFact;
import it.ordo.domain.reporting.ShipmentFact;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
import it.ordo.domain.reporting.SoldOrderTotals;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The sales facts read with JPQL constructor queries: flat rows, no entity loaded. */
public final class JpaSalesFacts implements SalesFacts {

    private final JpaTransactions tx;

    public JpaSalesFacts(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<SoldOrder> orders(Instant from, Instant before) {
        return orders(from, before, null);
    }

    /**
     * The orders sold from {@code ?} (inclusive) to {@code ?} (exclusive) in SQL, as the JPQL of {@link #orders}
     * has it: the order reading of the lines and of the totals alone.
     */
    private static final String SOLD_ORDERS = " FROM sales_order WHERE confirmed_at >= ? AND confirmed_at < ?"
            + " AND status <> 'CANCELLED'";

    /**
     * Four columns of the orders by the {@code confirmed_at} index, no customer joined and no entity made: over a
     * long history the dashboard's first paint sums two months of orders (15,000) this way.
     */
    @Override
    public List<SoldOrderTotals> orderTotals(Instant from, Instant before) {
        return tx.em().unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            List<SoldOrderTotals> found = new java.util.ArrayList<>();
            eachSoldOrder(c, "confirmed_at, net_total, vat_total, gross_total", from, before,
                    rs -> found.add(new SoldOrderTotals(rs.getTimestamp(1).toInstant(), rs.getBigDecimal(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4))));
            return found;
        });
    }

    @Override
    public List<SoldOrder> customerOrders(long customerId, Instant from, Instant before) {
        return orders(from, before, customerId);
    }

    private List<SoldOrder> orders(Instant from, Instant before, Long customerId) {
        return ofCustomer(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.SoldOrder(o.orderNumber, o.confirmedAt, c.code, c.name,
                               c.vatNumber, c.fiscalCode, o.paymentTerms, o.channel, o.status, o.netTotal, o.vatTotal,
                               o.grossTotal)
                        from SalesOrder o, Customer c
                        where c.id = o.customerId and o.confirmedAt >= :from and o.confirmedAt < :before
                          and o.status <> :cancelled""" + ofCustomer(customerId) + " " + """
                        order by o.confirmedAt, o.orderNumber""", SoldOrder.class), customerId)
                .setParameter("from", from).setParameter("before", before)
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList();
    }

    /**
     * Above this many orders, and a quarter of all orders, a period's lines are read in one scan of the lines, not
     * looked up order by order. Both: a month of a long history (7,000 of 100,000 orders) scanned every line of
     * every year, twice for the dashboard (the month and the month before: 1,000,000 lines each), where looking
     * up its orders' lines by the order's key reads only theirs.
     */
    private static final int SCAN_FROM_ORDERS = 5_000;
    /** Ids per IN list: one statement text, well below every driver's limit. */
    private static final int IN_LIST = 500;

    @Override
    public void eachLineSale(Instant from, Instant before, java.util.function.Consumer<LineSale> line) {
        eachLine(from, before, "product_id, quantity, net_amount, backordered_qty",
                (h, cu, p, r) -> line.accept(new LineSale(h.number(), h.confirmedAt(), cu[0], cu[1], h.channel(),
                        p.sku(), p.description(), p.category(), (java.math.BigDecimal) r[2],
                        (java.math.BigDecimal) r[3], (java.math.BigDecimal) r[4], p.unitCost())));
    }

    @Override
    public List<SoldLine> lines(Instant from, Instant before) {
        List<SoldLine> lines = new java.util.ArrayList<>();
        eachLine(from, before, "product_id, line_no, quantity, unit_price, discount_pct, vat_rate, net_amount,"
                        + " vat_amount, gross_amount, backordered_qty",
                (h, cu, p, r) -> lines.add(new SoldLine(h.number(), h.confirmedAt(), (Integer) r[2], cu[0], cu[1],
                        h.channel(), p.sku(), p.description(), p.category(), (java.math.BigDecimal) r[3],
                        (java.math.BigDecimal) r[4], (java.math.BigDecimal) r[5], (java.math.BigDecimal) r[6],
                        (java.math.BigDecimal) r[7], (java.math.BigDecimal) r[8], (java.math.BigDecimal) r[9],
                        (java.math.BigDecimal) r[10], p.unitCost())));
        lines.sort(java.util.Comparator.comparing(SoldLine::confirmedAt).thenComparing(SoldLine::orderNumber)
                .thenComparingInt(SoldLine::lineNo));
        return lines;
    }

    /** Lines read before their products are looked up, the products of a batch at once: bounds what is held. */
    private static final int BATCH = 2_000;

    /** One row of a result, read where it is current. */
    private interface RowReader {
        void read(java.sql.ResultSet row) throws java.sql.SQLException;
    }

    /** The {@code columns} of the period's sold orders ({@link #SOLD_ORDERS}), each row handed on as it is read. */
    private static void eachSoldOrder(java.sql.Connection c, String columns, Instant from, Instant before,
                                      RowReader each) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT " + columns + SOLD_ORDERS)) {
            s.setTimestamp(1, java.sql.Timestamp.from(from));
            s.setTimestamp(2, java.sql.Timestamp.from(before));
            s.setFetchSize(BATCH);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    each.read(rs);
                }
            }
        }
    }

    /** Makes a line from its order, customer (code, name), product and row (order id, then the columns asked). */
    private interface LineMaker {
        void make(Head order, String[] customer, Item product, Object[] row);
    }

    /**
     * The lines of the period's orders, a batch at a time, with only the {@code columns} asked for (after
     * {@code order_id}; {@code product_id} first): over a year of a million lines every decimal column read
     * costs, and the totals need four of the line's eleven.
     * <p>
     * Read table by table and joined here, not in one SQL join: over a year of a big history (18,000 orders,
     * 484,000 lines) Derby planned the four-table join as a nested loop that re-scanned an index for every row
     * and did not finish in minutes. The period's orders come by the {@code confirmed_at} index; their lines by
     * their order's key, or for a long period in one scan of the lines; customers and products by key. The lines
     * go on in batches as they are read: a year of 1,000,000 lines held as a list took 2.4 GB of heap at the
     * peak.
     */
    private void eachLine(Instant from, Instant before, String columns, LineMaker maker) {
        tx.em().unwrap(org.hibernate.Session.class).doWork(c -> {
            java.util.Map<Long, Head> orders = new java.util.HashMap<>();
            eachSoldOrder(c, "id, order_number, confirmed_at, customer_id, channel", from, before,
                    rs -> orders.put(rs.getLong(1), new Head(rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getLong(4), it.ordo.domain.order.Channel.valueOf(rs.getString(5)))));
            if (orders.isEmpty()) {
                return;
            }
            java.util.Set<Long> customerIds = new java.util.HashSet<>();
            orders.values().forEach(h -> customerIds.add(h.customerId()));
            LineReader reader = new LineReader(c, orders,
                    byId(c, "SELECT id, code, name FROM customer", customerIds), maker);
            String select = "SELECT order_id, " + columns + " FROM sales_order_line";
            if (orders.size() > SCAN_FROM_ORDERS && orders.size() * 4L > allOrders(c)) {
                try (java.sql.PreparedStatement s = c.prepareStatement(select)) {
                    s.setFetchSize(BATCH);
                    try (java.sql.ResultSet rs = s.executeQuery()) {
                        reader.read(rs);
                    }
                }
            } else {
                for (List<Long> part : parts(orders.keySet())) {
                    try (java.sql.PreparedStatement s = c.prepareStatement(select
                            + " --DERBY-PROPERTIES constraint=uq_line_no\n WHERE order_id IN (" + marks(part.size())
                            + ")")) {
                        for (int i = 0; i < part.size(); i++) {
                            s.setLong(i + 1, part.get(i));
                        }
                        s.setFetchSize(BATCH);
                        try (java.sql.ResultSet rs = s.executeQuery()) {
                            reader.read(rs);
                        }
                    }
                }
            }
            reader.flush();
        });
    }

    /** A product as its lines need it. */
    private record Item(String sku, String description, String category, java.math.BigDecimal unitCost) {
    }

    /** An order of the period as its lines need it. */
    private record Head(String number, Instant confirmedAt, long customerId, it.ordo.domain.order.Channel channel) {
    }

    /**
     * Makes the lines of the period's orders from their rows, a batch at a time: the products a batch names and
     * not yet known are read then (once each), and the batch's lines handed on.
     */
    private static final class LineReader {
        private final java.sql.Connection c;
        private final java.util.Map<Long, Head> orders;
        private final java.util.Map<Long, String[]> customers;
        private final LineMaker maker;
        private final java.util.Map<Long, Item> products = new java.util.HashMap<>();
        private final List<Object[]> batch = new java.util.ArrayList<>(BATCH);

        LineReader(java.sql.Connection c, java.util.Map<Long, Head> orders, java.util.Map<Long, String[]> customers,
                   LineMaker maker) {
            this.c = c;
            this.orders = orders;
            this.customers = customers;
            this.maker = maker;
        }

        void read(java.sql.ResultSet rs) throws java.sql.SQLException {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                long order = rs.getLong(1);
                if (orders.containsKey(order)) {
                    Object[] row = new Object[n];
                    row[0] = order;
                    row[1] = rs.getLong(2);
                    for (int i = 3; i <= n; i++) {
                        row[i - 1] = rs.getObject(i);
                    }
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        flush();
                    }
                }
            }
        }

        void flush() throws java.sql.SQLException {
            java.util.Set<Long> missing = new java.util.HashSet<>();
            for (Object[] r : batch) {
                if (!products.containsKey((Long) r[1])) {
                    missing.add((Long) r[1]);
                }
            }
            if (!missing.isEmpty()) {
                byId(c, "SELECT id, sku, description, category, unit_cost FROM product", missing).forEach(
                        (id, p) -> products.put(id, new Item(p[0], p[1], p[2],
                                p[3] == null ? null : new java.math.BigDecimal(p[3]))));
            }
            for (Object[] r : batch) {
                Head h = orders.get((Long) r[0]);
                maker.make(h, customers.get(h.customerId()), products.get((Long) r[1]), r);
            }
            batch.clear();
        }
    }

    private static long allOrders(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM sales_order");
             java.sql.ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The rows of these ids as text (the first column is the id): up to {@value #IN_LIST} in one IN list, more
     * in one reading of the (customer or product) table, kept here when asked for. Derby read these small tables
     * whole for each IN list anyway, comparing every row with the list's 500 ids: a month of 2,000 customers
     * cost a second of the dashboard.
     */
    private static java.util.Map<Long, String[]> byId(java.sql.Connection c, String select,
                                                      java.util.Set<Long> ids) throws java.sql.SQLException {
        java.util.Map<Long, String[]> found = new java.util.HashMap<>();
        if (ids.size() > IN_LIST) {
            try (java.sql.PreparedStatement s = c.prepareStatement(select);
                 java.sql.ResultSet rs = s.executeQuery()) {
                textRows(rs, ids, found);
            }
            return found;
        }
        for (List<Long> part : parts(ids)) {
            try (java.sql.PreparedStatement s = c.prepareStatement(select + " WHERE id IN ("
                    + marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 1, part.get(i));
                }
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    textRows(rs, ids, found);
                }
            }
        }
        return found;
    }

    private static void textRows(java.sql.ResultSet rs, java.util.Set<Long> ids, java.util.Map<Long, String[]> into)
            throws java.sql.SQLException {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            long id = rs.getLong(1);
            if (!ids.contains(id)) {
                continue;
            }
            String[] row = new String[n - 1];
            for (int i = 2; i <= n; i++) {
                Object v = rs.getObject(i);
                row[i - 2] = v instanceof java.math.BigDecimal d ? d.toPlainString() : v == null ? null : v.toString();
            }
            into.put(id, row);
        }
    }

    /** The ids in lists of exactly {@value #IN_LIST}, the last padded with its own first id: one statement text. */
    private static List<List<Long>> parts(java.util.Collection<Long> ids) {
        List<Long> all = new java.util.ArrayList<>(ids);
        List<List<Long>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            List<Long> part = new java.util.ArrayList<>(all.subList(i, Math.min(all.size(), i + IN_LIST)));
            while (part.size() < IN_LIST) {
                part.add(part.getFirst());
            }
            parts.add(part);
        }
        return parts;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public List<SoldLine> customerLines(long customerId, Instant from, Instant before) {
        return hqlLines(from, before, customerId);
    }

    /** One customer's lines: a few hundred at most, so the one HQL join serves. */
    private List<SoldLine> hqlLines(Instant from, Instant before, Long customerId) {
        return ofCustomer(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.SoldLine(o.orderNumber, o.confirmedAt, l.lineNo, c.code,
                               c.name, o.channel, p.sku, p.description, p.category, l.quantity, l.unitPrice,
                               l.discountPct, l.vatRate, l.netAmount, l.vatAmount, l.grossAmount, l.backorderedQty,
                               p.unitCost)
                        from SalesOrder o join o.lines l, Customer c, Product p
                        where c.id = o.customerId and p.id = l.productId
                          and o.confirmedAt >= :from and o.confirmedAt < :before and o.status <> :cancelled"""
                        + ofCustomer(customerId) + " " + """
                        order by o.confirmedAt, o.orderNumber, l.lineNo""", SoldLine.class), customerId)
                .setParameter("from", from).setParameter("before", before)
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList();
    }

    @Override
    public List<CreditedLine> creditedLines(Instant from, Instant before) {
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.CreditedLine(r.creditNoteNumber, r.creditedAt, r.rmaNumber,
                               o.orderNumber, c.code, c.name, c.vatNumber, c.fiscalCode, o.paymentTerms, o.channel,
                               rl.lineNo, p.sku, p.description, rl.quantity, ol.unitPrice, ol.discountPct, ol.vatRate,
                               rl.creditNet, rl.creditVat)
                        from CustomerReturn r join r.lines rl, OrderLine ol, SalesOrder o, Customer c, Product p
                        where ol.id = rl.orderLineId and o.id = r.orderId and c.id = r.customerId
                          and p.id = rl.productId and r.creditedAt >= :from and r.creditedAt < :before
                        order by r.creditedAt, r.creditNoteNumber, rl.lineNo""", CreditedLine.class)
                .setParameter("from", from).setParameter("before", before).getResultList();
    }

    @Override
    public List<ShipmentFact> shipments(Instant from, Instant before) {
        List<ShipmentFact> all = new java.util.ArrayList<>(ddts(from, before));
        all.addAll(pastShipments(from, before));
        all.sort(java.util.Comparator.comparing(ShipmentFact::shippedAt));
        return all;
    }

    /**
     * Past orders whose goods left in the period, by the dates the history import took from the file: a past
     * order has no DDT, and counts as one shipment from its warehouse with no carrier known.
     */
    private List<ShipmentFact> pastShipments(Instant from, Instant before) {
        return tx.em().unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            List<ShipmentFact> found = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT o.order_number, w.code, o.confirmed_at,"
                    + " h.shipped_at, h.delivered_at FROM history_order h JOIN sales_order o ON o.id = h.order_id"
                    + " JOIN warehouse w ON w.id = o.warehouse_id"
                    + " WHERE h.shipped_at >= ? AND h.shipped_at < ? AND o.status <> 'CANCELLED'")) {
                s.setTimestamp(1, java.sql.Timestamp.from(from));
                s.setTimestamp(2, java.sql.Timestamp.from(before));
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Timestamp delivered = rs.getTimestamp(5);
                        found.add(new ShipmentFact(rs.getString(1), rs.getString(2), null,
                                rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                                delivered == null ? null : delivered.toInstant()));
                    }
                }
            }
            return found;
        });
    }

    private List<ShipmentFact> ddts(Instant from, Instant before) {
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.ShipmentFact(o.orderNumber, w.code, c.code, o.confirmedAt,
                               s.issuedAt, s.deliveredAt)
                        from Shipment s join SalesOrder o on o.id = s.orderId join Warehouse w on w.id = s.warehouseId
                             left join Carrier c on c.id = s.carrierId
                        where s.issuedAt >= :from and s.issuedAt < :before and s.cancelledAt is null
                        order by s.issuedAt, s.id""", ShipmentFact.class)
                .setParameter("from", from).setParameter("before", before).getResultList();
    }

    @Override
    public List<PromiseFact> promises(LocalDate from, LocalDate to) {
        return promises(from, to, null);
    }

    @Override
    public List<PromiseFact> customerPromises(long customerId, LocalDate from, LocalDate to) {
        return promises(from, to, customerId);
    }

    private List<PromiseFact> promises(LocalDate from, LocalDate to, Long customerId) {
        return ofCustomer(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.PromiseFact(o.orderNumber, w.code, o.promisedDate, o.status,
                               (select max(h.changedAt) from StatusChange h where h.orderId = o.id
                                  and h.toStatus = :shipped),
                               (select max(s.issuedAt) from Shipment s where s.orderId = o.id and s.cancelledAt is null))
                        from SalesOrder o join Warehouse w on w.id = o.warehouseId
                        where o.promisedDate >= :from and o.promisedDate <= :to and o.confirmedAt is not null
                          and o.status <> :cancelled""" + ofCustomer(customerId) + " " + """
                        order by o.promisedDate, o.orderNumber""", PromiseFact.class), customerId)
                .setParameter("from", from).setParameter("to", to).setParameter("shipped", OrderStatus.SHIPPED)
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList();
    }

    @Override
    public boolean warehouseExists(String code) {
        return tx.em().createQuery("select count(w) from Warehouse w where w.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    @Override
    public List<BackorderFact> openBackorders() {
        // The orders alone first, then the codes of their customers and warehouses by key: joined in one query,
        // Derby (with the confirmed_at index and fresh statistics on a history of 24,000 orders) scanned every
        // order once per customer to return them sorted, 75 s for the fulfilment report's backorders.
        List<Object[]> orders = OrderConditions.bindOpen(tx.em().createQuery("""
                        select o.orderNumber, o.customerId, o.warehouseId, o.confirmedAt from SalesOrder o
                        where 1 = 1""" + OrderConditions.WAITING_FOR_STOCK, Object[].class)).getResultList();
        if (orders.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, String> customers = new java.util.HashMap<>();
        List<Long> customerIds = orders.stream().map(r -> (Long) r[1]).distinct().toList();
        for (int i = 0; i < customerIds.size(); i += 500) {
            tx.em().createQuery("select c.id, c.code from Customer c where c.id in :ids", Object[].class)
                    .setParameter("ids", customerIds.subList(i, Math.min(customerIds.size(), i + 500)))
                    .getResultList().forEach(r -> customers.put((Long) r[0], (String) r[1]));
        }
        java.util.Map<Long, String> warehouses = new java.util.HashMap<>();
        tx.em().createQuery("select w.id, w.code from Warehouse w", Object[].class).getResultList()
                .forEach(r -> warehouses.put((Long) r[0], (String) r[1]));
        return orders.stream()
                .map(r -> new BackorderFact((String) r[0], customers.get((Long) r[1]), warehouses.get((Long) r[2]),
                        (Instant) r[3]))
                .sorted(java.util.Comparator.comparing(BackorderFact::confirmedAt,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(BackorderFact::orderNumber))
                .toList();
    }

    @Override
    public long openOrdersWithBackorders() {
        return OrderConditions.bindOpen(tx.em().createQuery(
                "select count(o) from SalesOrder o where 1 = 1" + OrderConditions.WAITING_FOR_STOCK, Long.class))
                .getSingleResult();
    }

    @Override
    public long lateOrders(LocalDate today) {
        return OrderConditions.bindLate(tx.em().createQuery(
                "select count(o) from SalesOrder o where 1 = 1" + OrderConditions.LATE, Long.class), today)
                .getSingleResult();
    }

    /** The condition narrowing a query on {@code SalesOrder o} to one customer's orders; none for null. */
    private static String ofCustomer(Long customerId) {
        return customerId == null ? "" : " and o.customerId = :customer";
    }

    private static <T> TypedQuery<T> ofCustomer(TypedQuery<T> query, Long customerId) {
        return customerId == null ? query : query.setParameter("customer", customerId);
    }
}
