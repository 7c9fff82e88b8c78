package it.ordo.infrastructure.persistence;

import it.ordo.domain.DomainException;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockHolding;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.inventory.StockSort;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.inventory.SupplyLine;
import it.ordo.domain.inventory.Warehouse;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import java.util.Optional;

public final class JpaInventoryRepository implements InventoryRepository {

    private final JpaTransactions tx;

    public JpaInventoryRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Warehouse> findWarehouse(String code) {
        // A list, not a stream: Hibernate's stream is a scrollable cursor, dearer than the one row it returns.
        return tx.em().createQuery("select w from Warehouse w where w.code = :c", Warehouse.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Warehouse> findWarehouse(long id) {
        return Optional.ofNullable(tx.em().find(Warehouse.class, id));
    }

    @Override
    public List<Warehouse> warehouses() {
        return tx.em().createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList();
    }

    @Override
    public void store(Warehouse warehouse) {
        if (warehouse.id() == null) {
            tx.em().persist(warehouse);
        }
    }

    @Override
    public Optional<Stock> findStock(long productId, long warehouseId) {
        return tx.em().createQuery("select s from Stock s where s.productId = :p and s.warehouseId = :w", Stock.class)
                .setParameter("p", productId).setParameter("w", warehouseId).getResultStream().findFirst();
    }

    @Override
    public Stock lockStock(long productId, long warehouseId) {
        List<Stock> rows = tx.em()
                .createQuery("select s from Stock s where s.productId = :p and s.warehouseId = :w", Stock.class)
                .setParameter("p", productId).setParameter("w", warehouseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException("stock.missing", productId, warehouseId);
        }
        // If this transaction had read the row before without the lock, its copy may be stale; the version
        // check at commit then fails and the transaction runner retries, so no update is ever lost.
        return rows.getFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public SortedMap<Long, Stock> lockStocks(Collection<Long> productIds, long warehouseId) {
        SortedMap<Long, Stock> locked = new TreeMap<>();
        if (productIds.isEmpty()) {
            return locked;
        }
        TreeSet<Long> ascending = new TreeSet<>(productIds);
        Session session = tx.em().unwrap(Session.class);
        boolean derby = session.getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof OrdoDerbyDialect;
        // The locks by plain JDBC, then the rows in one read: ten Hibernate queries cost far more than these
        // statements (and Hibernate's multi-id load, tried, builds its SQL again on every call). Derby takes
        // one row per statement so the locks come in ascending product order (one statement over all rows
        // locks in whatever order its plan visits them, and Derby allows no ORDER BY with FOR UPDATE) and
        // needs WITH RS to keep the lock at READ_COMMITTED; PostgreSQL locks the rows of one statement in its
        // ORDER BY's order, so it takes them all in one round trip instead of one per product.
        session.doWork(c -> {
            if (derby) {
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT id FROM stock WHERE product_id = ? AND warehouse_id = ? FOR UPDATE WITH RS")) {
                    for (Long productId : ascending) {
                        lock.setLong(1, productId);
                        lock.setLong(2, warehouseId);
                        try (ResultSet rs = lock.executeQuery()) {
                            if (!rs.next()) {
                                throw new DomainException("stock.missing", productId, warehouseId);
                            }
                        }
                    }
                }
            } else {
                try (PreparedStatement lock = c.prepareStatement("SELECT product_id FROM stock WHERE warehouse_id = ?"
                        + " AND product_id IN (" + "?, ".repeat(ascending.size() - 1) + "?) ORDER BY product_id FOR UPDATE")) {
                    lock.setLong(1, warehouseId);
                    int i = 2;
                    for (Long productId : ascending) {
                        lock.setLong(i++, productId);
                    }
                    TreeSet<Long> missing = new TreeSet<>(ascending);
                    try (ResultSet rs = lock.executeQuery()) {
                        while (rs.next()) {
                            missing.remove(rs.getLong(1));
                        }
                    }
                    if (!missing.isEmpty()) {
                        throw new DomainException("stock.missing", missing.first(), warehouseId);
                    }
                }
            }
        });
        // Read after the locks, so a row this transaction had not read yet is current. A row it had read
        // before comes back as that copy; if it is stale, the version check at commit fails and the
        // transaction runner retries, as with lockStock.
        List<Stock> rows = tx.em().createNativeQuery(
                        "SELECT s.* FROM stock s WHERE s.warehouse_id = :w AND s.product_id IN (:p)", Stock.class)
                .setParameter("w", warehouseId).setParameter("p", ascending).getResultList();
        rows.forEach(s -> locked.put(s.productId(), s));
        return locked;
    }

    @Override
    public List<Stock> stocks(Long productId, Long warehouseId, int offset, int limit) {
        // Built per filter: Derby refuses an untyped "? is null".
        StringBuilder jpql = new StringBuilder("select s from Stock s where 1 = 1");
        if (productId != null) {
            jpql.append(" and s.productId = :p");
        }
        if (warehouseId != null) {
            jpql.append(" and s.warehouseId = :w");
        }
        var query = tx.em().createQuery(jpql.append(" order by s.productId, s.warehouseId").toString(), Stock.class);
        if (productId != null) {
            query.setParameter("p", productId);
        }
        if (warehouseId != null) {
            query.setParameter("w", warehouseId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void store(Stock stock) {
        if (stock.id() == null) {
            tx.em().persist(stock);
        }
    }

    @Override
    public void record(StockMovement movement) {
        if (movement != null) {
            record(List.of(movement));
        }
    }

    @Override
    public void record(List<StockMovement> movements) {
        // Ledger rows are never changed once written: inserted now, in one batch (JdbcInserts), rather than
        // persisted for Hibernate's flush at commit.
        new JdbcInserts(tx.em().unwrap(SessionImplementor.class)).insert(StockMovement.class, movements, null);
    }

    @Override
    public List<SupplyLine> openSupply(long productId, long warehouseId) {
        return tx.em().createQuery("""
                        select l from SupplyLine l
                        where l.productId = :p and l.warehouseId = :w and l.receivedQty < l.quantity
                        order by l.expectedDate, l.id""", SupplyLine.class)
                .setParameter("p", productId).setParameter("w", warehouseId).getResultList();
    }

    @Override
    public List<SupplyLine> openSupply(String poNumber, long productId, long warehouseId) {
        return tx.em().createQuery("""
                        select l from SupplyLine l
                        where l.poNumber = :po and l.productId = :p and l.warehouseId = :w and l.receivedQty < l.quantity
                        order by l.expectedDate, l.id""", SupplyLine.class)
                .setParameter("po", poNumber).setParameter("p", productId).setParameter("w", warehouseId)
                .getResultList();
    }

    @Override
    public void store(SupplyLine line) {
        if (line.id() == null) {
            tx.em().persist(line);
        }
    }

    @Override
    public BigDecimal backordered(long productId, long warehouseId) {
        BigDecimal sum = tx.em().createQuery("""
                        select sum(l.backorderedQty) from SalesOrder o join o.lines l
                        where l.productId = :p and o.warehouseId = :w
                          and (o.status in %s or o.status = %sON_HOLD)""".formatted(
                                JpaCustomerRepository.OPEN_STATUSES, JpaCustomerRepository.STATUS), BigDecimal.class)
                .setParameter("p", productId).setParameter("w", warehouseId)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * Orders that hold stock or wait for it: confirmed and not yet shipped, or on hold (a held order keeps its
     * allocation and its place in the backorder queue).
     */
    private static final String HOLDING = "(o.status in " + JpaCustomerRepository.OPEN_STATUSES + " or o.status = "
            + JpaCustomerRepository.STATUS + "ON_HOLD)";

    /** Open supply per product and warehouse: only open lines, a small set whatever the catalogue's size. */
    private static final String SUPPLY_TOTALS = """
             left join (select l.productId as pid, l.warehouseId as wid, sum(l.quantity - l.receivedQty) as qty,
                               min(l.expectedDate) as nextDate
                        from SupplyLine l where l.receivedQty < l.quantity
                        group by l.productId, l.warehouseId) sup on sup.pid = s.productId and sup.wid = s.warehouseId""";

    /** Backordered quantity per product and warehouse: only backordered lines of orders still open. */
    private static final String BACKORDER_TOTALS = """
             %s join (select ol.productId as pid, o.warehouseId as wid, sum(ol.backorderedQty) as qty
                        from SalesOrder o join o.lines ol
                        where ol.backorderedQty > 0 and %s
                        group by ol.productId, o.warehouseId) bo on bo.pid = s.productId and bo.wid = s.warehouseId""";

    /**
     * Which tables a stock-list query must join: only those its filters and sort need. On Derby a join of the
     * 100,000 stock rows with the products costs about half a second, so counting every row of an unfiltered
     * list, or sorting by available quantity, must not pay for it.
     */
    private record StockJoins(boolean product, boolean warehouse, boolean supply, boolean backorders) {

        static StockJoins of(StockQuery q, boolean sorting) {
            StockSort sort = sorting ? q.sort() : null;
            boolean supply = sort == StockSort.INCOMING || sort == StockSort.NEXT_EXPECTED;
            boolean backorders = q.withBackorders() || sort == StockSort.BACKORDERED;
            boolean product = q.text() != null || q.category() != null || q.belowReorderPoint()
                    || sort == StockSort.SKU || sort == StockSort.DESCRIPTION || sort == StockSort.CATEGORY
                    || sort == StockSort.REORDER_POINT;
            return new StockJoins(product, sort == StockSort.SKU || sort == StockSort.WAREHOUSE, supply, backorders);
        }

        String from(boolean withBackordersOnly) {
            StringBuilder from = new StringBuilder("from Stock s");
            if (product) {
                from.append(" join Product p on p.id = s.productId");
            }
            if (warehouse) {
                from.append(" join Warehouse w on w.id = s.warehouseId");
            }
            if (supply) {
                from.append(' ').append(SUPPLY_TOTALS);
            }
            if (backorders) {
                // Filtering on backorders keeps only rows that have some: an inner join says so by itself.
                from.append(' ').append(BACKORDER_TOTALS.formatted(withBackordersOnly ? "" : "left", HOLDING));
            }
            return from.toString();
        }
    }

    private static String sortPath(StockSort sort) {
        return switch (sort) {
            case SKU -> "p.sku";
            case DESCRIPTION -> "p.description";
            case CATEGORY -> "p.category";
            case WAREHOUSE -> "w.code";
            case ON_HAND -> "s.onHand";
            case ALLOCATED -> "s.allocated";
            case AVAILABLE -> "s.onHand - s.allocated";
            case INCOMING -> "coalesce(sup.qty, 0)";
            case NEXT_EXPECTED -> "sup.nextDate";
            case REORDER_POINT -> "p.reorderPoint";
            case BACKORDERED -> "coalesce(bo.qty, 0)";
        };
    }

    /** The filters as a where clause with named parameters only: user text never becomes query text. */
    private static String where(StockQuery q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.text() != null) {
            where.append(" and (lower(p.sku) like :text escape '!' or p.ean like :text escape '!'"
                    + " or lower(p.description) like :text escape '!')");
        }
        if (q.category() != null) {
            where.append(" and p.category = :category");
        }
        if (q.warehouseCode() != null) {
            where.append(" and s.warehouseId in (select wf.id from Warehouse wf where wf.code = :warehouse)");
        }
        if (q.belowReorderPoint()) {
            where.append(" and s.onHand - s.allocated < p.reorderPoint");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, StockQuery q) {
        if (q.text() != null) {
            String escaped = q.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("text", "%" + escaped + "%");
        }
        if (q.category() != null) {
            query.setParameter("category", q.category());
        }
        if (q.warehouseCode() != null) {
            query.setParameter("warehouse", q.warehouseCode());
        }
    }

    /**
     * Two statements: the ids of the page's stock rows (filtered, sorted and cut in the database, joining only
     * what the filters and sort need), then those rows in full, with supply and backorders by subqueries that
     * touch the page's rows only.
     */
    @Override
    public List<StockRow> search(StockQuery q) {
        StockJoins joins = StockJoins.of(q, true);
        String direction = q.descending() ? " desc" : " asc";
        // Rows with no supply expected come last in both directions (portable: a flag first, then the date).
        String order = (q.sort() == StockSort.NEXT_EXPECTED ? "case when sup.nextDate is null then 1 else 0 end, " : "")
                + sortPath(q.sort()) + direction
                // Ties in SKU order when the products are joined anyway, else in the order the stock rows were made.
                + (joins.product() ? ", p.sku" : "") + (joins.warehouse() ? ", w.code" : "") + ", s.id";
        TypedQuery<Long> ids = tx.em().createQuery("select s.id " + joins.from(q.withBackorders()) + where(q)
                + " order by " + order, Long.class);
        bind(ids, q);
        List<Long> page = ids.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, StockRow> byId = new java.util.HashMap<>();
        tx.em().createQuery("""
                        select s.id, p.sku, p.ean, p.description, p.category, w.code, s.onHand, s.allocated,
                               (select coalesce(sum(l.quantity - l.receivedQty), 0) from SupplyLine l
                                where l.productId = s.productId and l.warehouseId = s.warehouseId
                                  and l.receivedQty < l.quantity),
                               (select min(l.expectedDate) from SupplyLine l
                                where l.productId = s.productId and l.warehouseId = s.warehouseId
                                  and l.receivedQty < l.quantity),
                               p.reorderPoint,
                               (select coalesce(sum(ol.backorderedQty), 0) from SalesOrder o join o.lines ol
                                where ol.productId = s.productId and o.warehouseId = s.warehouseId
                                  and ol.backorderedQty > 0 and %s)
                        from Stock s join Product p on p.id = s.productId join Warehouse w on w.id = s.warehouseId
                        where s.id in :ids""".formatted(HOLDING), Object[].class)
                .setParameter("ids", page)
                .getResultList()
                .forEach(r -> byId.put((Long) r[0], new StockRow((String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (BigDecimal) r[6], (BigDecimal) r[7],
                        ((BigDecimal) r[6]).subtract((BigDecimal) r[7]), decimal(r[8]), (LocalDate) r[9],
                        (BigDecimal) r[10], decimal(r[11]))));
        return page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    @Override
    public long count(StockQuery q) {
        TypedQuery<Long> query = tx.em().createQuery("select count(s) " + StockJoins.of(q, false)
                .from(q.withBackorders()) + where(q), Long.class);
        bind(query, q);
        return query.getSingleResult();
    }

    @Override
    public List<StockHolding> holdings(long productId, long warehouseId) {
        return tx.em().createQuery("""
                        select o.orderNumber, c.code, c.name, o.status, l.allocatedQty, l.backorderedQty, l.promisedDate
                        from SalesOrder o join o.lines l join Customer c on c.id = o.customerId
                        where l.productId = :p and o.warehouseId = :w
                          and (l.allocatedQty > 0 or l.backorderedQty > 0) and %s
                        order by o.createdAt, o.orderNumber, l.lineNo""".formatted(HOLDING), Object[].class)
                .setParameter("p", productId).setParameter("w", warehouseId)
                .getResultList().stream()
                .map(r -> new StockHolding((String) r[0], (String) r[1], (String) r[2], String.valueOf(r[3]),
                        (BigDecimal) r[4], (BigDecimal) r[5], (LocalDate) r[6]))
                .toList();
    }

    @Override
    public List<String> categories() {
        return tx.em().createQuery("select distinct p.category from Product p order by p.category", String.class)
                .getResultList();
    }

    /** Product ids in slices small enough for any database's IN list. */
    private static List<List<Long>> slices(java.util.Collection<Long> ids) {
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<List<Long>> slices = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            slices.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return slices;
    }

    @Override
    public java.util.Map<Long, Stock> findStocks(java.util.Collection<Long> productIds, long warehouseId) {
        java.util.Map<Long, Stock> found = new java.util.HashMap<>();
        for (List<Long> slice : slices(productIds)) {
            tx.em().createQuery("select s from Stock s where s.productId in :p and s.warehouseId = :w", Stock.class)
                    .setParameter("p", slice).setParameter("w", warehouseId).getResultList()
                    .forEach(st -> found.put(st.productId(), st));
        }
        return found;
    }

    @Override
    public java.util.Map<Long, List<SupplyLine>> openSupply(java.util.Collection<Long> productIds, long warehouseId) {
        java.util.Map<Long, List<SupplyLine>> found = new java.util.HashMap<>();
        for (List<Long> slice : slices(productIds)) {
            tx.em().createQuery("""
                            select l from SupplyLine l
                            where l.productId in :p and l.warehouseId = :w and l.receivedQty < l.quantity
                            order by l.expectedDate, l.id""", SupplyLine.class)
                    .setParameter("p", slice).setParameter("w", warehouseId).getResultList()
                    .forEach(l -> found.computeIfAbsent(l.productId(), id -> new java.util.ArrayList<>()).add(l));
        }
        return found;
    }

    @Override
    public java.util.Map<Long, BigDecimal> backordered(java.util.Collection<Long> productIds, long warehouseId) {
        java.util.Map<Long, BigDecimal> found = new java.util.HashMap<>();
        for (List<Long> slice : slices(productIds)) {
            tx.em().createQuery("""
                            select l.productId, sum(l.backorderedQty) from SalesOrder o join o.lines l
                            where l.productId in :p and o.warehouseId = :w
                              and (o.status in %s or o.status = %sON_HOLD)
                            group by l.productId""".formatted(
                                    JpaCustomerRepository.OPEN_STATUSES, JpaCustomerRepository.STATUS), Object[].class)
                    .setParameter("p", slice).setParameter("w", warehouseId).getResultList()
                    .forEach(r -> {
                        if (r[1] != null) {
                            found.put((Long) r[0], (BigDecimal) r[1]);
                        }
                    });
        }
        return found;
    }

    @Override
    public List<Stock> quarantinedStocks() {
        return tx.em().createQuery("select s from Stock s where s.quarantined > 0 order by s.productId, s.warehouseId",
                Stock.class).getResultList();
    }
}
