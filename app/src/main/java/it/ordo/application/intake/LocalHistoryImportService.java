package it.ordo.application.intake;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.ValidationException;
import it.ordo.domain.Message;
import it.ordo.domain.order.HistoryRepository;
import it.ordo.domain.order.HistoryRepository.CustomerRef;
import it.ordo.domain.order.HistoryRepository.NewCustomer;
import it.ordo.domain.order.HistoryRepository.NewProduct;
import it.ordo.domain.order.HistoryRepository.PastLine;
import it.ordo.domain.order.HistoryRepository.PastOrder;
import it.ordo.domain.order.OrderNumber;
import it.ordo.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The in-process {@link HistoryImportService}: checks each chunk here and writes it in bulk, in one transaction. */
public final class LocalHistoryImportService implements HistoryImportService {

    /** The customer a sale without a customer code is written to: one, so the figures stay whole. */
    public static final String WALK_IN = "WALK-IN";
    static final String WALK_IN_NAME = "Walk-in / unknown customer";
    /** Terms unknown: the file does not say, and someone completes the imported customer. */
    static final String UNKNOWN_TERMS = "-";
    /** ISO 3166's user-assigned code: the file's country is not a country ("Unspecified", "European Community"). */
    static final String UNKNOWN_COUNTRY = "XX";
    static final String CATEGORY_PRODUCTS = "Imported";
    static final String CATEGORY_CHARGES = "Imported charges";
    /**
     * The words other systems write for the past statuses, lower case: Ordo's names, English and Italian (both
     * genders and numbers, as an order or its goods may be meant). Any other status is refused: a past order
     * waits for nothing.
     */
    private static final Map<String, OrderStatus> STATUS_WORDS = statusWords();
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    /** English names by ISO code; filled with {@link #COUNTRIES}. */
    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();
    private static final Map<String, String> COUNTRIES = countries();
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]"),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    private final Transactions tx;
    private final HistoryRepository history;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalHistoryImportService(Transactions tx, HistoryRepository history, CurrentUser user, Clock clock,
                                     Guard guard) {
        this.tx = tx;
        this.history = history;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public HistoryBatch begin(HistoryStart start) {
        guard.require(Permission.IMPORT_HISTORY);
        String source = clean(start.source());
        String currency = clean(start.currency());
        List<Message> problems = new ArrayList<>();
        if (source == null || source.length() > 120) {
            problems.add(Message.of("history.source.invalid", String.valueOf(start.source()), 120));
        }
        if (currency == null || !currency.matches("[A-Za-z]{3}")) {
            problems.add(Message.of("history.currency.invalid", String.valueOf(start.currency())));
        }
        if (clean(start.fingerprint()) == null || clean(start.fileName()) == null) {
            problems.add(Message.of("history.file.missing"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String iso = currency.toUpperCase(Locale.ROOT);
        return tx.write(() -> {
            var earlier = history.findBatch(source, start.fingerprint());
            long id = earlier.orElseGet(() -> history.startBatch(source, truncate(start.fileName(), 260),
                    start.fingerprint(), iso, user.username(), clock.instant()));
            HistoryRepository.BatchFigures f = history.figures(id);
            return new HistoryBatch(id, source, currency(id), earlier.isPresent(), f.orders(), f.lines(),
                    f.netValue());
        });
    }

    @Override
    public HistoryBatch finish(long batchId) {
        guard.require(Permission.IMPORT_HISTORY);
        return tx.write(() -> {
            String currency = currency(batchId);
            HistoryRepository.BatchFigures before = history.figures(batchId);
            String summary = "{\"orders\": [null, %d], \"lines\": [null, %d], \"netValue\": [null, \"%s\"], \"currency\": [null, \"%s\"]}"
                    .formatted(before.orders(), before.lines(), before.netValue().toPlainString(), currency);
            HistoryRepository.BatchFigures f = history.finishBatch(batchId, user.username(), user.workstation(),
                    clock.instant(), summary);
            return new HistoryBatch(batchId, null, currency, true, f.orders(), f.lines(), f.netValue());
        });
    }

    @Override
    public HistoryChunkResult importChunk(HistoryChunk chunk) {
        guard.require(Permission.IMPORT_HISTORY);
        HistoryOptions options = chunk.options();
        String source = clean(options.source());
        if (source == null || options.channel() == null) {
            throw new ValidationException(List.of(Message.of("history.source.invalid", String.valueOf(source), 120)));
        }
        Plan plan = plan(chunk.rows(), options, clock.getZone());
        if (chunk.dryRun()) {
            return tx.read(() -> apply(plan, source, chunk, false));
        }
        return tx.write(() -> {
            currency(chunk.batchId());
            return apply(plan, source, chunk, true);
        });
    }

    private String currency(long batchId) {
        return history.currencyOf(batchId).orElseThrow(
                () -> new NotFoundException("historyBatch", String.valueOf(batchId)));
    }

    // --- checking the rows: no database

    /** A past order as the rows make it. */
    private record Draft(String key, String customer, String country, Instant orderedAt, OrderStatus status,
                         boolean cancellation, List<DraftLine> lines, Instant shippedAt, Instant deliveredAt,
                         LocalDate promisedDate) {
        BigDecimal net() {
            return lines.stream().map(DraftLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private record DraftLine(String sku, BigDecimal quantity, BigDecimal price, BigDecimal discount, BigDecimal net) {
    }

    /**
     * @param descriptions each code's first description in the chunk (null when every row left it empty)
     * @param charges      codes that are no products: postage, fees, manual adjustments
     */
    private record Plan(List<Draft> orders, List<HistoryChunkResult.Refused> refused,
                        Map<String, String> descriptions, Set<String> charges) {
    }

    /**
     * The rules, in the order they are applied to each row (docs/import.md, "Past orders"): a row whose cells
     * equal an earlier row of its order is a duplicate; then each cell is read; then what the row means is judged.
     */
    static Plan plan(List<HistoryRow> rows, HistoryOptions options, ZoneId zone) {
        List<HistoryChunkResult.Refused> refused = new ArrayList<>();
        Map<String, List<HistoryRow>> byKey = new LinkedHashMap<>();
        for (HistoryRow r : rows) {
            String key = clean(r.orderKey());
            if (key == null) {
                refused.add(new HistoryChunkResult.Refused(r.row(), null, HistoryRefusal.NO_ORDER_KEY));
            } else if (key.length() > 60) {
                refused.add(new HistoryChunkResult.Refused(r.row(), key, HistoryRefusal.TOO_LONG));
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        String prefix = clean(options.cancellationPrefix());
        Pattern products = options.productPattern() == null ? null : Pattern.compile(options.productPattern());
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<Draft> orders = new ArrayList<>();
        for (Map.Entry<String, List<HistoryRow>> e : byKey.entrySet()) {
            String key = e.getKey();
            boolean cancellation = prefix != null && key.startsWith(prefix);
            HistoryRow first = e.getValue().getFirst();
            String customer = clean(first.customer());
            Set<String> seen = new HashSet<>();
            List<DraftLine> lines = new ArrayList<>();
            Instant orderedAt = null;
            OrderStatus status = null;
            Instant shippedAt = null;
            Instant deliveredAt = null;
            LocalDate promisedDate = null;
            for (HistoryRow r : e.getValue()) {
                HistoryRefusal why = null;
                if (!seen.add(r.content())) {
                    why = HistoryRefusal.DUPLICATE_LINE;
                } else if (!java.util.Objects.equals(clean(r.customer()), customer)) {
                    why = HistoryRefusal.OTHER_CUSTOMER;
                }
                String sku = clean(r.sku());
                BigDecimal qty = decimal(r.quantity());
                BigDecimal price = decimal(r.unitPrice());
                BigDecimal discount = clean(r.discount()) == null ? BigDecimal.ZERO : decimal(r.discount());
                Instant at = instant(r.orderDate(), zone);
                OrderStatus rowStatus = clean(r.status()) == null
                        ? (cancellation ? OrderStatus.CANCELLED : OrderStatus.DELIVERED) : status(r.status());
                Instant shipped = instant(r.shipDate(), zone);
                Instant delivered = instant(r.deliveryDate(), zone);
                LocalDate promised = date(r.promisedDate(), zone);
                // The order's date is its first kept row's; a later row's own date counts too.
                Instant placed = at == null ? null : orderedAt == null || at.isAfter(orderedAt) ? at : orderedAt;
                if (why != null) {
                    // judged above
                } else if (sku == null) {
                    why = HistoryRefusal.NO_PRODUCT;
                } else if (sku.length() > 40 || (customer != null && customer.length() > 20)) {
                    why = HistoryRefusal.TOO_LONG;
                } else if (qty == null || qty.signum() == 0 || qty.abs().compareTo(new BigDecimal("99999999999")) > 0
                        || qty.scale() > 3 && qty.stripTrailingZeros().scale() > 3) {
                    why = HistoryRefusal.BAD_QUANTITY;
                } else if (price == null || price.abs().compareTo(new BigDecimal("99999999999")) > 0
                        || price.stripTrailingZeros().scale() > 4) {
                    why = HistoryRefusal.BAD_PRICE;
                } else if (discount == null || discount.signum() < 0 || discount.compareTo(new BigDecimal("100")) >= 0
                        || discount.stripTrailingZeros().scale() > 2) {
                    why = HistoryRefusal.BAD_DISCOUNT;
                } else if (at == null) {
                    why = HistoryRefusal.BAD_DATE;
                } else if (rowStatus == null) {
                    why = HistoryRefusal.BAD_STATUS;
                } else if (shipped == null && clean(r.shipDate()) != null) {
                    why = HistoryRefusal.BAD_SHIP_DATE;
                } else if (delivered == null && clean(r.deliveryDate()) != null) {
                    why = HistoryRefusal.BAD_DELIVERY_DATE;
                } else if (promised == null && clean(r.promisedDate()) != null) {
                    why = HistoryRefusal.BAD_PROMISED_DATE;
                } else if (shipped != null && shipped.isBefore(placed)) {
                    why = HistoryRefusal.SHIPPED_BEFORE_ORDERED;
                } else if (delivered != null && delivered.isBefore(shipped != null ? shipped : placed)) {
                    why = HistoryRefusal.DELIVERED_BEFORE_SHIPPED;
                } else if ((rowStatus == OrderStatus.CANCELLED && (shipped != null || delivered != null))
                        || (rowStatus == OrderStatus.SHIPPED && delivered != null)) {
                    why = HistoryRefusal.DATES_AGAINST_STATUS;
                } else if (!cancellation && qty.signum() < 0) {
                    why = HistoryRefusal.NEGATIVE_QUANTITY;
                } else if (cancellation && qty.signum() > 0) {
                    why = HistoryRefusal.POSITIVE_IN_CANCELLATION;
                } else if (price.signum() < 0) {
                    why = HistoryRefusal.NEGATIVE_PRICE;
                } else if (price.signum() == 0 && customer == null) {
                    why = HistoryRefusal.ZERO_PRICE_NO_CUSTOMER;
                }
                if (why != null) {
                    refused.add(new HistoryChunkResult.Refused(r.row(), key, why));
                    continue;
                }
                if (orderedAt == null) {
                    orderedAt = at;
                    status = rowStatus;
                }
                shippedAt = later(shippedAt, shipped);
                deliveredAt = later(deliveredAt, delivered);
                if (promisedDate == null) {
                    promisedDate = promised;
                }
                BigDecimal quantity = qty.abs();
                BigDecimal net = quantity.multiply(price)
                        .multiply(BigDecimal.ONE.subtract(discount.movePointLeft(2)))
                        .setScale(2, RoundingMode.HALF_UP);
                lines.add(new DraftLine(sku, quantity, price, discount, net));
                String description = clean(r.description());
                if (description != null) {
                    descriptions.putIfAbsent(sku, truncate(description, 200));
                } else if (!descriptions.containsKey(sku)) {
                    descriptions.put(sku, null);
                }
            }
            if (!lines.isEmpty()) {
                String country = country(first.country());
                // Dates as the order's status has them (rows of one order may disagree; the first row's status rules).
                orders.add(new Draft(key, customer == null ? WALK_IN : customer, country, orderedAt, status,
                        cancellation, lines, status == OrderStatus.CANCELLED ? null : shippedAt,
                        status == OrderStatus.DELIVERED ? deliveredAt : null, promisedDate));
            }
        }
        Set<String> charges = new HashSet<>();
        if (products != null) {
            descriptions.keySet().stream().filter(sku -> !products.matcher(sku).matches()).forEach(charges::add);
        }
        return new Plan(orders, refused, descriptions, charges);
    }

    // --- writing

    private HistoryChunkResult apply(Plan plan, String source, HistoryChunk chunk, boolean write) {
        List<String> keys = plan.orders().stream().map(Draft::key).toList();
        Set<String> existing = keys.isEmpty() ? Set.of() : history.existingOrderKeys(source, keys);
        List<Draft> fresh = plan.orders().stream().filter(d -> !existing.contains(d.key())).toList();

        Map<String, String> countryOf = new LinkedHashMap<>();
        fresh.forEach(d -> countryOf.putIfAbsent(d.customer(), d.country()));
        Map<String, CustomerRef> customers = new HashMap<>(countryOf.isEmpty() ? Map.of()
                : history.customers(countryOf.keySet()));
        List<NewCustomer> newCustomers = new ArrayList<>();
        long warehouse = -1;
        for (Map.Entry<String, String> c : countryOf.entrySet()) {
            if (!customers.containsKey(c.getKey())) {
                if (warehouse < 0) {
                    warehouse = history.defaultWarehouse();
                }
                String code = c.getKey();
                String country = c.getValue();
                String kind = !UNKNOWN_COUNTRY.equals(country) && !EU.contains(country) ? "NON_EU_BUSINESS" : "CONSUMER";
                newCustomers.add(new NewCustomer(code, WALK_IN.equals(code) ? WALK_IN_NAME : code, kind, country,
                        COUNTRY_NAMES.getOrDefault(country, ""), UNKNOWN_TERMS, warehouse));
            }
        }
        Set<String> needed = new HashSet<>();
        fresh.forEach(d -> d.lines().forEach(l -> needed.add(l.sku())));
        Map<String, Long> products = new HashMap<>(needed.isEmpty() ? Map.of() : history.products(needed));
        List<NewProduct> newProducts = new ArrayList<>();
        for (Map.Entry<String, String> p : plan.descriptions().entrySet()) {
            String sku = p.getKey();
            boolean charge = plan.charges().contains(sku);
            if (needed.contains(sku) && !products.containsKey(sku)) {
                newProducts.add(new NewProduct(sku, p.getValue() == null ? sku : p.getValue(),
                        charge ? CATEGORY_CHARGES : CATEGORY_PRODUCTS, !charge));
            }
        }
        int sales = 0;
        int cancellations = 0;
        int lines = 0;
        BigDecimal salesValue = BigDecimal.ZERO;
        BigDecimal cancelledValue = BigDecimal.ZERO;
        for (Draft d : fresh) {
            lines += d.lines().size();
            if (d.status() == OrderStatus.CANCELLED) {
                cancellations++;
                cancelledValue = cancelledValue.add(d.net());
            } else {
                sales++;
                salesValue = salesValue.add(d.net());
            }
        }
        if (write && !fresh.isEmpty()) {
            if (!newCustomers.isEmpty()) {
                customers.putAll(history.createCustomers(chunk.batchId(), newCustomers));
            }
            if (!newProducts.isEmpty()) {
                products.putAll(history.createProducts(chunk.batchId(), newProducts));
            }
            ZoneId zone = clock.getZone();
            Map<Integer, Integer> perYear = new TreeMap<>();
            fresh.forEach(d -> perYear.merge(LocalDate.ofInstant(d.orderedAt(), zone).getYear(), 1, Integer::sum));
            Map<Integer, Long> nextNumber = new HashMap<>();
            perYear.forEach((year, count) -> nextNumber.put(year, history.reserveOrderNumbers(year, count)));
            List<PastOrder> past = new ArrayList<>(fresh.size());
            for (Draft d : fresh) {
                int year = LocalDate.ofInstant(d.orderedAt(), zone).getYear();
                long n = nextNumber.merge(year, 1L, Long::sum) - 1;
                boolean shipped = d.status() != OrderStatus.CANCELLED;
                List<PastLine> pastLines = d.lines().stream().map(l -> new PastLine(products.get(l.sku()),
                        l.quantity(), l.price(), l.discount(), l.net(), shipped)).toList();
                past.add(new PastOrder(d.key(), OrderNumber.of(year, n).value(), customers.get(d.customer()),
                        d.orderedAt(), d.status(), d.cancellation(), d.net(), pastLines, d.shippedAt(),
                        d.deliveredAt(), d.promisedDate()));
            }
            history.writeOrders(chunk.batchId(), source, chunk.options().channel(), past, user.username());
        }
        return new HistoryChunkResult(sales, cancellations, lines, salesValue, cancelledValue, existing.size(),
                newCustomers.stream().map(NewCustomer::code).toList(),
                newProducts.stream().map(NewProduct::sku).toList(), plan.refused());
    }

    // --- reading cells

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** A number as spreadsheets write it: 1234.5, 1,234.50, 1.234,50 or 2,5; null when it is none. */
    static BigDecimal decimal(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        s = s.replace(" ", "").replace("\u00a0", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && comma > dot) {
            s = s.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            s = s.replace(",", "");
        }
        if (s.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date with or without its time, read in the company's time zone; null when it is none. */
    static Instant instant(String raw, ZoneId zone) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, f).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** A past status by its name or a word for it in English or Italian ("spedito", "consegnata"); null if none. */
    static OrderStatus status(String raw) {
        return STATUS_WORDS.get(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** A date, or the day of a date and time, in the company's time zone; null when it is none. */
    static LocalDate date(String raw, ZoneId zone) {
        Instant at = instant(raw, zone);
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Map<String, OrderStatus> statusWords() {
        Map<String, OrderStatus> words = new HashMap<>();
        for (String w : List.of("delivered", "consegnato", "consegnata", "consegnati", "consegnate", "ricevuto",
                "ricevuta")) {
            words.put(w, OrderStatus.DELIVERED);
        }
        for (String w : List.of("shipped", "sent", "dispatched", "spedito", "spedita", "spediti", "spedite",
                "evaso", "evasa")) {
            words.put(w, OrderStatus.SHIPPED);
        }
        for (String w : List.of("cancelled", "canceled", "annullato", "annullata", "annullati", "annullate",
                "cancellato", "cancellata", "stornato", "stornata")) {
            words.put(w, OrderStatus.CANCELLED);
        }
        return Map.copyOf(words);
    }

    /** An ISO code as given, or an English country name ("United Kingdom", "EIRE", "USA", "RSA"). */
    static String country(String raw) {
        String s = clean(raw);
        if (s == null) {
            return UNKNOWN_COUNTRY;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && COUNTRY_NAMES.containsKey(upper)) {
            return upper;
        }
        return COUNTRIES.getOrDefault(upper, UNKNOWN_COUNTRY);
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
            byName.put(name.toUpperCase(Locale.ROOT), iso);
            COUNTRY_NAMES.put(iso, name);
        }
        byName.put("EIRE", "IE");
        byName.put("USA", "US");
        byName.put("RSA", "ZA");
        byName.put("UK", "GB");
        byName.put("CZECH REPUBLIC", "CZ");
        return byName;
    }
}
