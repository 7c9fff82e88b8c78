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
import it.ordo.domain.order.LinePriceSource;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The in-process {@link OrderDocumentService}: runs each use case here, on the database. */
public final class LocalOrderDocumentService implements OrderDocumentService {

    private static final System.Logger LOG = System.getLogger(LocalOrderDocumentService.class.getName());

    private final Transactions tx;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final CompanyRepository company;
    private final OrderDocumentRenderer renderer;
    private final DocumentArchive archive;
    private final Clock clock;
    private final Guard guard;

    public LocalOrderDocumentService(Transactions tx, OrderRepository orders, CustomerRepository customers,
                                ProductRepository products, CompanyRepository company,
                                OrderDocumentRenderer renderer, DocumentArchive archive, Clock clock, Guard guard) {
        this.tx = tx;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.company = company;
        this.renderer = renderer;
        this.archive = archive;
        this.clock = clock;
        this.guard = guard;
    }

    /** The order's confirmation as kept: the same bytes on every call; made and kept now if it has none yet. */
    @Override
    public byte[] orderConfirmation(String number) {
        guard.require(Permission.PRINT_ORDER_DOCUMENT);
        return kept(number).content();
    }

    /**
     * Makes and keeps the confirmation of an order that has just been confirmed (placed, or released from a
     * hold into CONFIRMED). Called after the confirming transaction committed, never inside it. An order in
     * any other state, or one that has its document already, is left as it is. Returns whether the order
     * has its document now; a failure here leaves the confirmed order as it is, and the document is made at
     * its first print instead.
     */
    @Override
    public boolean keepConfirmation(String number) {
        guard.require(Permission.PRINT_ORDER_DOCUMENT);
        try {
            boolean confirmed = tx.read(() -> order(number).status() == OrderStatus.CONFIRMED);
            return confirmed && kept(number) != null;
        } catch (RuntimeException e) {
            // The order stays confirmed; its document is made at the first print. Logged so a renderer or
            // archive problem is seen before someone needs the document.
            LOG.log(System.Logger.Level.WARNING, "Confirmation document of " + number + " not kept now", e);
            return false;
        }
    }

    /** What a print needs: the kept document, or the data to make it. */
    private record Lookup(long orderId, DocumentArchive.KeptDocument kept, OrderConfirmationData data) {
    }

    private DocumentArchive.KeptDocument kept(String number) {
        Lookup found = tx.read(() -> {
            SalesOrder order = printable(number);
            Optional<DocumentArchive.KeptDocument> kept = archive.find(order.id(), DocumentArchive.CONFIRMATION);
            return new Lookup(order.id(), kept.orElse(null), kept.isPresent() ? null : data(order));
        });
        if (found.kept() != null) {
            return intact(number, found.kept());
        }
        byte[] pdf = renderer.renderOrderConfirmation(found.data());
        DocumentArchive.KeptDocument made = new DocumentArchive.KeptDocument(pdf, clock.instant(),
                found.data().language(), sha256(pdf));
        boolean keptThis;
        try {
            keptThis = tx.write(() -> archive.keep(found.orderId(), DocumentArchive.CONFIRMATION, made));
        } catch (RuntimeException raced) {
            // Another workstation kept its copy of the same order at the same moment: that one is the document.
            keptThis = false;
        }
        if (keptThis) {
            return made;
        }
        return tx.read(() -> archive.find(found.orderId(), DocumentArchive.CONFIRMATION))
                .map(k -> intact(number, k))
                .orElseThrow(() -> new DomainException("document.notKept", number));
    }

    /** A kept copy whose bytes no longer match their fingerprint is never handed out as the document. */
    private static DocumentArchive.KeptDocument intact(String number, DocumentArchive.KeptDocument kept) {
        if (!sha256(kept.content()).equals(kept.sha256())) {
            throw new DomainException("document.damaged", number);
        }
        return kept;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private SalesOrder order(String number) {
        return orders.findByNumber(number.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("order", number));
    }

    /** An order that has a confirmation to print: confirmed, whatever happened to it since, and not cancelled. */
    private SalesOrder printable(String number) {
        SalesOrder order = order(number);
        if (order.status() == OrderStatus.DRAFT || order.status() == OrderStatus.ON_HOLD
                || order.status() == OrderStatus.CANCELLED) {
            throw new DomainException("document.notConfirmed", order.number(), order.status());
        }
        return order;
    }

    private OrderConfirmationData data(SalesOrder order) {
        Customer customer = customers.find(order.customerId()).orElseThrow();
        Company us = company.find().orElseThrow(() -> new DomainException("company.missing"));
        Map<Long, Product> byId = products.findAll(order.lines().stream().map(OrderLine::productId).distinct().toList());
        List<OrderConfirmationData.Line> lines = new ArrayList<>();
        it.ordo.i18n.Texts texts = new it.ordo.i18n.Texts("en".equals(customer.language()) ? Locale.ENGLISH
                : Locale.ITALIAN);
        for (OrderLine l : order.lines()) {
            Product p = byId.get(l.productId());
            // A line at no charge says why, in the customer's language, where the price would be explained.
            String description = l.priceSource() == LinePriceSource.REPLACEMENT
                    ? p.description() + " - " + texts.get("price.source.REPLACEMENT") : p.description();
            lines.add(new OrderConfirmationData.Line(l.lineNo(), p.sku(), description, p.unit().name(),
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
                        us.province(), us.country(), us.email(), us.phone(), us.iban(), null),
                order.number(), orderDate, order.channel().name(), order.externalRef(), order.priority().name(),
                order.requestedDate(), order.promisedDate(), customer.code(),
                new OrderConfirmationData.Party(customer.name(), customer.vatNumber(), customer.fiscalCode(),
                        bill.street(), bill.postalCode(), bill.city(), bill.province(), bill.country(),
                        customer.email(), customer.phone(), null, customer.officeCode()),
                new OrderConfirmationData.Party(order.shipName(), null, null, ship.street(), ship.postalCode(),
                        ship.city(), ship.province(), ship.country(), null, null, null, null),
                order.paymentTerms(), order.notes(), lines, vat, order.netTotal(), order.vatTotal(), order.grossTotal(),
                order.vatTreatment(), order.vatReference(), order.amountDue());
    }
}
