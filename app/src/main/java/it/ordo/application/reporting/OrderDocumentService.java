package it.ordo.application.reporting;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.Address;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order confirmation PDF. The data is read in a short read-only
 * transaction and the document is rendered after it, so printing never holds
 * a lock and never slows a confirmation.
 */
public final class OrderDocumentService {

    private final Transactions tx;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final CompanyRepository company;
    private final OrderDocumentRenderer renderer;
    private final Clock clock;
    private final Guard guard;

    public OrderDocumentService(Transactions tx, OrderRepository orders, CustomerRepository customers,
                                ProductRepository products, CompanyRepository company,
                                OrderDocumentRenderer renderer, Clock clock, Guard guard) {
        this.tx = tx;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.company = company;
        this.renderer = renderer;
        this.clock = clock;
        this.guard = guard;
    }

    public byte[] orderConfirmation(String number) {
        guard.require(Permission.PRINT_ORDER_DOCUMENT);
        OrderConfirmationData data = tx.read(() -> data(number));
        return renderer.renderOrderConfirmation(data);
    }

    OrderConfirmationData data(String number) {
        SalesOrder order = orders.findByNumber(number.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("order", number));
        if (order.status() == OrderStatus.DRAFT || order.status() == OrderStatus.ON_HOLD
                || order.status() == OrderStatus.CANCELLED) {
            throw new DomainException("document.notConfirmed", order.number(), order.status());
        }
        Customer customer = customers.find(order.customerId()).orElseThrow();
        Company us = company.find().orElseThrow(() -> new DomainException("company.missing"));
        Map<Long, Product> byId = products.findAll(order.lines().stream().map(OrderLine::productId).distinct().toList());
        List<OrderConfirmationData.Line> lines = new ArrayList<>();
        for (OrderLine l : order.lines()) {
            Product p = byId.get(l.productId());
            lines.add(new OrderConfirmationData.Line(l.lineNo(), p.sku(), p.description(), p.unit().name(),
                    l.quantity(), l.unitPrice(), l.discountPct(), l.vatRate(), l.netAmount(), l.allocatedQty(),
                    l.backorderedQty(), l.promisedDate()));
        }
        List<OrderConfirmationData.VatRow> vat = new ArrayList<>();
        for (Map.Entry<BigDecimal, BigDecimal[]> e : order.vatSummary().entrySet()) {
            vat.add(new OrderConfirmationData.VatRow(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        Address bill = customer.billingAddress();
        Address ship = order.shipTo();
        LocalDate orderDate = LocalDate.ofInstant(order.confirmedAt() == null ? order.createdAt() : order.confirmedAt(),
                clock.getZone());
        return new OrderConfirmationData(customer.language(),
                new OrderConfirmationData.Party(us.name(), us.vatNumber(), null, us.street(), us.postalCode(), us.city(),
                        us.province(), us.country(), us.email(), us.phone(), us.iban()),
                order.number(), orderDate, order.channel().name(), order.externalRef(), order.priority().name(),
                order.requestedDate(), order.promisedDate(), customer.code(),
                new OrderConfirmationData.Party(customer.name(), customer.vatNumber(), customer.fiscalCode(),
                        bill.street(), bill.postalCode(), bill.city(), bill.province(), bill.country(),
                        customer.email(), customer.phone(), null),
                new OrderConfirmationData.Party(order.shipName(), null, null, ship.street(), ship.postalCode(),
                        ship.city(), ship.province(), ship.country(), null, null, null),
                order.paymentTerms(), order.notes(), lines, vat, order.netTotal(), order.vatTotal(), order.grossTotal());
    }
}
