package it.ordo.application.order;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.pricing.Pricer;
import it.ordo.application.pricing.QuantityRules;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Promise;
import it.ordo.domain.inventory.PromiseCalculator;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.SupplyLine;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.pricing.PriceQuote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Order entry while the customer is on the phone: what a typed code or a
 * scanned barcode is, what it costs this customer, whether it is there, and
 * what the whole order will come to. Nothing here writes; each answer is one
 * read transaction, so a line shows its price and availability as it is typed.
 */
public final class OrderEntryService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactions tx;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final InventoryRepository inventory;
    private final Pricer pricer;
    private final Clock clock;
    private final Guard guard;
    private final QuantityRules quantityRules = new QuantityRules();

    public OrderEntryService(Transactions tx, CustomerRepository customers, ProductRepository products,
                             InventoryRepository inventory, Pricer pricer, Clock clock, Guard guard) {
        this.tx = tx;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.pricer = pricer;
        this.clock = clock;
        this.guard = guard;
    }

    /**
     * One line: the product for a SKU or an EAN-13, its price and line
     * discount for this customer and quantity, and its availability in the
     * given warehouse (the customer's own when null) on {@code date} (today when null).
     *
     * @throws NotFoundException for an unknown customer, code or warehouse
     * @throws DomainException   for a product no longer sold or a quantity its unit does not allow
     */
    public LineQuote quote(String customerCode, String codeOrEan, BigDecimal qty, String warehouseOrNull,
                           LocalDate date) {
        guard.require(Permission.PLACE_ORDER);
        return tx.read(() -> {
            Customer customer = customer(customerCode);
            Product product = product(codeOrEan);
            quantityRules.requireValid(product, qty);
            LocalDate today = date != null ? date : LocalDate.now(clock);
            Warehouse warehouse = warehouse(warehouseOrNull, customer);
            PriceQuote price = pricer.quote(customer, product, qty, today, pricer.listsFor(customer), pricer.rules());
            // The same arithmetic as an order line (OrderLine.reprice): quantity to the thousandth,
            // discount to the hundredth, amounts rounded half-up to the cent on the line.
            BigDecimal discount = price.discountPct().setScale(2, RoundingMode.HALF_UP);
            BigDecimal factor = HUNDRED.subtract(discount).divide(HUNDRED, 6, RoundingMode.HALF_UP);
            BigDecimal net = Quantities.money(Quantities.qty(qty).multiply(price.unitPrice()).multiply(factor));
            BigDecimal vat = Quantities.money(net.multiply(product.vatRate()).divide(HUNDRED, 6, RoundingMode.HALF_UP));

            Stock stock = inventory.findStock(product.id(), warehouse.id()).orElse(new Stock(product.id(), warehouse.id()));
            List<SupplyLine> supply = inventory.openSupply(product.id(), warehouse.id());
            Promise promise = PromiseCalculator.promise(qty, stock.available(), supply,
                    inventory.backordered(product.id(), warehouse.id()), today);
            List<Message> why = new ArrayList<>(promise.explanation());
            LineQuote.Availability availability;
            LocalDate promised = promise.date();
            if (promised == null) {
                availability = LineQuote.Availability.NONE;
            } else if (!promised.isAfter(today)) {
                availability = LineQuote.Availability.NOW;
            } else {
                availability = LineQuote.Availability.LATER;
            }
            if (availability != LineQuote.Availability.NOW && !customer.acceptsBackorders()) {
                // Confirmation would refuse the order: say so now, while the customer is on the line.
                why.add(Message.of("availability.noBackorders", customer.code(), Quantities.shown(promise.fromStock())));
                availability = LineQuote.Availability.NONE;
                promised = null;
            }
            return new LineQuote(product.sku(), product.ean(), product.description(), product.unit().name(), qty,
                    price.listCode(), price.source() == null ? null : price.source().name(), price.unitPrice(),
                    discount, product.vatRate(), net, vat, net.add(vat), price.explanation(), warehouse.code(),
                    stock.available().max(BigDecimal.ZERO), promised, availability, why);
        });
    }

    /** Active products whose SKU, EAN or description contains the text, by SKU; none for a blank text. */
    public List<ProductHit> findProducts(String text, int limit) {
        guard.require(Permission.PLACE_ORDER);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return tx.read(() -> products.list(text.trim(), 0, Math.max(1, Math.min(limit, 100))).stream()
                .filter(Product::active)
                .map(p -> new ProductHit(p.sku(), p.ean(), p.description(), p.unit().name()))
                .toList());
    }

    /**
     * The whole order priced as confirmation would price it today (an
     * order-value discount included), with its totals and VAT per rate.
     * Nothing is written and no stock is looked at.
     */
    public OrderPreview preview(String customerCode, List<OrderRequest.LineRequest> lines) {
        guard.require(Permission.PLACE_ORDER);
        return tx.read(() -> {
            Customer customer = customer(customerCode);
            List<Product> lineProducts = new ArrayList<>();
            List<BigDecimal> quantities = new ArrayList<>();
            for (OrderRequest.LineRequest line : lines) {
                Product p = product(line.sku() != null && !line.sku().isBlank() ? line.sku() : line.ean());
                quantityRules.requireValid(p, line.qty());
                lineProducts.add(p);
                quantities.add(line.qty());
            }
            SalesOrder order = new SalesOrder(Channel.PHONE, null, customer.id(), customer.name(),
                    customer.defaultShipTo(), customer.defaultWarehouseId(), Priority.NORMAL, null, null,
                    customer.paymentTerms(), "preview", clock.instant());
            List<List<Message>> explanations = lineProducts.isEmpty() ? List.of()
                    : OrderPricing.price(pricer, order, customer, lineProducts, quantities, LocalDate.now(clock));
            List<OrderPreview.Line> priced = new ArrayList<>();
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine l = order.lines().get(i);
                priced.add(new OrderPreview.Line(lineProducts.get(i).sku(), l.quantity(), l.unitPrice(),
                        l.discountPct(), l.vatRate(), l.netAmount(), l.vatAmount(), l.grossAmount(), explanations.get(i)));
            }
            List<OrderView.VatRow> vat = new ArrayList<>();
            for (Map.Entry<BigDecimal, BigDecimal[]> e : order.vatSummary().entrySet()) {
                vat.add(new OrderView.VatRow(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
            return new OrderPreview(priced, order.netTotal(), order.vatTotal(), order.grossTotal(), vat);
        });
    }

    private Customer customer(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainException("order.customer.missing");
        }
        return customers.findByCode(code.trim()).orElseThrow(() -> new NotFoundException("customer", code));
    }

    /** A SKU as typed (also in lower case), else a valid EAN-13 as a scanner types it. */
    private Product product(String code) {
        String c = code == null ? "" : code.trim();
        if (c.isEmpty()) {
            throw new DomainException("order.line.noProduct", 1);
        }
        Optional<Product> found = products.findBySku(c);
        if (found.isEmpty() && !c.equals(c.toUpperCase(Locale.ROOT))) {
            found = products.findBySku(c.toUpperCase(Locale.ROOT));
        }
        if (found.isEmpty() && Ean13.isValid(c)) {
            found = products.findByEan(c);
        }
        Product p = found.orElseThrow(() -> new NotFoundException("product", c));
        if (!p.active()) {
            throw new DomainException("product.inactive", p.sku());
        }
        return p;
    }

    private Warehouse warehouse(String code, Customer customer) {
        if (code != null && !code.isBlank()) {
            return inventory.findWarehouse(code.trim()).orElseThrow(() -> new NotFoundException("warehouse", code));
        }
        return inventory.findWarehouse(customer.defaultWarehouseId())
                .orElseThrow(() -> new NotFoundException("warehouse", String.valueOf(customer.defaultWarehouseId())));
    }
}
