package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.reporting.CreditedLine;
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
    public long openOrdersWithBackorders() {
        return tx.em().createQuery("""
                        select count(o) from SalesOrder o where exists (
                          select l.id from OrderLine l where l.orderId = o.id and l.backorderedQty > 0)""" + OPEN,
                        Long.class)
                .setParameter("open", List.of(OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED))
                .setParameter("held", OrderStatus.ON_HOLD).getSingleResult();
    }

    @Override
    public long lateOrders(LocalDate today) {
        return tx.em().createQuery("select count(o) from SalesOrder o where o.promisedDate < :today" + OPEN,
                        Long.class)
                .setParameter("today", today)
                .setParameter("open", List.of(OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED))
                .setParameter("held", OrderStatus.ON_HOLD).getSingleResult();
    }
}
