package it.ordo.application.intake;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.imports.RowReader;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.pricing.QuantityRules;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderIntakeRepository;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The in-process {@link OrderIntakeService}: runs each use case here, on the database. */
public final class LocalOrderIntakeService implements OrderIntakeService {

    /** Imported files arrive as e-mail attachments: their orders are the e-mail channel's, keyed by reference. */
    static final Channel CHANNEL = Channel.EMAIL;
    private static final int MAX_REF = 60;
    private static final int MAX_CODE = 60;

    private final Transactions tx;
    private final OrderIntakeRepository intake;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final OrderRepository orders;
    private final OrderEntryService entry;
    private final OrderService orderService;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;
    private final QuantityRules quantityRules = new QuantityRules();

    public LocalOrderIntakeService(Transactions tx, OrderIntakeRepository intake, CustomerRepository customers,
                                   ProductRepository products, OrderRepository orders, OrderEntryService entry,
                                   OrderService orderService, CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.intake = intake;
        this.customers = customers;
        this.products = products;
        this.orders = orders;
        this.entry = entry;
        this.orderService = orderService;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    // --- mappings

    @Override
    public IntakeMapping suggestMapping(List<String> header, String customerOrNull) {
        guard.require(Permission.PLACE_ORDER);
        return tx.read(() -> {
            Optional<Customer> customer = Normalization.clean(customerOrNull) == null ? Optional.empty()
                    : findCustomer(customerOrNull);
            if (customer.isPresent()) {
                Optional<IntakeMapping> last = intake.lastMapping(customer.get().id())
                        .flatMap(name -> intake.mappings().stream().filter(m -> m.name().equals(name)).findFirst())
                        .map(LocalOrderIntakeService::mapping)
                        .filter(m -> fits(m, header));
                if (last.isPresent()) {
                    return last.get();
                }
            }
            return new IntakeMapping(null, HeaderSuggestions.suggest(header));
        });
    }

    /** Whether every column the mapping names is in the header. */
    private static boolean fits(IntakeMapping mapping, List<String> header) {
        Set<String> keys = new LinkedHashSet<>();
        header.forEach(h -> keys.add(IntakeMapping.key(h)));
        return mapping.columns().stream().allMatch(c -> keys.contains(IntakeMapping.key(c.header())));
    }

    @Override
    public IntakeMapping saveMapping(IntakeMapping mapping) {
        guard.require(Permission.PLACE_ORDER);
        String name = Normalization.clean(mapping.name());
        List<Message> problems = new ArrayList<>();
        if (name == null) {
            problems.add(Message.of("intake.mapping.nameMissing"));
        } else if (name.length() > 60) {
            problems.add(Message.of("intake.mapping.nameTooLong", 60));
        }
        if (mapping.columns().isEmpty()) {
            problems.add(Message.of("intake.mapping.empty"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (IntakeMapping.Column c : mapping.columns()) {
            String header = Normalization.clean(c.header());
            if (header == null || c.field() == null) {
                problems.add(Message.of("intake.mapping.columnIncomplete", String.valueOf(c.header())));
            } else if (header.length() > 200) {
                problems.add(Message.of("intake.mapping.headerTooLong", header.substring(0, 40) + "…", 200));
            } else if (!seen.add(IntakeMapping.key(header))) {
                problems.add(Message.of("intake.mapping.headerTwice", header));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        IntakeMapping clean = new IntakeMapping(name, mapping.columns().stream()
                .map(c -> new IntakeMapping.Column(Normalization.clean(c.header()), c.field())).toList());
        tx.write(() -> intake.saveMapping(new OrderIntakeRepository.StoredMapping(name, clean.columns().stream()
                .map(c -> new OrderIntakeRepository.StoredMapping.Column(c.header(), c.field().name())).toList()),
                clock.instant(), user.username()));
        return clean;
    }

    @Override
    public List<IntakeMapping> mappings() {
        guard.require(Permission.PLACE_ORDER);
        return tx.read(() -> intake.mappings().stream().map(LocalOrderIntakeService::mapping).toList());
    }

    private static IntakeMapping mapping(OrderIntakeRepository.StoredMapping stored) {
        return new IntakeMapping(stored.name(), stored.columns().stream()
                .map(c -> new IntakeMapping.Column(c.header(), IntakeField.valueOf(c.field()))).toList());
    }

    // --- cross-reference

    @Override
    public void resolveArticle(String customer, String theirCode, String sku) {
        guard.require(Permission.PLACE_ORDER);
        String code = Normalization.clean(theirCode);
        if (code == null) {
            throw new DomainException("intake.article.missing");
        }
        if (code.length() > MAX_CODE) {
            throw new DomainException("intake.article.tooLong", MAX_CODE);
        }
        tx.write(() -> {
            Customer c = findCustomer(customer).orElseThrow(() -> new NotFoundException("customer", customer));
            Product p = findProduct(sku).orElseThrow(() -> new NotFoundException("product", sku));
            intake.saveArticle(c.id(), code, p.id(), clock.instant(), user.username());
        });
    }

    // --- preview and confirm

    @Override
    public IntakePreview preview(IntakeRequest request) {
        guard.require(Permission.PLACE_ORDER);
        Analysis a = tx.read(() -> analyse(request));
        if (!a.problems.isEmpty()) {
            return new IntakePreview(a.problems, List.of(), List.of());
        }
        quote(a);
        List<PreviewRow> rows = a.rows.stream().map(Line::view).toList();
        List<IntakePreview.Order> shown = a.orders.values().stream()
                .map(o -> new IntakePreview.Order(o.key, o.customerCode(), o.externalRef,
                        o.lines.stream().map(l -> l.row).toList(), o.status()))
                .toList();
        return new IntakePreview(List.of(), rows, shown);
    }

    @Override
    public IntakeResult confirm(IntakeRequest request) {
        guard.require(Permission.PLACE_ORDER);
        Analysis a = tx.read(() -> analyse(request));
        if (!a.problems.isEmpty()) {
            throw new ValidationException(a.problems);
        }
        List<IntakeResult.OrderOutcome> outcomes = new ArrayList<>();
        for (Order o : a.orders.values()) {
            outcomes.add(place(o, request));
        }
        Instant now = clock.instant();
        tx.write(() -> {
            for (IntakeResult.OrderOutcome out : outcomes) {
                if (out.outcome() != IntakeResult.Outcome.ALREADY_IMPORTED) {
                    intake.recordImport(new OrderIntakeRepository.ImportedOrder(cut(request.table().fileName(), 260),
                            request.table().fingerprint(), cut(out.orderKey(), 60), out.externalRef(),
                            out.orderNumber(), out.outcome().name(), now, user.username()));
                }
            }
            String name = Normalization.clean(request.mapping().name());
            if (name != null && intake.mappings().stream().anyMatch(m -> m.name().equals(name))) {
                a.orders.values().stream().map(o -> o.customer).filter(c -> c != null).map(Customer::id).distinct()
                        .forEach(id -> intake.rememberMapping(id, name, now));
            }
        });
        return new IntakeResult(outcomes);
    }

    /** One order of the file through the one order path, in its own transaction. */
    private IntakeResult.OrderOutcome place(Order o, IntakeRequest request) {
        List<Integer> rows = o.lines.stream().map(l -> l.row).toList();
        if (o.duplicate) {
            return new IntakeResult.OrderOutcome(o.key, o.customerCode(), o.externalRef,
                    IntakeResult.Outcome.ALREADY_IMPORTED, null, null, rows,
                    List.of(Message.of("intake.order.alreadyImported", o.externalRef)));
        }
        List<Message> reasons = new ArrayList<>();
        for (Line l : o.lines) {
            l.issues.stream().filter(i -> i.problem().error())
                    .forEach(i -> reasons.add(Message.of("intake.row.problem", l.row, i.message().encode())));
        }
        List<Line> ordered = o.lines.stream().filter(l -> !l.skipped).toList();
        if (reasons.isEmpty() && ordered.isEmpty()) {
            reasons.add(Message.of("intake.order.allSkipped", o.key));
        }
        if (!reasons.isEmpty()) {
            return new IntakeResult.OrderOutcome(o.key, o.customerCode(), o.externalRef, IntakeResult.Outcome.REFUSED,
                    null, null, rows, reasons);
        }
        List<OrderRequest.LineRequest> lines = ordered.stream()
                .map(l -> new OrderRequest.LineRequest(l.product.sku(), null, l.quantity)).toList();
        String notes = o.notes.isEmpty() ? null : String.join("\n", o.notes);
        try {
            OrderView placed = orderService.place(new OrderRequest(o.externalRef, CHANNEL, o.customer.code(), null,
                    o.requestedDate, null, notes, lines));
            IntakeResult.Outcome outcome = placed.status() == OrderStatus.ON_HOLD ? IntakeResult.Outcome.HELD
                    : IntakeResult.Outcome.CONFIRMED;
            List<Message> why = placed.holdReason() == null ? List.of() : List.of(placed.holdReason());
            return new IntakeResult.OrderOutcome(o.key, o.customerCode(), o.externalRef, outcome, placed.number(),
                    placed.grossTotal(), rows, why);
        } catch (ValidationException e) {
            boolean duplicate = e.problems().stream().anyMatch(m -> m.key().equals("order.duplicate"));
            return new IntakeResult.OrderOutcome(o.key, o.customerCode(), o.externalRef,
                    duplicate ? IntakeResult.Outcome.ALREADY_IMPORTED : IntakeResult.Outcome.REFUSED, null, null, rows,
                    e.problems());
        } catch (DomainException e) {
            return new IntakeResult.OrderOutcome(o.key, o.customerCode(), o.externalRef, IntakeResult.Outcome.REFUSED,
                    null, null, rows, List.of(Message.of(e.key(), e.args().toArray())));
        }
    }

    // --- reading the rows

    /** A row as it would be ordered; {@code product} null when its code was not resolved. */
    private static final class Line {
        final int row;
        String orderKey;
        String customerText;
        Customer customer;
        String code;
        String description;
        Product product;
        BigDecimal quantity;
        String quantityText;
        BigDecimal filePrice;
        LocalDate requested;
        boolean skipped;
        LineQuote quote;
        final List<RowIssue> issues = new ArrayList<>();

        Line(int row) {
            this.row = row;
        }

        void issue(RowProblem problem, IntakeField field, Message message) {
            issues.add(new RowIssue(problem, field, message));
        }

        RowStatus status() {
            if (skipped) {
                return RowStatus.SKIPPED;
            }
            if (issues.stream().anyMatch(i -> i.problem().error())) {
                return RowStatus.ERROR;
            }
            return issues.isEmpty() ? RowStatus.VALID : RowStatus.WARNING;
        }

        PreviewRow view() {
            LineQuote q = quote;
            return new PreviewRow(row, orderKey, customer != null ? customer.code() : customerText, code,
                    product == null ? null : product.sku(),
                    product == null ? description : product.description(), quantity, quantityText, filePrice,
                    q == null ? null : q.unitPrice(), q == null ? null : q.discountPct(),
                    q == null ? null : q.netAmount(), q == null ? null : q.available(),
                    q == null ? null : q.promiseDate(), q == null ? null : q.availability(), status(),
                    List.copyOf(issues));
        }
    }

    /** The rows of one order of the file. */
    private static final class Order {
        final String key;
        final Customer customer;
        final String customerText;
        final String externalRef;
        final List<Line> lines = new ArrayList<>();
        final Set<String> notes = new LinkedHashSet<>();
        LocalDate requestedDate;
        boolean duplicate;

        Order(String key, Customer customer, String customerText, String externalRef) {
            this.key = key;
            this.customer = customer;
            this.customerText = customerText;
            this.externalRef = externalRef;
        }

        String customerCode() {
            return customer != null ? customer.code() : customerText;
        }

        RowStatus status() {
            List<RowStatus> s = lines.stream().map(Line::status).toList();
            if (s.contains(RowStatus.ERROR)) {
                return RowStatus.ERROR;
            }
            if (s.stream().allMatch(x -> x == RowStatus.SKIPPED)) {
                return RowStatus.SKIPPED;
            }
            return s.contains(RowStatus.WARNING) ? RowStatus.WARNING : RowStatus.VALID;
        }
    }

    private static final class Analysis {
        final List<Message> problems = new ArrayList<>();
        final List<Line> rows = new ArrayList<>();
        final Map<String, Order> orders = new LinkedHashMap<>();
    }

    /** Every row resolved and checked, grouped into orders; nothing priced yet. */
    private Analysis analyse(IntakeRequest request) {
        Analysis a = new Analysis();
        IntakeTable table = request.table();
        IntakeMapping mapping = request.mapping();
        Map<IntakeField, Integer> column = new EnumMap<>(IntakeField.class);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            byKey.putIfAbsent(IntakeMapping.key(table.header().get(i)), i);
        }
        for (IntakeMapping.Column c : mapping.columns()) {
            Integer index = byKey.get(IntakeMapping.key(c.header()));
            if (index == null) {
                a.problems.add(Message.of("intake.mapping.columnNotInFile", c.header(), sheetName(table)));
            } else if (c.field() != null) {
                column.putIfAbsent(c.field(), index);
            }
        }
        if (!column.containsKey(IntakeField.QUANTITY)) {
            a.problems.add(Message.of("intake.mapping.noQuantity", sheetName(table)));
        }
        if (!column.containsKey(IntakeField.SKU) && !column.containsKey(IntakeField.EAN)
                && !column.containsKey(IntakeField.CUSTOMER_ARTICLE)) {
            a.problems.add(Message.of("intake.mapping.noProduct", sheetName(table)));
        }
        Customer fileCustomer = null;
        if (Normalization.clean(request.customer()) != null) {
            fileCustomer = findCustomer(request.customer()).orElse(null);
            if (fileCustomer == null) {
                a.problems.add(Message.of("notFound.customer", request.customer()));
            }
        } else if (!column.containsKey(IntakeField.CUSTOMER)) {
            a.problems.add(Message.of("intake.mapping.noCustomer"));
        }
        if (!a.problems.isEmpty()) {
            return a;
        }
        Map<Integer, RowFix> fixes = new HashMap<>();
        request.fixes().forEach(f -> fixes.put(f.row(), f));
        Map<String, Optional<Customer>> customerCache = new HashMap<>();
        Map<Long, Map<String, Long>> articleCache = new HashMap<>();
        Map<String, Product> bySku = products.findBySkus(codes(table, column.get(IntakeField.SKU), fixes));
        Map<String, Optional<Product>> byEan = new HashMap<>();
        Map<Long, Optional<Product>> byId = new HashMap<>();
        for (IntakeTable.Row row : table.rows()) {
            Line l = new Line(row.number());
            a.rows.add(l);
            RowFix fix = fixes.get(row.number());
            l.skipped = fix != null && fix.skip();
            // customer
            if (fileCustomer != null) {
                l.customer = fileCustomer;
            } else {
                l.customerText = cell(row, column.get(IntakeField.CUSTOMER));
                if (l.customerText == null) {
                    l.issue(RowProblem.NO_CUSTOMER, IntakeField.CUSTOMER, Message.of("intake.row.noCustomer"));
                } else {
                    l.customer = customerCache.computeIfAbsent(Normalization.key(l.customerText), k -> findCustomer(
                            l.customerText)).orElse(null);
                    if (l.customer == null) {
                        l.issue(RowProblem.UNKNOWN_CUSTOMER, IntakeField.CUSTOMER,
                                Message.of("notFound.customer", l.customerText));
                    }
                }
            }
            // product
            String sku = cell(row, column.get(IntakeField.SKU));
            String ean = cell(row, column.get(IntakeField.EAN));
            String article = cell(row, column.get(IntakeField.CUSTOMER_ARTICLE));
            l.description = cell(row, column.get(IntakeField.DESCRIPTION));
            l.code = sku != null ? sku : ean != null ? ean : article;
            Map<String, Long> articles = l.customer == null ? Map.of()
                    : articleCache.computeIfAbsent(l.customer.id(), intake::articles);
            if (fix != null && Normalization.clean(fix.sku()) != null) {
                l.product = lookup(fix.sku(), bySku).or(() -> findProduct(fix.sku())).orElse(null);
                if (l.product == null) {
                    l.issue(RowProblem.UNKNOWN_PRODUCT, IntakeField.SKU, Message.of("intake.row.unknownSku", fix.sku()));
                }
            } else if (sku != null) {
                l.product = lookup(sku, bySku)
                        .or(() -> article(articles, sku, byId))
                        .orElse(null);
                if (l.product == null) {
                    l.issue(RowProblem.UNKNOWN_PRODUCT, IntakeField.SKU, Message.of("intake.row.unknownSku", sku));
                }
            } else if (ean != null) {
                if (!Ean13.isValid(ean)) {
                    l.issue(RowProblem.BAD_EAN, IntakeField.EAN, Message.of("intake.row.badEan", ean));
                } else {
                    l.product = byEan.computeIfAbsent(ean, products::findByEan).orElse(null);
                    if (l.product == null) {
                        l.issue(RowProblem.UNKNOWN_PRODUCT, IntakeField.EAN, Message.of("intake.row.unknownEan", ean));
                    }
                }
            } else if (article != null) {
                l.product = article(articles, article, byId).orElse(null);
                if (l.product == null) {
                    l.issue(RowProblem.UNKNOWN_ARTICLE, IntakeField.CUSTOMER_ARTICLE,
                            Message.of("intake.row.unknownArticle", article,
                                    l.customer == null ? "?" : l.customer.code()));
                }
            } else {
                IntakeField field = column.containsKey(IntakeField.SKU) ? IntakeField.SKU
                        : column.containsKey(IntakeField.EAN) ? IntakeField.EAN : IntakeField.CUSTOMER_ARTICLE;
                l.issue(RowProblem.NO_PRODUCT, field, Message.of("intake.row.noProduct"));
            }
            if (l.product != null && !l.product.active()) {
                l.issue(RowProblem.INACTIVE_PRODUCT, null, Message.of("product.inactive", l.product.sku()));
            }
            // quantity, price, date, notes
            RowReader reader = reader(table, row);
            String qtyHeader = table.header().get(column.get(IntakeField.QUANTITY));
            l.quantityText = cell(row, column.get(IntakeField.QUANTITY));
            if (fix != null && fix.quantity() != null) {
                l.quantity = fix.quantity();
            } else {
                l.quantity = reader.decimal(qtyHeader, true);
                reader.problems().forEach(m -> l.issue(RowProblem.NOT_A_NUMBER, IntakeField.QUANTITY, m));
            }
            if (l.quantity != null && l.product != null) {
                quantityRules.problem(l.product, l.quantity)
                        .ifPresent(m -> l.issue(RowProblem.BAD_QUANTITY, IntakeField.QUANTITY, m));
            }
            if (column.containsKey(IntakeField.UNIT_PRICE)) {
                RowReader prices = reader(table, row);
                l.filePrice = prices.decimal(table.header().get(column.get(IntakeField.UNIT_PRICE)), false);
                prices.problems().forEach(m -> l.issue(RowProblem.NOT_A_NUMBER, IntakeField.UNIT_PRICE, m));
            }
            String dateText = cell(row, column.get(IntakeField.REQUESTED_DATE));
            if (dateText != null) {
                l.requested = date(dateText);
                if (l.requested == null) {
                    l.issue(RowProblem.BAD_DATE, IntakeField.REQUESTED_DATE, Message.of("intake.row.badDate",
                            table.header().get(column.get(IntakeField.REQUESTED_DATE)), dateText));
                }
            }
            String note = cell(row, column.get(IntakeField.NOTES));
            if (note != null) {
                Normalization.controlProblem(table.header().get(column.get(IntakeField.NOTES)), note, true)
                        .ifPresent(m -> l.issue(RowProblem.BAD_TEXT, IntakeField.NOTES, m));
            }
            // order
            String key = cell(row, column.get(IntakeField.ORDER_KEY));
            String customerKey = l.customer != null ? l.customer.code()
                    : l.customerText == null ? "" : Normalization.key(l.customerText);
            l.orderKey = key != null ? key : table.fileName();
            String groupKey = customerKey + "\u001f" + (key == null ? "" : Normalization.key(key));
            Line line = l;
            Order order = a.orders.computeIfAbsent(groupKey, g -> new Order(line.orderKey, line.customer,
                    line.customerText, externalRef(key, customerKey, table.fingerprint())));
            order.lines.add(l);
            if (!l.skipped) {
                if (order.requestedDate == null && l.requested != null) {
                    order.requestedDate = l.requested;
                }
                if (note != null) {
                    order.notes.add(note);
                }
            }
        }
        for (Order o : a.orders.values()) {
            o.duplicate = orders.existsExternal(CHANNEL, o.externalRef);
            if (o.duplicate) {
                for (Line l : o.lines) {
                    l.issue(RowProblem.DUPLICATE_ORDER, o.key.equals(table.fileName()) ? null : IntakeField.ORDER_KEY,
                            Message.of("intake.order.alreadyImported", o.externalRef));
                }
            }
        }
        return a;
    }

    /** Prices and promises the rows that can be ordered, each order as New order would quote its lines. */
    private void quote(Analysis a) {
        for (Order o : a.orders.values()) {
            if (o.customer == null || o.duplicate) {
                continue;
            }
            List<Line> quotable = o.lines.stream()
                    .filter(l -> !l.skipped && l.product != null && l.quantity != null
                            && l.issues.stream().noneMatch(i -> i.problem().error()))
                    .toList();
            if (quotable.isEmpty()) {
                continue;
            }
            List<LineQuote> quotes = entry.quoteLines(o.customer.code(), quotable.stream()
                    .map(l -> new OrderRequest.LineRequest(l.product.sku(), null, l.quantity)).toList(), null, null);
            for (int i = 0; i < quotable.size(); i++) {
                Line l = quotable.get(i);
                LineQuote q = quotes.get(i);
                l.quote = q;
                if (l.filePrice != null && differs(l.filePrice, q)) {
                    l.issue(RowProblem.PRICE_DIFFERS, IntakeField.UNIT_PRICE,
                            Message.of("intake.row.priceDiffers", l.filePrice, net(q)));
                }
                if (q.availability() == LineQuote.Availability.NONE) {
                    l.issue(RowProblem.NOT_AVAILABLE, IntakeField.QUANTITY,
                            Message.of("intake.row.notAvailable", q.available()));
                } else if (o.requestedDate != null && q.promiseDate() != null
                        && q.promiseDate().isAfter(o.requestedDate)) {
                    l.issue(RowProblem.PROMISED_LATER, IntakeField.REQUESTED_DATE,
                            Message.of("intake.row.promisedLater", q.promiseDate(), o.requestedDate));
                }
            }
        }
    }

    /** The unit price after the line's discount, as the file would state a net price. */
    private static BigDecimal net(LineQuote q) {
        return q.netAmount().divide(q.quantity(), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A file price is the same when it is our list price or our net price, to the cent. */
    private static boolean differs(BigDecimal filePrice, LineQuote q) {
        BigDecimal cents = filePrice.setScale(2, RoundingMode.HALF_UP);
        return cents.compareTo(q.unitPrice().setScale(2, RoundingMode.HALF_UP)) != 0
                && cents.compareTo(net(q).setScale(2, RoundingMode.HALF_UP)) != 0;
    }

    /**
     * The order's reference on the e-mail channel: the customer's code and their order key, or for a file with no
     * key column the file's fingerprint, so the same order of the same file is the same reference.
     */
    static String externalRef(String key, String customerKey, String fingerprint) {
        String ref = key != null ? customerKey + "/" + Normalization.clean(key)
                : "F" + fingerprint.substring(0, Math.min(16, fingerprint.length())) + "/" + customerKey;
        if (ref.length() <= MAX_REF) {
            return ref;
        }
        // Too long for a reference: its start and a digest of the whole stay unique and readable.
        return ref.substring(0, MAX_REF - 13) + "~" + sha256(ref).substring(0, 12);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+");

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    private static String sheetName(IntakeTable table) {
        return table.sheet() == null ? table.fileName() : table.sheet();
    }

    private static String cell(IntakeTable.Row row, Integer column) {
        if (column == null || column >= row.cells().size()) {
            return null;
        }
        return Normalization.clean(row.cells().get(column));
    }

    private static RowReader reader(IntakeTable table, IntakeTable.Row row) {
        // A semicolon CSV is what Excel saves in an Italian locale: there "1.000" is a thousand, not one.
        boolean italian = ";".equals(table.delimiter());
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size() && i < row.cells().size(); i++) {
            String value = row.cells().get(i);
            if (italian && THOUSANDS.matcher(value.strip()).matches()) {
                value = value.strip().replace(".", "");
            }
            fields.putIfAbsent(table.header().get(i), value);
        }
        return new RowReader(new ImportRow(row.number(), fields));
    }

    /** Every form of every SKU the rows and fixes type, for one read. */
    private static Set<String> codes(IntakeTable table, Integer skuColumn, Map<Integer, RowFix> fixes) {
        Set<String> forms = new LinkedHashSet<>();
        if (skuColumn != null) {
            for (IntakeTable.Row row : table.rows()) {
                String sku = cell(row, skuColumn);
                if (sku != null) {
                    forms.addAll(Normalization.lookupForms(sku));
                }
            }
        }
        fixes.values().stream().filter(f -> f.sku() != null).forEach(f -> forms.addAll(Normalization.lookupForms(f.sku())));
        return forms;
    }

    private static Optional<Product> lookup(String code, Map<String, Product> bySku) {
        for (String form : Normalization.lookupForms(code)) {
            Product p = bySku.get(form);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Optional<Product> article(Map<String, Long> articles, String code, Map<Long, Optional<Product>> byId) {
        Long id = articles.get(Normalization.key(code));
        return id == null ? Optional.empty() : byId.computeIfAbsent(id, products::find);
    }

    /** A product by SKU, else by a valid EAN-13: the order path's lookup rule. */
    private Optional<Product> findProduct(String code) {
        for (String form : Normalization.lookupForms(code)) {
            Optional<Product> p = products.findBySku(form);
            if (p.isPresent()) {
                return p;
            }
        }
        String c = Normalization.clean(code);
        return c != null && Ean13.isValid(c) ? products.findByEan(c) : Optional.empty();
    }

    /** A customer by code, else by Partita IVA (as an Italian file often names its sender). */
    private Optional<Customer> findCustomer(String text) {
        for (String form : Normalization.lookupForms(text)) {
            Optional<Customer> c = customers.findByCode(form);
            if (c.isPresent()) {
                return c;
            }
        }
        String vat = Normalization.clean(text).toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        String digits = vat.startsWith("IT") ? vat.substring(2) : vat;
        if (digits.length() < 8) {
            return Optional.empty();
        }
        return customers.list(digits, 0, 5).stream()
                .filter(c -> c.vatNumber() != null && c.vatNumber().replace(" ", "").equalsIgnoreCase(digits))
                .findFirst();
    }

    private static final List<DateTimeFormatter> DAY_FIRST = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uu"));
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/uuuu");

    /**
     * A requested date as files write it: 2027-01-31 (a workbook's date cell), 31/01/2027 in Italian, or US
     * 01/31/2027 when the day cannot be the first number. 03/04/2027 is the 3rd of April: an Italian file.
     */
    static LocalDate date(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException notIso) {
            // try the written forms
        }
        for (DateTimeFormatter f : DAY_FIRST) {
            try {
                return LocalDate.parse(t, f.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        try {
            return LocalDate.parse(t, MONTH_FIRST.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
