package it.ordo.application.order;

import it.ordo.domain.Message;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.order.StatusChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns orders into plain records inside the transaction, so nothing lazy escapes it. The customer, warehouse
 * and products named come from the order pipeline's {@link OrderReferenceData}: an order just placed names
 * what its placing read, and shows it without reading it again.
 */
final class OrderViews {

    private final OrderReferenceData reference;

    OrderViews(OrderReferenceData reference) {
        this.reference = reference;
    }

    OrderView view(SalesOrder order) {
        Customer customer = reference.customer(order.customerId()).orElseThrow();
        String warehouse = reference.warehouse(order.warehouseId()).map(Warehouse::code).orElse("?");
        Map<Long, Product> byId = reference.products(order.lines().stream().map(OrderLine::productId).distinct().toList());
        List<OrderView.Line> lines = new ArrayList<>();
        for (OrderLine l : order.lines()) {
            Product p = byId.get(l.productId());
            lines.add(new OrderView.Line(l.lineNo(), p.sku(), p.description(), p.unit().name(), l.quantity(),
                    l.unitPrice(), l.discountPct(), l.vatRate(), l.netAmount(), l.vatAmount(), l.grossAmount(),
                    l.allocatedQty(), l.backorderedQty(), l.promisedDate(), l.priceNote(), l.priceSource()));
        }
        List<OrderView.VatRow> vat = vatRows(order);
        List<OrderView.HistoryEntry> history = new ArrayList<>();
        for (StatusChange c : order.history()) {
            history.add(new OrderView.HistoryEntry(c.changedAt(), c.username(), c.fromStatus(), c.toStatus(),
                    Message.decode(c.reason())));
        }
        return new OrderView(order.number(), order.channel(), order.externalRef(), customer.code(),
                customer.name(), warehouse, order.status(), order.heldFrom(), Message.decode(order.holdReason()),
                order.priority(), order.requestedDate(), order.promisedDate(), order.notes(), order.shipName(),
                order.shipTo().oneLine(), order.paymentTerms(), order.createdAt(), order.createdBy(), order.netTotal(),
                order.vatTotal(), order.grossTotal(), lines, vat, history, order.version(), order.vatTreatment(),
                order.vatReference(), order.amountDue());
    }

    /** Taxable and VAT per rate, highest rate first. */
    static List<OrderView.VatRow> vatRows(SalesOrder order) {
        List<OrderView.VatRow> vat = new ArrayList<>();
        for (Map.Entry<BigDecimal, BigDecimal[]> e : order.vatSummary().entrySet()) {
            vat.add(new OrderView.VatRow(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return vat;
    }
}
