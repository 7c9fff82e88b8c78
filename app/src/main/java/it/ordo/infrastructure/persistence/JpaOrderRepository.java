package it.ordo.infrastructure.persistence;

import it.ordo.domain.Normalization;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderFollowUp;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderNumber;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderSearch;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.order.StatusChange;
import jakarta.persistence.TypedQuery;
import org.hibernate.engine.spi.SessionImplementor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class JpaOrderRepository implements OrderRepository {

    /** Served first: tier A before C, urgent before low, earliest requested date, then first come. */
    private static final Comparator<Object[]> SERVICE_ORDER = Comparator
            .<Object[], Tier>comparing(r -> (Tier) r[1])
            .thenComparing(r -> ((SalesOrder) r[0]).priority(), Comparator.reverseOrder())
            .thenComparing(r -> ((SalesOrder) r[0]).requestedDate(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(r -> ((SalesOrder) r[0]).createdAt())
            .thenComparing(r -> ((SalesOrder) r[0]).id());

    private final JpaTransactions tx;
    private final Numbering numbering;

    public JpaOrderRepository(JpaTransactions tx) {
        this.tx = tx;
        this.numbering = new Numbering(tx);
    }

    @Override
    public Optional<SalesOrder> findByNumber(String number) {
        return tx.em().createQuery("select o from SalesOrder o where o.orderNumber = :n", SalesOrder.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<SalesOrder> find(long id) {
        return Optional.ofNullable(tx.em().find(SalesOrder.class, id));
    }

    @Override
    public Optional<SalesOrder> findByExternal(Channel channel, String externalRef) {
        return tx.em().createQuery("select o from SalesOrder o where o.channel = :c and o.externalRefKey = :r",
                        SalesOrder.class)
                .setParameter("c", channel).setParameter("r", Normalization.key(externalRef)).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    @Override
    public boolean existsExternal(Channel channel, String externalRef) {
        // Plain JDBC on the session's connection, as the credit exposure is read: asked once per confirmation,
        // and Hibernate's query machinery cost more than the index look-up itself. Like the HQL query it
        // replaces (the session flushes only at commit: docs/architecture.md), it sees the orders written.
        org.hibernate.Session session = tx.em().unwrap(org.hibernate.Session.class);
        return session.doReturningWork(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM sales_order WHERE channel = ? AND external_ref_key = ?")) {
                s.setString(1, channel.name());
                s.setString(2, Normalization.key(externalRef));
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public OrderNumber nextOrderNumber(int year) {
        return OrderNumber.of(year, numbering.next("ORD", year));
    }

    @Override
    public void store(SalesOrder order) {
        if (order.id() == null) {
            // Written now, complete, in three batches (order, lines, history) rather than persisted for the flush
            // at commit: see JdbcInserts. Nothing changes a new order again in the transaction that stores it.
            JdbcInserts inserts = new JdbcInserts(tx.em().unwrap(SessionImplementor.class));
            inserts.insert(SalesOrder.class, List.of(order), null);
            inserts.insert(OrderLine.class, order.lines(), order);
            inserts.insert(StatusChange.class, order.history(), order);
        } else {
            // The caller holds every lock it needs by now: writing the changes here, rather than at commit,
            // gives the order the version it is saved with.
            tx.em().flush();
        }
    }

    @Override
    public List<SalesOrder> waitingFor(long productId, long warehouseId) {
        // Two steps, starting from the product's lines (index ix_line_product): as one join with EXISTS, Derby
        // walked every open order of the warehouse for each receipt, the largest cost of the demo's year.
        List<Long> orderIds = tx.em().createQuery("""
                        select distinct l.orderId from OrderLine l
                        where l.productId = :p and l.backorderedQty > 0""", Long.class)
                .setParameter("p", productId).getResultList();
        if (orderIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = tx.em().createQuery("""
                        select o, c.tier from SalesOrder o, Customer c
                        where c.id = o.customerId and o.id in :ids and o.warehouseId = :w and o.status in %s""".formatted(
                                JpaCustomerRepository.OPEN_STATUSES), Object[].class)
                .setParameter("w", warehouseId).setParameter("ids", orderIds)
                .getResultList();
        return rows.stream().sorted(SERVICE_ORDER).map(r -> (SalesOrder) r[0]).toList();
    }

    /** Fixed paths per sort column: a sort chosen by a user never becomes query text of their own. */
    private static final Map<OrderSort, String> SORT_PATHS = new EnumMap<>(OrderSort.class);

    static {
        String priority = "it.ordo.domain.order.Priority.";
        SORT_PATHS.put(OrderSort.NUMBER, "o.orderNumber");
        SORT_PATHS.put(OrderSort.ORDER_DATE, "o.createdAt");
        SORT_PATHS.put(OrderSort.CUSTOMER, "c.name");
        SORT_PATHS.put(OrderSort.STATUS, "o.status");
        SORT_PATHS.put(OrderSort.CHANNEL, "o.channel");
        // By urgency, not by the name's alphabet.
        SORT_PATHS.put(OrderSort.PRIORITY, "case o.priority when " + priority + "LOW then 0 when " + priority
                + "NORMAL then 1 when " + priority + "HIGH then 2 else 3 end");
        SORT_PATHS.put(OrderSort.REQUESTED_DATE, "o.requestedDate");
        SORT_PATHS.put(OrderSort.PROMISED_DATE, "o.promisedDate");
        SORT_PATHS.put(OrderSort.TOTAL, "o.grossTotal");
        SORT_PATHS.put(OrderSort.EXTERNAL_REF, "o.externalRef");
    }

    @Override
    public List<OrderListing> search(OrderSearch search, int offset, int limit) {
        String direction = search.descending() ? " desc" : " asc";
        String jpql = """
                select new it.ordo.domain.order.OrderListing(o.orderNumber, o.createdAt, c.code, c.name, o.channel,
                       o.status, o.priority, o.requestedDate, o.promisedDate, o.grossTotal, o.externalRef)
                from SalesOrder o, Customer c where c.id = o.customerId""" + where(search)
                + " order by " + SORT_PATHS.get(search.sort()) + direction + ", o.id" + direction;
        TypedQuery<OrderListing> query = tx.em().createQuery(jpql, OrderListing.class);
        bind(query, search);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(OrderSearch search) {
        TypedQuery<Long> query = tx.em().createQuery(
                "select count(o) from SalesOrder o, Customer c where c.id = o.customerId" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    /** The conditions of the criteria given; every value is a bound parameter. */
    private static String where(OrderSearch s) {
        StringBuilder w = new StringBuilder();
        if (s.status() != null) {
            w.append(" and o.status = :status");
        }
        if (s.channel() != null) {
            w.append(" and o.channel = :channel");
        }
        if (s.priority() != null) {
            w.append(" and o.priority = :priority");
        }
        // The days of sold orders are their confirmation's, as the sales figures count them.
        String taken = s.followUp() == OrderFollowUp.SOLD ? "o.confirmedAt" : "o.createdAt";
        if (s.takenFrom() != null) {
            w.append(" and ").append(taken).append(" >= :takenFrom");
        }
        if (s.takenBefore() != null) {
            w.append(" and ").append(taken).append(" < :takenBefore");
        }
        if (s.followUp() != null) {
            w.append(switch (s.followUp()) {
                case LATE -> OrderConditions.LATE;
                case WAITING_FOR_STOCK -> OrderConditions.WAITING_FOR_STOCK;
                case SOLD -> " and o.confirmedAt is not null and o.status <> :cancelled";
            });
        }
        if (s.customerId() != null) {
            w.append(" and o.customerId = :customerId");
        }
        if (s.customerIds() != null) {
            // An agent without customers sees no orders ("in ()" is no SQL).
            w.append(s.customerIds().isEmpty() ? " and 1 = 0" : " and o.customerId in :customerIds");
        }
        if (s.customer() != null) {
            w.append(" and (lower(c.code) like :customerCode escape '!' or lower(c.name) like :customerName escape '!')");
        }
        if (s.text() != null) {
            w.append(" and (lower(o.orderNumber) like :text escape '!' or lower(o.externalRef) like :text escape '!'"
                    + " or lower(c.name) like :text escape '!')");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, OrderSearch s) {
        if (s.followUp() != null) {
            switch (s.followUp()) {
                case LATE -> OrderConditions.bindLate(q, s.today());
                case WAITING_FOR_STOCK -> OrderConditions.bindOpen(q);
                case SOLD -> q.setParameter("cancelled", OrderStatus.CANCELLED);
            }
        }
        if (s.status() != null) {
            q.setParameter("status", s.status());
        }
        if (s.channel() != null) {
            q.setParameter("channel", s.channel());
        }
        if (s.priority() != null) {
            q.setParameter("priority", s.priority());
        }
        if (s.takenFrom() != null) {
            q.setParameter("takenFrom", s.takenFrom());
        }
        if (s.takenBefore() != null) {
            q.setParameter("takenBefore", s.takenBefore());
        }
        if (s.customerId() != null) {
            q.setParameter("customerId", s.customerId());
        }
        if (s.customerIds() != null && !s.customerIds().isEmpty()) {
            q.setParameter("customerIds", s.customerIds());
        }
        if (s.customer() != null) {
            q.setParameter("customerCode", literal(s.customer()) + "%");
            q.setParameter("customerName", "%" + literal(s.customer()) + "%");
        }
        if (s.text() != null) {
            q.setParameter("text", "%" + literal(s.text()) + "%");
        }
    }

    /** What the user typed, matched as typed: % and _ are characters, not wildcards. */
    private static String literal(String typed) {
        return typed.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public long count() {
        return tx.em().createQuery("select count(o) from SalesOrder o", Long.class).getSingleResult();
    }
}
