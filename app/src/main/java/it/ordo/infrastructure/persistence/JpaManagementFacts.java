package it.ordo.infrastructure.persistence;

import it.ordo.domain.reporting.ManagementFacts;
import it.ordo.domain.reporting.ReturnedLineFact;
import it.ordo.domain.reporting.ShippedLineFact;
import it.ordo.domain.reporting.StockFact;
import it.ordo.domain.reporting.TicketFact;
import it.ordo.domain.support.TicketStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The returns, tickets and stock facts read with JPQL constructor queries: flat rows, no entity loaded. */
public final class JpaManagementFacts implements ManagementFacts {

    private final JpaTransactions tx;

    public JpaManagementFacts(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<ShippedLineFact> shippedLines(Instant from, Instant before) {
        return shippedLines(from, before, null);
    }

    @Override
    public List<ShippedLineFact> customerShippedLines(long customerId, Instant from, Instant before) {
        return shippedLines(from, before, customerId);
    }

    private List<ShippedLineFact> shippedLines(Instant from, Instant before, Long customerId) {
        return ofCustomer(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.ShippedLineFact(sl.sku, sl.description, c.code, c.name,
                               w.code, sl.quantity, ol.quantity, ol.netAmount)
                        from Shipment s join s.lines sl, SalesOrder o, OrderLine ol, Customer c, Warehouse w
                        where o.id = s.orderId and ol.orderId = o.id and ol.lineNo = sl.orderLineNo
                          and c.id = o.customerId and w.id = s.warehouseId
                          and s.issuedAt >= :from and s.issuedAt < :before and s.cancelledAt is null"""
                        + (customerId == null ? "" : " and o.customerId = :customer") + " " + """
                        order by s.issuedAt, s.id, sl.lineNo""", ShippedLineFact.class), customerId)
                .setParameter("from", from).setParameter("before", before).getResultList();
    }

    @Override
    public List<ReturnedLineFact> returnedLines(Instant from, Instant before) {
        return returnedLines(from, before, null);
    }

    @Override
    public List<ReturnedLineFact> customerReturnedLines(long customerId, Instant from, Instant before) {
        return returnedLines(from, before, customerId);
    }

    private List<ReturnedLineFact> returnedLines(Instant from, Instant before, Long customerId) {
        return ofCustomer(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.ReturnedLineFact(r.rmaNumber, p.sku, p.description, c.code,
                               c.name, w.code, r.reason, rl.quantity, rl.creditNet)
                        from CustomerReturn r join r.lines rl, Product p, Customer c, SalesOrder o, Warehouse w
                        where p.id = rl.productId and c.id = r.customerId and o.id = r.orderId
                          and w.id = o.warehouseId and r.authorisedAt >= :from and r.authorisedAt < :before"""
                        + (customerId == null ? "" : " and r.customerId = :customer") + " " + """
                        order by r.authorisedAt, r.rmaNumber, rl.lineNo""", ReturnedLineFact.class), customerId)
                .setParameter("from", from).setParameter("before", before).getResultList();
    }

    @Override
    public List<TicketFact> ticketsOpened(Instant from, Instant before) {
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.TicketFact(t.ticketNumber, t.category, t.status,
                               t.createdAt, t.dueAt, t.resolvedAt)
                        from Ticket t where t.createdAt >= :from and t.createdAt < :before
                        order by t.createdAt, t.ticketNumber""", TicketFact.class)
                .setParameter("from", from).setParameter("before", before).getResultList();
    }

    @Override
    public List<TicketFact> activeTickets() {
        return activeTickets(null);
    }

    @Override
    public List<TicketFact> customerActiveTickets(long customerId) {
        return activeTickets(customerId);
    }

    private List<TicketFact> activeTickets(Long customerId) {
        return ofCustomer(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.TicketFact(t.ticketNumber, t.category, t.status,
                               t.createdAt, t.dueAt, t.resolvedAt)
                        from Ticket t where t.status not in :done"""
                        + (customerId == null ? "" : " and t.customerId = :customer") + " " + """
                        order by t.dueAt, t.ticketNumber""", TicketFact.class), customerId)
                .setParameter("done", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)).getResultList();
    }

    private static <T> jakarta.persistence.TypedQuery<T> ofCustomer(jakarta.persistence.TypedQuery<T> query,
                                                                  Long customerId) {
        return customerId == null ? query : query.setParameter("customer", customerId);
    }

    @Override
    public List<StockFact> stock() {
        // The last DDT per product and warehouse in one grouped query, joined here: a correlated subquery per
        // stock row would read the shipment lines once for each of 100,000 rows.
        Map<String, Instant> last = new HashMap<>();
        for (Object[] row : tx.em().createQuery("""
                        select sl.productId, s.warehouseId, max(s.issuedAt)
                        from Shipment s join s.lines sl where s.cancelledAt is null
                        group by sl.productId, s.warehouseId""", Object[].class).getResultList()) {
            last.put(row[0] + "/" + row[1], (Instant) row[2]);
        }
        List<Object[]> rows = tx.em().createQuery("""
                        select p.sku, p.description, p.category, w.code, s.onHand, s.allocated, s.quarantined,
                               p.unitCost, p.reorderPoint, p.id, w.id
                        from Stock s, Product p, Warehouse w
                        where p.id = s.productId and w.id = s.warehouseId
                        order by w.code, p.category, p.sku""", Object[].class).getResultList();
        return rows.stream().map(r -> new StockFact((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (java.math.BigDecimal) r[4], (java.math.BigDecimal) r[5], (java.math.BigDecimal) r[6],
                (java.math.BigDecimal) r[7], (java.math.BigDecimal) r[8], last.get(r[9] + "/" + r[10]))).toList();
    }
}
