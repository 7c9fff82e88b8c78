package it.ordo.application.returns;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.returns.CustomerReturn;
import it.ordo.domain.returns.QuarantineDecision;
import it.ordo.domain.returns.ReturnLine;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnRepository;
import it.ordo.domain.returns.ReturnWindow;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.LocalOrderService;
import it.ordo.application.order.OrderView;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.application.notification.MailTemplates;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.NewMail;
import it.ordo.domain.notification.Outbox;
import it.ordo.domain.order.StatusChange;
import it.ordo.i18n.Texts;
import it.ordo.domain.support.EntryKind;
import it.ordo.domain.support.Ticket;
import it.ordo.domain.support.TicketRepository;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** {@link ReturnService} in this process, on the database. */
public final class LocalReturnService implements ReturnService {

    /** The reference of ledger rows settling quarantined goods, before the person's note. */
    static final String QUARANTINE_REFERENCE = "QUARANTINE";
    private static final int MAX_NOTE = 45;
    private final Transactions tx;
    private final ReturnRepository returns;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final InventoryRepository inventory;
    private final TicketRepository tickets;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final CompanyRepository company;
    private final CreditNoteRenderer renderer;
    private final LocalOrderService orderService;
    private final ReturnLabels labels;

    public LocalReturnService(Transactions tx, ReturnRepository returns, OrderRepository orders,
                              CustomerRepository customers, ProductRepository products, InventoryRepository inventory,
                              TicketRepository tickets, CurrentUser user, Clock clock, Guard guard, Outbox outbox,
                              MailTemplates templates, CompanyRepository company, CreditNoteRenderer renderer,
                              LocalOrderService orderService, ReturnLabels labels) {
        this.tx = tx;
        this.returns = returns;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.tickets = tickets;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
        this.outbox = outbox;
        this.templates = templates;
        this.company = company;
        this.renderer = renderer;
        this.orderService = orderService;
        this.labels = labels;
    }

    @Override
    public ReturnView request(NewReturn request) {
        guard.require(Permission.HANDLE_RETURNS);
        return tx.write(() -> view(requested(request)));
    }

    @Override
    public ReturnView open(NewReturn request) {
        guard.require(Permission.HANDLE_RETURNS);
        // The desk with the customer on the line: the request and its authorisation, one transaction.
        return tx.write(() -> {
            CustomerReturn ret = requested(request);
            authorised(ret);
            return view(ret);
        });
    }

    @Override
    public ReturnView authorise(String rmaNumber) {
        guard.require(Permission.HANDLE_RETURNS);
        return tx.write(() -> {
            CustomerReturn ret = find(rmaNumber);
            authorised(ret);
            return view(ret);
        });
    }

    @Override
    public ReturnView refuse(String rmaNumber, String reason) {
        guard.require(Permission.HANDLE_RETURNS);
        return tx.write(() -> {
            CustomerReturn ret = find(rmaNumber);
            Instant now = clock.instant();
            ret.refuse(reason, user.username(), now);
            if (ret.ticketId() != null) {
                tickets.find(ret.ticketId()).ifPresent(t -> t.add(EntryKind.NOTE,
                        "RMA " + ret.number() + " ✗ " + ret.refusalReason(), user.username(), now));
            }
            // With the refusal: the customer hears why, in the same transaction.
            mail(MailKind.RETURN_REFUSED, ret, customers.find(ret.customerId()).orElseThrow(), ret.number(),
                    Map.of("reason", ret.refusalReason()), now);
            return view(ret);
        });
    }

    private CustomerReturn find(String rmaNumber) {
        String number = rmaNumber == null ? "" : rmaNumber.strip();
        return returns.findByNumber(number).orElseThrow(() -> new NotFoundException("return", number));
    }

    /**
     * A return requested: every line checked against what was shipped less what came back or is asked for
     * already, the return window checked, numbered in its gap-free series.
     */
    private CustomerReturn requested(NewReturn request) {
        String number = request.orderNumber() == null ? "" : request.orderNumber().strip();
        SalesOrder order = orders.findByNumber(number).orElseThrow(() -> new NotFoundException("order", number));
        // Goods come back only after they left.
        if (order.status() != OrderStatus.SHIPPED && order.status() != OrderStatus.DELIVERED
                && order.status() != OrderStatus.PARTIALLY_SHIPPED) {
            throw new DomainException("return.order.notShipped", order.number(), order.status().name());
        }
        Ticket ticket = null;
        if (request.ticketNumber() != null && !request.ticketNumber().isBlank()) {
            ticket = tickets.findByNumber(request.ticketNumber())
                    .orElseThrow(() -> new NotFoundException("ticket", request.ticketNumber()));
            if (ticket.customerId() != order.customerId()) {
                throw new DomainException("return.ticket.otherCustomer", ticket.number(), order.number());
            }
        }
        Instant now = clock.instant();
        String override = request.windowOverride() == null || request.windowOverride().isBlank() ? null
                : request.windowOverride();
        LocalDate arrived = arrived(order);
        ReturnWindow window = returns.window();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean late = window.closed(arrived, today);
        if (late && override == null) {
            throw new DomainException("return.window.closed", order.number(), arrived, window.days(),
                    window.lastDay(arrived));
        }
        if (late) {
            guard.require(Permission.MANAGE_RETURN_WINDOW);
        }
        CustomerReturn ret = new CustomerReturn(order.id(), order.number(), order.customerId(),
                ticket == null ? null : ticket.id(), request.reason(), request.wish(), user.username(), now);
        for (NewReturn.LineQty asked : request.lines()) {
            OrderLine line = order.lines().stream().filter(l -> l.lineNo() == asked.lineNo()).findFirst()
                    .orElseThrow(() -> new DomainException("ticket.line.unknown", order.number(), asked.lineNo()));
            ret.add(line, asked.quantity(), shipped(order, line).subtract(returns.returned(line.id())));
        }
        if (late) {
            ret.overrideWindow(override, user.username());
        }
        ret.assignNumber(returns.nextNumber(today.getYear()));
        returns.store(ret);
        if (ticket != null) {
            ticket.link(order.id(), order.number(), null, null, null);
            ticket.add(EntryKind.NOTE, "RMA " + ret.number() + ": " + ret.reason(), user.username(), now);
        }
        return ret;
    }

    /** Authorises a requested return and writes the customer's e-mail with the RMA number and the label. */
    private void authorised(CustomerReturn ret) {
        Instant now = clock.instant();
        ret.authorise(user.username(), now);
        // The label is attached when the message is sent (LocalMailService), as the return is then.
        mail(MailKind.RETURN_AUTHORISED, ret, customers.find(ret.customerId()).orElseThrow(), ret.number(), Map.of(),
                now);
    }

    /**
     * Writes the customer's e-mail about a return to the outbox, in the same transaction as the event, in the
     * customer's language: the return's placeholders and {@code extra}; {@code detail} is what the message is about
     * (the RMA, or the credit note of a refund).
     */
    private void mail(MailKind kind, CustomerReturn ret, Customer customer, String detail, Map<String, String> extra,
                      Instant now) {
        Map<String, String> values = new HashMap<>(extra);
        values.put("customer", customer.name());
        values.put("order", ret.orderNumber());
        values.put("rma", ret.number());
        values.put("company", company.find().map(Company::name).orElse(""));
        MailTemplates.Rendered mail = templates.render(kind, customer.language(), values);
        outbox.enqueue(new NewMail(kind, customer.id(), ret.orderId(), null, detail, customer.email(),
                customer.language(), mail.subject(), mail.body()), now);
    }

    /**
     * When the goods reached the customer: the day the order was delivered,
     * or, while no delivery is recorded, the day it (last) left.
     */
    private LocalDate arrived(SalesOrder order) {
        Instant delivered = null;
        Instant shipped = null;
        for (StatusChange change : order.history()) {
            if (change.toStatus() == OrderStatus.DELIVERED) {
                delivered = change.changedAt();
            } else if (change.toStatus() == OrderStatus.SHIPPED || change.toStatus() == OrderStatus.PARTIALLY_SHIPPED) {
                shipped = change.changedAt();
            }
        }
        Instant at = delivered != null ? delivered : shipped;
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }

    /**
     * What of a line has left: the warehouse's shipments count it line by line;
     * an order moved to shipped in one step (order ship) sent all of each line.
     */
    private static BigDecimal shipped(SalesOrder order, OrderLine line) {
        if (line.shippedQty().signum() > 0 || order.status() == OrderStatus.PARTIALLY_SHIPPED) {
            return line.shippedQty();
        }
        return line.quantity();
    }

    @Override
    public ReturnView receive(String rmaNumber, List<LineOutcome> outcomes) {
        guard.require(Permission.RECEIVE_RETURNS);
        return tx.write(() -> {
            CustomerReturn ret = find(rmaNumber);
            ret.receive(user.username(), clock.instant());
            if (!outcomes.isEmpty()) {
                inspected(ret, outcomes);
            }
            return view(ret);
        });
    }

    @Override
    public ReturnView inspect(String rmaNumber, List<LineOutcome> outcomes) {
        guard.require(Permission.RECEIVE_RETURNS);
        return tx.write(() -> {
            CustomerReturn ret = find(rmaNumber);
            inspected(ret, outcomes);
            return view(ret);
        });
    }

    /** Each line's outcome is a ledger row of its product, written under the stock row lock, once. */
    private void inspected(CustomerReturn ret, List<LineOutcome> outcomes) {
        SalesOrder order = orders.findByNumber(ret.orderNumber()).orElseThrow();
        Map<Integer, ReturnOutcome> byLine = new HashMap<>();
        for (LineOutcome o : outcomes) {
            if (o.outcome() == null || byLine.put(o.lineNo(), o.outcome()) != null) {
                throw new DomainException("return.outcome.missing", ret.number(), o.lineNo());
            }
        }
        // Stock rows locked first, in product order as everywhere. A second inspection of the same lines at the
        // same moment waits here, and its stale copy of the return is refused at commit (version), so the goods
        // are counted once.
        List<Long> productIds = ret.lines().stream().filter(l -> byLine.containsKey(l.lineNo()))
                .map(ReturnLine::productId).distinct().sorted().toList();
        SortedMap<Long, Stock> stocks = inventory.lockStocks(productIds, order.warehouseId());
        Map<Long, Product> byId = products.findAll(productIds);
        Instant now = clock.instant();
        String who = user.username();
        for (ReturnLine line : ret.inspect(byLine, who, now)) {
            Stock stock = stocks.get(line.productId());
            inventory.record(switch (line.outcome()) {
                case RESTOCK -> stock.receive(line.quantity(), ret.number(), who, now);
                case QUARANTINE -> stock.quarantine(line.quantity(), ret.number(), who, now);
                case SCRAP -> stock.writeOff(line.quantity(), byId.get(line.productId()).unitCost(), ret.number(),
                        who, now);
            });
        }
    }

    @Override
    public List<QuarantineRow> quarantine() {
        guard.require(Permission.VIEW_RETURNS);
        return tx.read(() -> {
            List<Stock> held = inventory.quarantinedStocks();
            Map<Long, Product> byId = products.findAll(held.stream().map(Stock::productId).distinct().toList());
            return held.stream().map(s -> quarantineRow(s, byId.get(s.productId()))).toList();
        });
    }

    @Override
    public QuarantineRow settleQuarantine(String sku, String warehouse, BigDecimal quantity,
                                          QuarantineDecision decision, String note) {
        guard.require(Permission.RECEIVE_RETURNS);
        if (decision == null) {
            throw new DomainException("quarantine.decision.missing");
        }
        // Never an RMA number: the check matches ledger rows named after a return to its lines.
        String reference = QUARANTINE_REFERENCE + (note == null || note.isBlank() ? ""
                : ": " + note.strip().substring(0, Math.min(note.strip().length(), MAX_NOTE)));
        return tx.write(() -> {
            Product product = products.findBySku(sku == null ? "" : sku.strip())
                    .orElseThrow(() -> new NotFoundException("product", sku));
            Warehouse where = inventory.findWarehouse(warehouse == null ? "" : warehouse.strip())
                    .orElseThrow(() -> new NotFoundException("warehouse", warehouse));
            // Locked first, like every stock change: a second person settling the same goods waits here and
            // then finds them gone.
            Stock stock = inventory.lockStocks(List.of(product.id()), where.id()).get(product.id());
            Instant now = clock.instant();
            inventory.record(switch (decision) {
                case RELEASE -> stock.releaseQuarantined(quantity, reference, user.username(), now);
                case SCRAP -> stock.scrapQuarantined(quantity, product.unitCost(), reference, user.username(), now);
            });
            return quarantineRow(stock, product);
        });
    }

    private QuarantineRow quarantineRow(Stock stock, Product product) {
        String warehouse = inventory.findWarehouse(stock.warehouseId()).map(Warehouse::code).orElse("?");
        BigDecimal cost = product.unitCost() == null ? BigDecimal.ZERO : product.unitCost();
        return new QuarantineRow(product.sku(), product.description(), warehouse, stock.quarantined(), cost,
                it.ordo.domain.Quantities.money(stock.quarantined().multiply(cost)));
    }

    @Override
    public ReturnView show(String rmaNumber) {
        guard.require(Permission.VIEW_RETURNS);
        return tx.read(() -> view(find(rmaNumber)));
    }

    @Override
    public List<ReturnView> list(String customerCode, int offset, int limit) {
        guard.require(Permission.VIEW_RETURNS);
        return tx.read(() -> {
            Long customerId = null;
            if (customerCode != null && !customerCode.isBlank()) {
                customerId = customers.findByCode(customerCode.strip())
                        .orElseThrow(() -> new NotFoundException("customer", customerCode)).id();
            }
            return returns.list(customerId, Math.max(0, offset), Math.clamp(limit, 1, 500)).stream()
                    .map(this::view).toList();
        });
    }

    @Override
    public List<ReturnView> authorised(LocalDate from, LocalDate to, int offset, int limit) {
        guard.require(Permission.VIEW_RETURNS);
        if (from == null || to == null) {
            throw new DomainException("report.period.missing");
        }
        if (from.isAfter(to)) {
            throw new DomainException("report.period.reversed", from, to);
        }
        java.time.ZoneId zone = clock.getZone();
        return tx.read(() -> returns.authorised(from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant(), Math.max(0, offset), Math.clamp(limit, 1, 500))
                .stream().map(this::view).toList());
    }

    @Override
    public ReturnView credit(String rmaNumber) {
        guard.require(Permission.HANDLE_RETURNS);
        return tx.write(() -> {
            CustomerReturn ret = find(rmaNumber);
            // Refused before a number is drawn, so the series keeps no hole.
            ret.requireCreditable();
            Instant now = clock.instant();
            String number = returns.nextCreditNoteNumber(LocalDate.ofInstant(now, clock.getZone()).getYear());
            ret.credit(number, user.username(), now);
            Customer customer = customers.find(ret.customerId()).orElseThrow();
            Texts texts = new Texts(MailTemplates.locale(customer.language()));
            // With the credit: the customer hears of the refund exactly when it exists.
            mail(MailKind.REFUND_ISSUED, ret, customer, number,
                    Map.of("creditNote", number, "amount", texts.money(ret.creditGross())), now);
            return view(ret);
        });
    }

    @Override
    public ReturnView close(String rmaNumber) {
        guard.require(Permission.HANDLE_RETURNS);
        ReturnWish wish = tx.read(() -> find(rmaNumber).wish());
        if (wish == ReturnWish.REFUND) {
            return credit(rmaNumber);
        }
        return tx.write(() -> {
            CustomerReturn ret = find(rmaNumber);
            Instant now = clock.instant();
            if (ret.wish() == ReturnWish.REPAIR) {
                ret.repaired(user.username(), now);
                return view(ret);
            }
            // Refused before the order is placed: a replacement is placed once, for a return back and inspected.
            ret.requireReplaceable();
            SalesOrder original = orders.findByNumber(ret.orderNumber()).orElseThrow();
            Customer customer = customers.find(ret.customerId()).orElseThrow();
            String warehouse = inventory.findWarehouse(original.warehouseId()).orElseThrow().code();
            Map<Long, Product> byId = products.findAll(ret.lines().stream().map(ReturnLine::productId).distinct()
                    .toList());
            List<OrderRequest.LineRequest> lines = ret.lines().stream()
                    .map(l -> new OrderRequest.LineRequest(byId.get(l.productId()).sku(), null, l.quantity()))
                    .toList();
            // The one order path, in this transaction: promised, allocated and confirmed like any order, its lines
            // at no charge (the customer paid for the goods once); the RMA as its reference (unique per channel,
            // so a second replacement of one RMA cannot exist).
            OrderView placed = orderService.placeReplacement(new OrderRequest(ret.number(), Channel.PHONE, customer.code(),
                    warehouse, null, Priority.HIGH, new Texts(MailTemplates.locale(customer.language()))
                            .get("return.replacement.notes", ret.number(), ret.orderNumber()), lines));
            ret.replaced(placed.number(), user.username(), now);
            return view(ret);
        });
    }

    @Override
    public byte[] labelPdf(String rmaNumber) {
        guard.require(Permission.VIEW_RETURNS);
        return labels.pdf(tx.read(() -> labels.read(rmaNumber)));
    }

    @Override
    public CreditNote creditNote(String rmaNumber) {
        guard.require(Permission.VIEW_RETURNS);
        return tx.read(() -> note(credited(rmaNumber)));
    }

    @Override
    public byte[] creditNotePdf(String rmaNumber) {
        guard.require(Permission.VIEW_RETURNS);
        record Data(CreditNote note, String companyName, String companyLines) {
        }
        // Read in a short transaction, printed after it: a PDF never holds the database.
        Data data = tx.read(() -> {
            Company c = company.find().orElse(null);
            String lines = c == null ? "" : c.street() + " - " + c.postalCode() + " " + c.city()
                    + (c.province() == null ? "" : " (" + c.province() + ")") + " - P.IVA " + c.vatNumber();
            return new Data(note(credited(rmaNumber)), c == null ? "" : c.name(), lines);
        });
        return renderer.render(data.note(), data.companyName(), data.companyLines());
    }

    @Override
    public List<CreditNote> creditNotes(LocalDate from, LocalDate to) {
        guard.require(Permission.VIEW_RETURNS);
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("return.period.invalid", from, to);
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return tx.read(() -> returns.credited(start, end).stream().map(this::note).toList());
    }

    @Override
    public int returnWindowDays() {
        guard.require(Permission.VIEW_RETURNS);
        return tx.read(() -> returns.window().days());
    }

    @Override
    public void setReturnWindowDays(int days) {
        guard.require(Permission.MANAGE_RETURN_WINDOW);
        ReturnWindow window = new ReturnWindow(days);
        tx.write(() -> returns.saveWindow(window));
    }

    private CustomerReturn credited(String rmaNumber) {
        CustomerReturn ret = find(rmaNumber);
        if (ret.creditNoteNumber() == null) {
            throw new DomainException("return.credit.none", ret.number());
        }
        return ret;
    }

    /** The credit note of a credited return: lines at the price they were sold, VAT summed per rate. */
    private CreditNote note(CustomerReturn r) {
        Customer customer = customers.find(r.customerId()).orElseThrow();
        SalesOrder order = orders.findByNumber(r.orderNumber()).orElseThrow();
        Map<Long, Product> byId = products.findAll(r.lines().stream().map(ReturnLine::productId).distinct().toList());
        Map<Integer, BigDecimal> rateOfLine = new HashMap<>();
        order.lines().forEach(l -> rateOfLine.put(l.lineNo(), l.vatRate()));
        List<CreditNote.Line> lines = new java.util.ArrayList<>();
        Map<BigDecimal, BigDecimal[]> byRate = new java.util.TreeMap<>();
        for (ReturnLine l : r.lines()) {
            Product p = byId.get(l.productId());
            BigDecimal rate = rateOfLine.get(l.lineNo()).stripTrailingZeros();
            lines.add(new CreditNote.Line(l.lineNo(), p.sku(), p.description(), l.quantity(), rate, l.creditNet(),
                    l.creditVat()));
            BigDecimal[] sums = byRate.computeIfAbsent(rate, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(l.creditNet());
            sums[1] = sums[1].add(l.creditVat());
        }
        List<CreditNote.Rate> rates = byRate.entrySet().stream()
                .map(e -> new CreditNote.Rate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new CreditNote(r.creditNoteNumber(), LocalDate.ofInstant(r.creditedAt(), clock.getZone()), r.number(),
                r.orderNumber(), customer.code(), customer.name(), customer.vatNumber(), customer.language(),
                r.creditNet(), r.creditVat(), r.creditGross(), lines, rates);
    }

    private ReturnView view(CustomerReturn r) {
        Customer customer = customers.find(r.customerId()).orElseThrow();
        Map<Long, Product> byId = products.findAll(r.lines().stream().map(ReturnLine::productId).distinct().toList());
        String ticketNumber = r.ticketId() == null ? null : tickets.find(r.ticketId()).map(Ticket::number).orElse(null);
        List<ReturnView.Line> lines = r.lines().stream().map(l -> {
            Product p = byId.get(l.productId());
            return new ReturnView.Line(l.lineNo(), p.sku(), p.description(), l.quantity(), l.outcome(), l.creditNet(),
                    l.creditVat());
        }).toList();
        return new ReturnView(r.number(), r.orderNumber(), customer.code(), customer.name(), ticketNumber, r.status(),
                r.reason(), r.wish(), r.createdAt(), r.createdBy(), r.receivedAt(), r.receivedBy(), r.creditNet(),
                r.creditVat(), r.creditGross(), lines, r.creditNoteNumber(), r.creditedAt(), r.windowOverrideReason(),
                r.windowOverrideBy(), r.replacementOrderNumber(), r.closedAt(), r.closedBy(), r.authorisedAt(),
                r.authorisedBy(), r.refusedAt(), r.refusedBy(), r.refusalReason(), r.inspectedAt(), r.inspectedBy());
    }
}
