package it.ordo.application.order;

import it.ordo.application.NotFoundException;
import it.ordo.application.pricing.Pricer;
import it.ordo.application.pricing.QuantityRules;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import it.ordo.domain.Quantities;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.Address;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.IntentDeclaration;
import it.ordo.domain.customer.VatDecision;
import it.ordo.domain.customer.ShippingAddress;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Promise;
import it.ordo.domain.inventory.PromiseCalculator;
import it.ordo.domain.inventory.PromiseRequest;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.inventory.SupplyLine;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The order pipeline: every way an order is taken (a line quoted while the
 * customer is on the phone, the order so far, the confirmation from the desk,
 * a file or any other channel) runs through these steps, so they cannot tell
 * different stories.
 * <ol>
 * <li><b>Resolve</b> the request once: customer, warehouse and products by
 * one lookup rule ({@link Normalization}) from {@link OrderReferenceData}
 * (kept in memory while none of them changes), quantities by
 * {@link QuantityRules}, text checked for length and control characters.</li>
 * <li><b>Price</b> by building the very {@link OrderLine}s of a draft
 * {@link SalesOrder} ({@link OrderPricing}): a quoted line is the confirmed
 * line, not a second copy of its arithmetic.</li>
 * <li><b>Promise</b> each line with one call shape ({@link PromiseRequest}):
 * free stock after the earlier lines of the same product, open supply after
 * what earlier orders were promised.</li>
 * <li>For confirmation only: <b>lock</b> the stock rows (ascending product id),
 * <b>allocate</b> what the promise says comes from stock and backorder the rest.</li>
 * </ol>
 * It runs inside its caller's transaction and checks no permission: the
 * services in front of it do both.
 */
final class OrderAssembly {

    static final int MAX_NOTES = 2000;
    static final int MAX_EXTERNAL_REF = 60;

    private final CustomerRepository customers;
    /** Customers, warehouses and products as they are read to take an order: shared copies, never changed here. */
    private final OrderReferenceData reference;
    private final InventoryRepository inventory;
    private final OrderRepository orders;
    private final Pricer pricer;
    private final QuantityRules quantityRules = new QuantityRules();

    OrderAssembly(CustomerRepository customers, OrderReferenceData reference, InventoryRepository inventory,
                  OrderRepository orders, Pricer pricer) {
        this.customers = customers;
        this.reference = reference;
        this.inventory = inventory;
        this.orders = orders;
        this.pricer = pricer;
    }

    /** The header of an order, resolved. */
    record Header(Channel channel, String externalRef, Customer customer, Warehouse warehouse, Address shipTo,
                  Priority priority, LocalDate requestedDate, String notes) {
    }

    /** The lines of an order, resolved: a product and a valid quantity each. */
    record Lines(List<Product> products, List<BigDecimal> quantities) {
    }

    // --- 1. resolve

    /** A code looked up by the one rule: as written without surrounding spaces, then in capitals. */
    private static <T> Optional<T> byCode(String code, Function<String, Optional<T>> find) {
        for (String form : Normalization.lookupForms(code)) {
            Optional<T> found = find.apply(form);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Optional<Customer> findCustomer(String code) {
        return byCode(code, reference::customer);
    }

    /** A product by its SKU, else by a valid EAN-13 (what a scanner types): the one product lookup. */
    Optional<Product> findProduct(String code) {
        return ProductRepository.byTypedCode(code, skusOf(List.of(code)), reference::productByEan);
    }

    Optional<Warehouse> findWarehouse(String code) {
        return byCode(code, reference::warehouse);
    }

    /** The customer for a typed code; refuses a blank or unknown code. */
    Customer customer(String code) {
        if (Normalization.clean(code) == null) {
            throw new DomainException("order.customer.missing");
        }
        return findCustomer(code).orElseThrow(() -> new NotFoundException("customer", code));
    }

    /** The product for a typed code or barcode, still sold; refuses an unknown code. */
    Product product(String code) {
        String c = Normalization.clean(code);
        if (c == null) {
            throw new DomainException("order.line.noProduct", 1);
        }
        Product p = findProduct(c).orElseThrow(() -> new NotFoundException("product", c));
        if (!p.active()) {
            throw new DomainException("product.inactive", p.sku());
        }
        return p;
    }

    /** The named warehouse, else the customer's own. */
    Warehouse warehouse(String code, Customer customer) {
        if (Normalization.clean(code) != null) {
            return findWarehouse(code).orElseThrow(() -> new NotFoundException("warehouse", code));
        }
        return reference.warehouse(customer.defaultWarehouseId())
                .orElseThrow(() -> new NotFoundException("warehouse", String.valueOf(customer.defaultWarehouseId())));
    }

    /** Refuses a quantity the product's unit does not allow; the one place quantities are checked. */
    void requireQuantity(Product product, BigDecimal qty) {
        quantityRules.requireValid(product, qty);
    }

    /** The header of a request; every problem goes to {@code problems}, what cannot be resolved is null. */
    Header header(OrderRequest request, List<Message> problems) {
        Channel channel = request.channel();
        if (channel == null) {
            problems.add(Message.of("order.channel.missing"));
        }
        String ref = Normalization.clean(request.externalRef());
        if (ref != null && ref.length() > MAX_EXTERNAL_REF) {
            problems.add(Message.of("order.externalRef.tooLong", MAX_EXTERNAL_REF));
        }
        Normalization.controlProblem("externalRef", ref, false).ifPresent(problems::add);
        String notes = Normalization.clean(request.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(Message.of("order.notes.tooLong", notes.length(), MAX_NOTES));
        }
        Normalization.controlProblem("notes", notes, true).ifPresent(problems::add);
        Customer customer = null;
        if (Normalization.clean(request.customer()) == null) {
            problems.add(Message.of("order.customer.missing"));
        } else {
            customer = findCustomer(request.customer()).orElse(null);
            if (customer == null) {
                problems.add(Message.of("notFound.customer", request.customer()));
            }
        }
        Warehouse warehouse = null;
        if (Normalization.clean(request.warehouse()) != null) {
            warehouse = findWarehouse(request.warehouse()).orElse(null);
            if (warehouse == null) {
                problems.add(Message.of("notFound.warehouse", request.warehouse()));
            }
        } else if (customer != null) {
            warehouse = reference.warehouse(customer.defaultWarehouseId()).orElse(null);
        }
        Address shipTo = customer == null ? null : shipTo(customer, request.shipTo(), problems);
        if (channel != null && ref != null && ref.length() <= MAX_EXTERNAL_REF && !Normalization.hasControl(ref, false)
                && orders.existsExternal(channel, ref)) {
            problems.add(Message.of("order.duplicate", channel, ref));
        }
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        return new Header(channel, ref, customer, warehouse, shipTo, priority, request.requestedDate(), notes);
    }

    /** The chosen shipping address of the customer, the default one when none is chosen. */
    private static Address shipTo(Customer customer, Integer chosen, List<Message> problems) {
        if (chosen == null) {
            return customer.defaultShipTo();
        }
        List<ShippingAddress> addresses = customer.shippingAddresses();
        if (chosen < 0 || chosen >= addresses.size()) {
            problems.add(Message.of("order.shipTo.unknown", chosen + 1, customer.code()));
            return null;
        }
        return addresses.get(chosen).address();
    }

    /**
     * The lines of a request, each problem named by its line number;
     * {@code orderName} names the order when it has no line at all (null when it has no name).
     */
    Lines lines(List<OrderRequest.LineRequest> lines, String orderName, List<Message> problems) {
        List<Product> found = new ArrayList<>();
        List<BigDecimal> quantities = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(orderName == null ? Message.of("order.noLines.unnamed") : Message.of("order.noLines", orderName));
            return new Lines(found, quantities);
        }
        List<String> codes = new ArrayList<>(lines.size());
        for (OrderRequest.LineRequest line : lines) {
            codes.add(Normalization.clean(line.sku()) != null ? line.sku() : line.ean());
        }
        Function<String, Optional<Product>> bySku = skusOf(codes);
        int n = 0;
        for (OrderRequest.LineRequest line : lines) {
            n++;
            Optional<Product> product = Optional.empty();
            String sku = Normalization.clean(line.sku());
            String ean = Normalization.clean(line.ean());
            if (sku != null) {
                product = ProductRepository.byTypedCode(sku, bySku, reference::productByEan);
                if (product.isEmpty()) {
                    problems.add(Message.of("order.line.unknownSku", n, sku));
                }
            } else if (ean != null) {
                if (!Ean13.isValid(ean)) {
                    problems.add(Message.of("order.line.invalidEan", n, ean));
                } else {
                    product = ProductRepository.byTypedCode(ean, bySku, reference::productByEan);
                    if (product.isEmpty()) {
                        problems.add(Message.of("order.line.unknownEan", n, ean));
                    }
                }
            } else {
                problems.add(Message.of("order.line.noProduct", n));
            }
            if (product.isPresent()) {
                Product p = product.get();
                if (!p.active()) {
                    problems.add(Message.of("order.line.inactive", n, p.sku()));
                }
                int lineNo = n;
                quantityRules.problem(p, line.qty())
                        .ifPresent(m -> problems.add(Message.of("order.line.problem", lineNo, m.encode())));
            }
            found.add(product.orElse(null));
            quantities.add(line.qty());
        }
        return new Lines(found, quantities);
    }

    /**
     * Every form of every typed code (a line's SKU, else its EAN, which is tried as a SKU first) looked up
     * as a SKU at once, rather than once per line and form; the lookup rule stays
     * {@link ProductRepository#byTypedCode}'s.
     */
    private Function<String, Optional<Product>> skusOf(List<String> codes) {
        Set<String> forms = new LinkedHashSet<>();
        for (String code : codes) {
            forms.addAll(Normalization.lookupForms(code));
        }
        Map<String, Product> found = forms.isEmpty() ? Map.of() : reference.productsBySku(forms);
        return form -> Optional.ofNullable(found.get(form));
    }

    // --- 2. price

    /**
     * A draft order for a customer, as a quote or preview builds it: nothing of it is ever stored. It comes
     * through the channel the order will be placed through (the customer's usual one when null, as New order
     * starts), so a promotion for that channel prices the typed line as it will price the confirmed one.
     */
    static SalesOrder sketch(Customer customer, Channel channel, Instant now) {
        return new SalesOrder(channel != null ? channel : customer.defaultChannel(), null, customer.id(), customer.name(), customer.defaultShipTo(),
                customer.defaultWarehouseId(), Priority.NORMAL, null, null, customer.paymentTerms(), "preview", now);
    }

    OrderPricing.Priced price(SalesOrder order, Customer customer, Lines lines, LocalDate today, boolean wholeOrder,
                              LinePricing pricing) {
        if (lines.products().isEmpty()) {
            return new OrderPricing.Priced(List.of(), List.of());
        }
        return OrderPricing.price(pricer, order, customer, lines.products(), lines.quantities(), today, wholeOrder,
                pricing);
    }

    /**
     * An order priced with its VAT treatment: the order built by {@code newOrder} for the treatment, its lines
     * priced. Under a declaration of intent the order's taxable must fit what is left of the ceiling; when it
     * does not, the order is built again with Italian VAT and says why, and when little is left after it, it
     * warns. With {@code confirming} the declaration row is locked until the transaction ends and the order's
     * taxable is taken off it, so two orders at once never exceed the ceiling.
     */
    VatPriced priceWithVat(Function<VatDecision, SalesOrder> newOrder, Customer customer, Address shipTo, Lines lines,
                           LocalDate today, boolean wholeOrder, boolean confirming) {
        return priceWithVat(newOrder, customer, shipTo, lines, today, wholeOrder, confirming, LinePricing.PRICE_LISTS);
    }

    VatPriced priceWithVat(Function<VatDecision, SalesOrder> newOrder, Customer customer, Address shipTo, Lines lines,
                           LocalDate today, boolean wholeOrder, boolean confirming, LinePricing pricing) {
        VatDecision vat = VatDecision.decide(customer, shipTo,
                customers.activeDeclaration(customer.id(), today, confirming));
        SalesOrder order = newOrder.apply(vat);
        OrderPricing.Priced priced = price(order, customer, lines, today, wholeOrder, pricing);
        IntentDeclaration declaration = vat.declaration();
        if (declaration != null) {
            BigDecimal taxable = order.netTotal();
            if (!declaration.fits(taxable)) {
                vat = VatDecision.plain(Message.of("vat.reason.declarationExhausted", declaration.protocol(),
                        declaration.remaining(), taxable));
                order = newOrder.apply(vat);
                priced = price(order, customer, lines, today, wholeOrder, pricing);
            } else {
                if (declaration.nearlyExhaustedAfter(taxable)) {
                    vat = new VatDecision(vat.treatment(), vat.reference(), declaration, List.of(Message.of(
                            "vat.reason.declarationNearlyExhausted", declaration.protocol(),
                            declaration.remaining().subtract(taxable))));
                }
                if (confirming) {
                    declaration.consume(taxable);
                }
            }
        }
        return new VatPriced(order, vat, priced);
    }

    /** An order priced by {@link #priceWithVat}, with the treatment it got and why. */
    record VatPriced(SalesOrder order, VatDecision vat, OrderPricing.Priced priced) {
    }

    /** A sketch order with the treatment applied, for a quote or a preview. */
    static Function<VatDecision, SalesOrder> sketchWith(Customer customer, Channel channel, Instant now) {
        return vat -> applied(sketch(customer, channel, now), vat);
    }

    static SalesOrder applied(SalesOrder order, VatDecision vat) {
        order.applyVat(vat.treatment(), vat.reference(),
                vat.declaration() == null ? null : vat.declaration().id());
        return order;
    }

    // --- 3. promise

    /**
     * The promise question for a quantity of a product in a warehouse whose
     * free stock is {@code freeNow}, after earlier lines of the same order
     * asked for {@code earlier}. The open supply is read only when the free
     * stock does not cover the quantity.
     */
    PromiseRequest promiseRequest(long productId, long warehouseId, BigDecimal freeNow, BigDecimal qty,
                                  BigDecimal earlier, LocalDate today) {
        PromiseRequest request = new PromiseRequest(qty, freeNow, List.of(), BigDecimal.ZERO, today).afterEarlier(earlier);
        if (request.coveredNow()) {
            return request;
        }
        return new PromiseRequest(qty, freeNow, inventory.openSupply(productId, warehouseId),
                inventory.backordered(productId, warehouseId), today).afterEarlier(earlier);
    }

    /**
     * One line as the operator sees it while typing: built as a draft order
     * line, promised after {@code earlier} of the same product in the order.
     */
    LineQuote quote(Customer customer, Channel channel, Product product, BigDecimal qty, BigDecimal earlier,
                    Warehouse warehouse, LocalDate today, Instant now) {
        return quotes(customer, channel, new Lines(List.of(product), List.of(qty)), Map.of(product.id(), earlier),
                warehouse, today, now).getFirst();
    }

    /**
     * Lines as the operator sees them while typing, each built as a draft
     * order line (priced together, as one order, without the order-value
     * discount) and promised after the earlier lines of the same product,
     * those before the first line included ({@code earlierBefore}). A
     * product's stock and open supply are read once however many lines ask
     * for it: the answers cannot change within the read.
     */
    List<LineQuote> quotes(Customer customer, Channel channel, Lines lines, Map<Long, BigDecimal> earlierBefore,
                           Warehouse warehouse, LocalDate today, Instant now) {
        VatPriced vatPriced = priceWithVat(sketchWith(customer, channel, now), customer, customer.defaultShipTo(), lines, today,
                false, false);
        OrderPricing.Priced priced = vatPriced.priced();
        Map<Long, BigDecimal> earlier = new HashMap<>(earlierBefore);
        // What the lines need to read, read together: free stock of every product, and the open supply and
        // backorders of those the free stock does not cover (as PromiseRequest would ask line by line).
        Map<Long, BigDecimal> free = new HashMap<>();
        Map<Long, BigDecimal> asked = new HashMap<>(earlierBefore);
        for (int i = 0; i < lines.products().size(); i++) {
            asked.merge(lines.products().get(i).id(), lines.quantities().get(i), BigDecimal::add);
        }
        Map<Long, Stock> stocks = inventory.findStocks(asked.keySet(), warehouse.id());
        asked.keySet().forEach(id -> free.put(id, stocks.containsKey(id) ? stocks.get(id).available() : BigDecimal.ZERO));
        List<Long> shortOf = asked.entrySet().stream().filter(e -> e.getValue().compareTo(free.get(e.getKey())) > 0)
                .map(Map.Entry::getKey).toList();
        Map<Long, List<SupplyLine>> supply = shortOf.isEmpty() ? Map.of() : inventory.openSupply(shortOf, warehouse.id());
        Map<Long, BigDecimal> backordered = shortOf.isEmpty() ? Map.of()
                : inventory.backordered(shortOf, warehouse.id());
        List<LineQuote> quotes = new ArrayList<>(lines.products().size());
        for (int i = 0; i < lines.products().size(); i++) {
            Product product = lines.products().get(i);
            BigDecimal qty = lines.quantities().get(i);
            OrderLine line = vatPriced.order().lines().get(i);
            var price = priced.quotes().get(i);
            BigDecimal freeNow = free.get(product.id());
            BigDecimal before = earlier.getOrDefault(product.id(), BigDecimal.ZERO);
            earlier.merge(product.id(), qty, BigDecimal::add);
            PromiseRequest request = new PromiseRequest(qty, freeNow, List.of(), BigDecimal.ZERO, today)
                    .afterEarlier(before);
            if (!request.coveredNow()) {
                request = new PromiseRequest(qty, freeNow, supply.getOrDefault(product.id(), List.of()),
                        backordered.getOrDefault(product.id(), BigDecimal.ZERO), today).afterEarlier(before);
            }
            Promise promise = PromiseCalculator.promise(request);
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
                why.add(Message.of("availability.noBackorders", customer.code(),
                        Quantities.shown(promise.fromStock())));
                availability = LineQuote.Availability.NONE;
                promised = null;
            }
            quotes.add(new LineQuote(product.sku(), product.ean(), product.description(), product.unit().name(), qty,
                    price.listCode(), price.source() == null ? null : price.source().name(), line.unitPrice(),
                    line.discountPct(), line.vatRate(), line.netAmount(), line.vatAmount(), line.grossAmount(),
                    price.explanation(), warehouse.code(), request.freeNow(), promised, availability, why));
        }
        return quotes;
    }

    /** The whole order priced as confirmation prices it (order-value discount included), nothing written. */
    OrderPreview preview(Customer customer, Channel channel, Lines lines, LocalDate today, Instant now) {
        VatPriced vatPriced = priceWithVat(sketchWith(customer, channel, now), customer, customer.defaultShipTo(), lines, today,
                true, false);
        SalesOrder order = vatPriced.order();
        List<List<Message>> explanations = vatPriced.priced().explanations();
        List<OrderPreview.Line> priced = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine l = order.lines().get(i);
            priced.add(new OrderPreview.Line(lines.products().get(i).sku(), l.quantity(), l.unitPrice(),
                    l.discountPct(), l.vatRate(), l.netAmount(), l.vatAmount(), l.grossAmount(), explanations.get(i)));
        }
        return new OrderPreview(priced, order.netTotal(), order.vatTotal(), order.grossTotal(), OrderViews.vatRows(order),
                order.vatTreatment(), order.vatReference(), order.amountDue(), vatPriced.vat().notes(),
                creditHold(order, customer).orElse(null));
    }

    // --- 4. confirm: lock, allocate, write

    /**
     * Places a request and confirms it (or holds it for credit), numbered
     * and stored; every problem of the request is reported at once and
     * nothing is written then.
     */
    SalesOrder place(OrderRequest request, String user, Instant now, LocalDate today) {
        return place(request, user, now, today, LinePricing.PRICE_LISTS);
    }

    /** {@link #place}, its lines priced as {@code pricing} says (at no charge for a replacement). */
    SalesOrder place(OrderRequest request, String user, Instant now, LocalDate today, LinePricing pricing) {
        return place(request, user, now, today, pricing, null);
    }

    /** {@link #place}, taken by the sales agent {@code agent} when not null (stored with the order). */
    SalesOrder place(OrderRequest request, String user, Instant now, LocalDate today, LinePricing pricing,
                     String agent) {
        List<Message> problems = new ArrayList<>();
        Header h = header(request, problems);
        Lines lines = lines(request.lines(), h.externalRef(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // The declaration of intent, if any, is locked first: orders of one customer take it in turn.
        SalesOrder order = priceWithVat(vat -> applied(new SalesOrder(h.channel(), h.externalRef(), h.customer().id(),
                        h.customer().name(), h.shipTo(), h.warehouse().id(), h.priority(), h.requestedDate(), h.notes(),
                        h.customer().paymentTerms(), user, now), vat),
                h.customer(), h.shipTo(), lines, today, true, true, pricing).order();
        Optional<Message> hold = creditHold(order, h.customer());
        // Lock order: stock rows (ascending) first, the numbering row last, in every use case, so the
        // busiest lock of all is held only for the allocation, the flush and the commit.
        Map<Long, Stock> locked = hold.isPresent() ? Map.of() : lockSorted(order);
        order.assignNumber(orders.nextOrderNumber(today.getYear()));
        if (hold.isPresent()) {
            order.hold(hold.get().encode(), user, now);
        } else {
            allocate(order, h.customer(), locked, user, now, today);
            order.confirm(user, now);
        }
        if (agent != null) {
            order.takenByAgent(agent);
        }
        // Stored once it is complete: one insert of the order and of each line as others will see them
        // (rather than a draft inserted and then updated); nothing changes it after this.
        orders.store(order);
        return order;
    }

    /**
     * A blocked customer, or an order that takes open exposure over the credit limit, waits ON_HOLD. Both count
     * what the customer pays: under split payment the VAT goes to the Treasury, not to us.
     */
    private Optional<Message> creditHold(SalesOrder order, Customer customer) {
        if (customer.blocked()) {
            return Optional.of(Message.of("hold.blocked", customer.code()));
        }
        if (order.amountDue().signum() == 0) {
            return Optional.empty(); // adds nothing to what the customer owes (a free replacement)
        }
        BigDecimal exposure = customers.openOrderExposure(customer.id());
        if (exposure.add(order.amountDue()).compareTo(customer.creditLimit()) > 0) {
            return Optional.of(Message.of("hold.credit", exposure, order.amountDue(), customer.creditLimit()));
        }
        return Optional.empty();
    }

    /** Locks the stock rows of the order's products in its warehouse, lowest product id first. */
    Map<Long, Stock> lockSorted(SalesOrder order) {
        return inventory.lockStocks(order.lines().stream().map(OrderLine::productId).toList(), order.warehouseId());
    }

    /**
     * Allocates every line from the locked stock rows as its promise says
     * (the same promise a quote of the line gave), and backorders the rest
     * with the promise date; refuses the whole order with the shortfall per
     * line when the customer does not take backorders.
     */
    void allocate(SalesOrder order, Customer customer, Map<Long, Stock> locked, String user, Instant now,
                  LocalDate today) {
        Map<Long, BigDecimal> freeAtStart = new HashMap<>();
        locked.forEach((productId, stock) -> freeAtStart.put(productId, stock.available()));
        Map<Long, BigDecimal> earlier = new HashMap<>();
        List<Message> shortfalls = new ArrayList<>();
        List<StockMovement> ledger = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            long productId = line.productId();
            Stock stock = locked.get(productId);
            BigDecimal before = earlier.getOrDefault(productId, BigDecimal.ZERO);
            earlier.merge(productId, line.quantity(), BigDecimal::add);
            PromiseRequest ask = promiseRequest(productId, order.warehouseId(), freeAtStart.get(productId),
                    line.quantity(), before, today);
            Promise promise = PromiseCalculator.promise(ask);
            BigDecimal allocated = BigDecimal.ZERO;
            if (promise.fromStock().signum() > 0) {
                StockMovement movement = stock.allocateUpTo(promise.fromStock(), order.number(), user, now);
                ledger.add(movement);
                allocated = movement.allocatedDelta();
                order.allocate(line, allocated);
            }
            BigDecimal missing = line.quantity().subtract(allocated);
            if (missing.signum() == 0) {
                order.repromise(line, today);
            } else if (!customer.acceptsBackorders()) {
                shortfalls.add(Message.of("order.shortfall", line.lineNo(), sku(line), Quantities.shown(line.quantity()),
                        Quantities.shown(allocated)));
            } else {
                order.backorder(line, missing, promise.date());
            }
        }
        if (!shortfalls.isEmpty()) {
            throw new ValidationException(shortfalls);
        }
        inventory.record(ledger);
        order.updatePromisedDate();
    }

    private String sku(OrderLine line) {
        Product p = reference.products(List.of(line.productId())).get(line.productId());
        return p == null ? "?" : p.sku();
    }
}
