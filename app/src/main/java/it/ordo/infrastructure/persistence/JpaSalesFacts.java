package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.reporting.BackorderFact;
import it.ordo.domain.reporting.CreditedLine;
import it.ordo.domain.reporting.PromiseFact;
import it.ordo.domain.reporting.ShipmentFact;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The sales facts read with JPQL constructor queries: flat rows, no entity loaded. */
public final class JpaSalesFacts implements SalesFacts {

    /** Orders still to be shipped; one ON_HOLD counts when it was held after confirmation. */
    private static final String OPEN = " and (o.status in :open or (o.status = :held and o.confirmedAt is not null))";

    /** Open: nothing or not everything has left yet; a partly shipped order still waits for the rest. */
    private static final List<OrderStatus> OPEN_STATUSES = List.of(OrderStatus.CONFIRMED, OrderStatus.PICKING,
            OrderStatus.PACKED, OrderStatus.PARTIALLY_SHIPPED);

    private final JpaTransactions tx;

    public JpaSalesFacts(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<SoldOrder> orders(Instant from, Instant before) {
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.SoldOrder(o.orderNumber, o.confirmedAt, c.code, c.name,
                               c.vatNumber, c.fiscalCode, o.paymentTerms, o.channel, o.status, o.netTotal, o.vatTotal,
                               o.grossTotal)
                        from SalesOrder o, Customer c
                        where c.id = o.customerId and o.confirmedAt >= :from and o.confirmedAt < :before
                          and o.status <> :cancelled
                        order by o.confirmedAt, o.orderNumber""", SoldOrder.class)
                .setParameter("from", from).setParameter("before", before)
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList();
    }

    @Override
    public List<SoldLine> lines(Instant from, Instant before) {
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.SoldLine(o.orderNumber, o.confirmedAt, l.lineNo, c.code,
                               c.name, o.channel, p.sku, p.description, p.category, l.quantity, l.unitPrice,
                               l.discountPct, l.vatRate, l.netAmount, l.vatAmount, l.grossAmount, l.backorderedQty,
                               p.unitCost)
                        from SalesOrder o join o.lines l, Customer c, Product p
                        where c.id = o.customerId and p.id = l.productId
                          and o.confirmedAt >= :from and o.confirmedAt < :before and o.status <> :cancelled
                        order by o.confirmedAt, o.orderNumber, l.lineNo""", SoldLine.class)
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
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.PromiseFact(o.orderNumber, w.code, o.promisedDate, o.status,
                               (select max(h.changedAt) from StatusChange h where h.orderId = o.id
                                  and h.toStatus = :shipped),
                               (select max(s.issuedAt) from Shipment s where s.orderId = o.id and s.cancelledAt is null))
                        from SalesOrder o join Warehouse w on w.id = o.warehouseId
                        where o.promisedDate >= :from and o.promisedDate <= :to and o.confirmedAt is not null
                          and o.status <> :cancelled
                        order by o.promisedDate, o.orderNumber""", PromiseFact.class)
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
        return tx.em().createQuery("""
                        select new it.ordo.domain.reporting.BackorderFact(o.orderNumber, c.code, w.code, o.confirmedAt)
                        from SalesOrder o join Customer c on c.id = o.customerId join Warehouse w on w.id = o.warehouseId
                        where exists (select l.id from OrderLine l where l.orderId = o.id and l.backorderedQty > 0)"""
                        + OPEN + " order by o.confirmedAt, o.orderNumber", BackorderFact.class)
                .setParameter("open", OPEN_STATUSES)
                .setParameter("held", OrderStatus.ON_HOLD).getResultList();
    }

    @Override
    public long openOrdersWithBackorders() {
        return tx.em().createQuery("""
                        select count(o) from SalesOrder o where exists (
                          select l.id from OrderLine l where l.orderId = o.id and l.backorderedQty > 0)""" + OPEN,
                        Long.class)
                .setParameter("open", OPEN_STATUSES)
                .setParameter("held", OrderStatus.ON_HOLD).getSingleResult();
    }

    @Override
    public long lateOrders(LocalDate today) {
        return tx.em().createQuery("select count(o) from SalesOrder o where o.promisedDate < :today" + OPEN,
                        Long.class)
                .setParameter("today", today)
                .setParameter("open", OPEN_STATUSES)
                .setParameter("held", OrderStatus.ON_HOLD).getSingleResult();
    }
}
