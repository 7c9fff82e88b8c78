package it.ordo.infrastructure.persistence;

import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.IntentDeclaration;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Comparator;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import it.ordo.domain.customer.CustomerSort;
import it.ordo.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class JpaCustomerRepository implements CustomerRepository {

    /** Literals rather than a list parameter: the query is translated once and its plan reused. */
    static final String STATUS = "it.ordo.domain.order.OrderStatus.";
    static final String OPEN_STATUSES = "(" + STATUS + "CONFIRMED, " + STATUS + "PICKING, " + STATUS + "PACKED, "
            + STATUS + "PARTIALLY_SHIPPED)";

    private final JpaTransactions tx;

    public JpaCustomerRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Customer> findByCode(String code) {
        // The delivery addresses in the same read: every order placed or shown needs them (the default ship-to),
        // and loading them apart was a second statement per confirmation. A list, not a stream: Hibernate's
        // stream is a scrollable cursor, which costs more than the one row it returns.
        return tx.em().createQuery("select c from Customer c left join fetch c.shippingAddresses where c.code = :code",
                        Customer.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(tx.em().find(Customer.class, id));
    }

    /** Code, name, Partita IVA or billing city; the pattern is a bound parameter with LIKE wildcards escaped. */
    private static final String MATCHES = """
            where lower(c.code) like :t escape '!' or lower(c.name) like :t escape '!'
               or c.vatNumber like :t escape '!' or lower(c.billingAddress.city) like :t escape '!'""";

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public List<Customer> list(String text, CustomerSort sort, boolean descending, int offset, int limit) {
        String direction = descending ? " desc" : "";
        String order = sort == null || sort == CustomerSort.CODE ? "c.code" + direction
                : sortPath(sort) + direction + ", c.code";
        return tx.em().createQuery("select c from Customer c " + MATCHES + " order by " + order, Customer.class)
                .setParameter("t", pattern(text)).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static String sortPath(CustomerSort sort) {
        return switch (sort) {
            case CODE -> "c.code";
            case NAME -> "lower(c.name)";
            case CITY -> "lower(c.billingAddress.city)";
            case VAT_NUMBER -> "c.vatNumber";
            case TIER -> "c.tier";
            case CREDIT_LIMIT -> "c.creditLimit";
            case BLOCKED -> "c.blocked";
        };
    }

    @Override
    public long count(String text) {
        return tx.em().createQuery("select count(c) from Customer c " + MATCHES, Long.class)
                .setParameter("t", pattern(text)).getSingleResult();
    }

    @Override
    public long count() {
        return tx.em().createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }

    @Override
    public void store(Customer customer) {
        if (customer.id() == null) {
            tx.em().persist(customer);
        }
    }

    /**
     * Plain JDBC on the confirmation path: profiled as HQL, Hibernate parsed this query again on every call
     * (about 6 % of a confirmation on embedded Derby), and as a native query it still worked out the result's
     * mapping from the driver's metadata each time; one number needs neither. The covering index
     * ix_order_customer_due (customer, status, held-from status, amount due: V25) answers it without reading the
     * orders.
     */
    private static final String EXPOSURE_SQL = """
            SELECT SUM(amount_due) FROM sales_order
            WHERE customer_id = ? AND (status IN ('CONFIRMED', 'PICKING', 'PACKED', 'PARTIALLY_SHIPPED')
               OR (status = 'ON_HOLD' AND held_from IN ('CONFIRMED', 'PICKING', 'PACKED')))""";

    @Override
    public BigDecimal openOrderExposure(long customerId) {
        return tx.em().unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(EXPOSURE_SQL)) {
                s.setLong(1, customerId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    BigDecimal sum = rs.next() ? rs.getBigDecimal(1) : null;
                    return sum == null ? BigDecimal.ZERO : sum;
                }
            }
        });
    }

    @Override
    public Map<Long, BigDecimal> openOrderExposure(Collection<Long> customerIds) {
        Map<Long, BigDecimal> exposure = new HashMap<>();
        if (customerIds.isEmpty()) {
            return exposure;
        }
        tx.em().createQuery("""
                        select o.customerId, sum(o.amountDue) from SalesOrder o
                        where o.customerId in :ids and (o.status in %s
                           or (o.status = %sON_HOLD and o.heldFrom in %s))
                        group by o.customerId""".formatted(OPEN_STATUSES, STATUS, OPEN_STATUSES), Object[].class)
                .setParameter("ids", customerIds)
                .getResultList()
                .forEach(r -> exposure.put((Long) r[0], (BigDecimal) r[1]));
        return exposure;
    }

    @Override
    public Optional<IntentDeclaration> activeDeclaration(long customerId, LocalDate day, boolean lock) {
        if (lock && lockDeclarationRows("customer_id = ? AND valid_from <= ? AND valid_to >= ?", customerId, day) == 0) {
            return Optional.empty(); // the lock's own read found none: most customers have no declaration
        }
        List<IntentDeclaration> found = tx.em().createQuery("""
                        select d from IntentDeclaration d
                        where d.customerId = :c and d.validFrom <= :day and d.validTo >= :day""", IntentDeclaration.class)
                .setParameter("c", customerId).setParameter("day", day).getResultList();
        if (lock) {
            // Read again after the lock: a copy loaded earlier in this transaction may be stale.
            found.forEach(tx.em()::refresh);
        }
        return found.stream().max(Comparator.comparing(IntentDeclaration::remaining));
    }

    @Override
    public Map<Long, IntentDeclaration> activeDeclarations(Collection<Long> customerIds, LocalDate day) {
        Map<Long, IntentDeclaration> active = new HashMap<>();
        if (customerIds.isEmpty()) {
            return active;
        }
        tx.em().createQuery("""
                        select d from IntentDeclaration d
                        where d.customerId in :ids and d.validFrom <= :day and d.validTo >= :day""", IntentDeclaration.class)
                .setParameter("ids", customerIds).setParameter("day", day).getResultList()
                .forEach(d -> active.merge(d.customerId(), d,
                        (a, b) -> a.remaining().compareTo(b.remaining()) >= 0 ? a : b));
        return active;
    }

    @Override
    public Optional<IntentDeclaration> lockDeclaration(long declarationId) {
        lockDeclarationRows("id = ?", declarationId, null);
        IntentDeclaration d = tx.em().find(IntentDeclaration.class, declarationId);
        if (d != null) {
            tx.em().refresh(d);
        }
        return Optional.ofNullable(d);
    }

    /**
     * Row locks by plain JDBC, as the stock locks are taken ({@link JpaInventoryRepository#lockStocks}): Derby
     * keeps a lock at READ_COMMITTED only with WITH RS.
     */
    private int lockDeclarationRows(String where, long id, LocalDate day) {
        Session session = tx.em().unwrap(Session.class);
        boolean derby = session.getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof OrdoDerbyDialect;
        return session.doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM intent_declaration WHERE " + where
                    + (derby ? " FOR UPDATE WITH RS" : " FOR UPDATE"))) {
                s.setLong(1, id);
                if (day != null) {
                    s.setDate(2, java.sql.Date.valueOf(day));
                    s.setDate(3, java.sql.Date.valueOf(day));
                }
                try (ResultSet rs = s.executeQuery()) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++; // each row read is locked
                    }
                    return rows;
                }
            }
        });
    }

    @Override
    public List<IntentDeclaration> declarations(long customerId) {
        return tx.em().createQuery("select d from IntentDeclaration d where d.customerId = :c order by d.validFrom desc, d.id desc",
                IntentDeclaration.class).setParameter("c", customerId).getResultList();
    }

    @Override
    public boolean declarationExists(String protocol) {
        return !tx.em().createQuery("select d.id from IntentDeclaration d where d.protocol = :p", Long.class)
                .setParameter("p", protocol).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void storeDeclaration(IntentDeclaration declaration) {
        if (declaration.id() == null) {
            tx.em().persist(declaration);
        }
    }
}
