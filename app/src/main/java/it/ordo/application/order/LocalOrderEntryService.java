package it.ordo.application.order;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.pricing.Pricer;
import it.ordo.application.security.CustomerScope;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The in-process {@link OrderEntryService}: runs each use case here, on the database. */
public final class LocalOrderEntryService implements OrderEntryService {

    private final Transactions tx;
    private final ProductRepository products;
    private final Clock clock;
    private final Guard guard;
    private final OrderAssembly assembly;

    public LocalOrderEntryService(Transactions tx, CustomerRepository customers, ProductRepository products,
                             OrderReferenceData reference, InventoryRepository inventory, OrderRepository orders,
                             Pricer pricer, Clock clock, Guard guard) {
        this.tx = tx;
        this.products = products;
        this.clock = clock;
        this.guard = guard;
        this.assembly = new OrderAssembly(customers, reference, inventory, orders, pricer);
    }

    /**
     * One line: the product for a SKU or an EAN-13, its price and line
     * discount for this customer and quantity, and its availability in the
     * given warehouse (the customer's own when null) on {@code date} (today when null).
     *
     * @throws NotFoundException for an unknown customer, code or warehouse
     * @throws DomainException   for a product no longer sold or a quantity its unit does not allow
     */
    @Override
    public LineQuote quote(String customerCode, String codeOrEan, BigDecimal qty, String warehouseOrNull,
                           LocalDate date) {
        return quote(customerCode, codeOrEan, qty, BigDecimal.ZERO, warehouseOrNull, date, null);
    }

    /**
     * One line of an order from {@code channel} whose earlier lines already ask for
     * {@code earlierInOrder} of the same product: confirmation allocates the
     * lines in order, so this line is promised what those leave.
     */
    @Override
    public LineQuote quote(String customerCode, String codeOrEan, BigDecimal qty, BigDecimal earlierInOrder,
                           String warehouseOrNull, LocalDate date, Channel channel) {
        CustomerScope scope = guard.requireScoped(Permission.PLACE_ORDER);
        return tx.read(() -> {
            Customer customer = assembly.customer(customerCode);
            scope.require(customer.id(), customer.code(), Permission.PLACE_ORDER);
            Product product = assembly.product(codeOrEan);
            assembly.requireQuantity(product, qty);
            LocalDate today = date != null ? date : LocalDate.now(clock);
            return assembly.quote(customer, channel, product, qty, earlierInOrder,
                    assembly.warehouse(warehouseOrNull, customer),
                    today, clock.instant());
        });
    }

    /** Active products whose SKU, EAN or description contains the text, by SKU; none for a blank text. */
    @Override
    public List<ProductHit> findProducts(String text, int limit) {
        // The catalogue is the same for every customer: an agent searches it like the desk.
        guard.requireScoped(Permission.PLACE_ORDER);
        String typed = Normalization.clean(text);
        if (typed == null) {
            return List.of();
        }
        return tx.read(() -> products.list(typed, 0, Math.max(1, Math.min(limit, 100))).stream()
                .filter(Product::active)
                .map(p -> new ProductHit(p.sku(), p.ean(), p.description(), p.unit().name()))
                .toList());
    }

    /**
     * The whole order priced as confirmation would price it today (an
     * order-value discount included), with its totals and VAT per rate.
     * Nothing is written and no stock is looked at.
     *
     * @throws ValidationException naming every line that cannot be priced (unknown code, bad quantity)
     */
    @Override
    public OrderPreview preview(String customerCode, Channel channel, List<OrderRequest.LineRequest> lines) {
        CustomerScope scope = guard.requireScoped(Permission.PLACE_ORDER);
        return tx.read(() -> {
            Customer customer = assembly.customer(customerCode);
            scope.require(customer.id(), customer.code(), Permission.PLACE_ORDER);
            List<Message> problems = new ArrayList<>();
            OrderAssembly.Lines resolved = lines.isEmpty() ? new OrderAssembly.Lines(List.of(), List.of())
                    : assembly.lines(lines, null, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return assembly.preview(customer, channel, resolved, LocalDate.now(clock), clock.instant());
        });
    }

    /**
     * Every line of one order quoted as {@link #quote} quotes it, each promised after the earlier lines of the
     * same product, in one read.
     */
    @Override
    public List<LineQuote> quoteLines(String customerCode, List<OrderRequest.LineRequest> lines,
                                      String warehouseOrNull, LocalDate date) {
        guard.require(Permission.PLACE_ORDER);
        return tx.read(() -> {
            Customer customer = assembly.customer(customerCode);
            List<Message> problems = new ArrayList<>();
            OrderAssembly.Lines resolved = assembly.lines(lines, null, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            var warehouse = assembly.warehouse(warehouseOrNull, customer);
            LocalDate today = date != null ? date : LocalDate.now(clock);
            List<LineQuote> quotes = assembly.quotes(customer, null, resolved, java.util.Map.of(), warehouse, today,
                    clock.instant());
            return quotes;
        });
    }
}
