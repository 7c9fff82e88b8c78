package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.reporting.BackorderFact;
import it.ordo.domain.reporting.CreditedLine;
import it.ordo.domain.reporting.PromiseFact;
import it.ordo.domain.reporting.ShipmentFact;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
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

    @Override
    public List<SoldLine> lines(Instant from, Instant before) {
        return lines(from, before, null);
    }

    @Override
    public List<SoldLine> customerLines(long customerId, Instant from, Instant before) {
        return lines(from, before, customerId);
    }

    private List<SoldLine> lines(Instant from, Instant before, Long customerId) {
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
        return OrderConditions.bindOpen(tx.em().createQuery("""
                        select new it.ordo.domain.reporting.BackorderFact(o.orderNumber, c.code, w.code, o.confirmedAt)
                        from SalesOrder o join Customer c on c.id = o.customerId join Warehouse w on w.id = o.warehouseId
                        where 1 = 1""" + OrderConditions.WAITING_FOR_STOCK + " order by o.confirmedAt, o.orderNumber",
                        BackorderFact.class)).getResultList();
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
