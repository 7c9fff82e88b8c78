package it.ordo.infrastructure.persistence;

import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderNumber;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
    public boolean existsExternal(Channel channel, String externalRef) {
        return !tx.em().createQuery("select o.id from SalesOrder o where o.channel = :c and o.externalRef = :r", Long.class)
                .setParameter("c", channel).setParameter("r", externalRef).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public OrderNumber nextOrderNumber(int year) {
        return OrderNumber.of(year, numbering.next("ORD", year));
    }

    @Override
    public void store(SalesOrder order) {
        if (order.id() == null) {
            tx.em().persist(order);
        } else {
            // The caller holds every lock it needs by now: writing the changes here, rather than at commit,
            // gives the order the version it is saved with.
            tx.em().flush();
        }
    }

    @Override
    public List<SalesOrder> waitingFor(long productId, long warehouseId) {
        List<Object[]> rows = tx.em().createQuery("""
                        select o, c.tier from SalesOrder o, Customer c
                        where c.id = o.customerId and o.warehouseId = :w and o.status in %s
                          and exists (select 1 from OrderLine l where l.orderId = o.id
                                      and l.productId = :p and l.backorderedQty > 0)""".formatted(
                                JpaCustomerRepository.OPEN_STATUSES), Object[].class)
                .setParameter("w", warehouseId).setParameter("p", productId)
                .getResultList();
        return rows.stream().sorted(SERVICE_ORDER).map(r -> (SalesOrder) r[0]).toList();
    }

    @Override
    public List<SalesOrder> list(OrderStatus status, Long customerId, int limit) {
        StringBuilder jpql = new StringBuilder("select o from SalesOrder o where 1 = 1");
        if (status != null) {
            jpql.append(" and o.status = :s");
        }
        if (customerId != null) {
            jpql.append(" and o.customerId = :c");
        }
        var query = tx.em().createQuery(jpql.append(" order by o.createdAt desc, o.id desc").toString(), SalesOrder.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        if (customerId != null) {
            query.setParameter("c", customerId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return tx.em().createQuery("select count(o) from SalesOrder o", Long.class).getSingleResult();
    }
}
