package it.ordo.demo;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.fulfilment.TrackingReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.inventory.ReceiptView;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.setup.DemoData;
import it.ordo.demo.DemoCatalog.DemoProduct;
import it.ordo.demo.DemoCustomers.DemoCustomer;
import it.ordo.demo.DemoWords.Category;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Unit;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A year of business replayed day by day on a clock the generator moves: goods
 * arrive from suppliers in the morning, the warehouse moves yesterday's orders
 * along, the buyer reorders once a week, and the desk takes the day's orders.
 * Every step goes through the application services, so the ledger, the
 * numbering and the order histories are exactly what real use would leave.
 */
final class DemoHistory {

    private static final LocalTime DAY_START = LocalTime.of(7, 0);
    private static final LocalTime DAY_END = LocalTime.of(18, 0);
    /** Share of order lines taken from the customer's usual categories. */
    private static final double FAVOURITE_SHARE = 0.6;
    /** Lines per order 1..10: weights, mean 4.6. */
    private static final int[] LINE_WEIGHTS = {14, 14, 13, 12, 11, 10, 8, 7, 6, 5};
    private static final double MEAN_LINES = 4.6;
    private static final int[] PCS_MID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 24, 25};
    private static final int[] M_ROUND = {5, 10, 15, 20, 25, 30, 50, 100};
    private static final int[] KG_ROUND = {5, 10, 20, 25, 50};
    private static final String[] L_ROUND = {"1", "2.5", "5", "10", "20"};
    private static final double[] SEASON = {0.85, 0.95, 1.05, 1.05, 1.1, 1.05, 1.0, 0.55, 1.1, 1.1, 1.05, 0.9};
    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25),
            MonthDay.of(5, 1), MonthDay.of(6, 2), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8),
            MonthDay.of(12, 25), MonthDay.of(12, 26));
    /** Who moves orders along, in the order their work of a day is written. */
    private static final List<String> USERS = List.of("warehouse", "desk", "accounting");
    /** Each order move flushes the session, which costs more the more a transaction holds: a few dozen per commit. */
    private static final int MOVES_PER_TRANSACTION = 25;
    /** The carriers collect from 18:00 for this long. */
    private static final int VAN_MINUTES = 40;
    /** Orders placed after this leave with the next day's van. */
    private static final LocalTime CUT_OFF = LocalTime.of(17, 30);
    private static final List<String> NOTES = List.of("Consegna solo al mattino", "Telefonare prima della consegna",
            "Scarico con sponda idraulica", "Consegna in cantiere, chiedere del capocantiere",
            "Merce urgente per intervento in corso", "Imballo rinforzato, merce fragile",
            "Ritiro presso il vostro magazzino", "Consegna al piano terra, accesso da cortile interno");

    /** An order the simulation follows, with what it already knows of its future. */
    static final class DemoOrder {
        final String number;
        final DemoCustomer customer;
        final LocalDate placed;
        final String[] skus;
        final BigDecimal[] quantity;
        final BigDecimal[] backordered;
        OrderStatus status;
        LocalDate next;
        LocalDate cancelOn;
        int patienceDays;
        boolean holdable;
        int holdDays;
        /** Working days the carrier takes, from the evening pick-up to the customer. */
        int transitDays;
        /** The first delivery attempt fails (nobody there): delivered a working day later. */
        boolean deliveryFails;
        ShipmentView shipment;
        LocalDate deliverOn;
        boolean releaseCreditHold;
        boolean manualHold;
        LocalDate decideOn;

        DemoOrder(OrderView view, DemoCustomer customer, LocalDate placed) {
            this.number = view.number();
            this.customer = customer;
            this.placed = placed;
            int n = view.lines().size();
            this.skus = new String[n];
            this.quantity = new BigDecimal[n];
            this.backordered = new BigDecimal[n];
            update(view);
        }

        void update(OrderView view) {
            status = view.status();
            for (OrderView.Line line : view.lines()) {
                skus[line.lineNo() - 1] = line.sku();
                quantity[line.lineNo() - 1] = line.quantity();
                backordered[line.lineNo() - 1] = line.backordered();
            }
        }

        boolean hasBackorder() {
            return Arrays.stream(backordered).anyMatch(b -> b.signum() > 0);
        }

        /** Nothing of it is in the warehouse yet: every line waits for the supplier. */
        boolean nothingAllocated() {
            for (int i = 0; i < quantity.length; i++) {
                if (backordered[i].compareTo(quantity[i]) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** Still moving: not yet delivered or cancelled. */
        boolean isOpen() {
            return status != OrderStatus.DELIVERED && status != OrderStatus.CANCELLED;
        }
    }

    /** One line of a supplier purchase order and the deliveries it will come in. */
    static final class PoLine {
        final String po;
        final DemoProduct product;
        final String warehouse;
        BigDecimal outstanding;
        LocalDate expected;
        final List<LocalDate> arrivals = new ArrayList<>();
        final List<BigDecimal> quantities = new ArrayList<>();
        int delivered;

        PoLine(String po, DemoProduct product, String warehouse, BigDecimal quantity) {
            this.po = po;
            this.product = product;
            this.warehouse = warehouse;
            this.outstanding = quantity;
        }
    }

    private enum Action {
        PICK("warehouse"), PACK("warehouse"), PICK_PACK("warehouse"),
        CANCEL("desk"), HOLD("desk"), RELEASE("desk");

        final String user;

        Action(String user) {
            this.user = user;
        }
    }

    private record Step(DemoOrder order, Action action, String reason, String user) {

        Step(DemoOrder order, Action action, String reason) {
            this(order, action, reason, action.user);
        }
    }

    private final DemoData.Services hist;
    private final DemoClock clock;
    private final DemoUser user;
    private final Random random;
    private final List<DemoProduct> products;
    private final List<DemoCustomer> customers;
    private final List<String> warehouses;
    private final Consumer<String> progress;
    private final LocalDate today;
    /** The demo's last working day: its evening van has not left yet, so orders wait in every warehouse state. */
    private LocalDate lastDay;
    private final Instant now;
    private final ZoneId zone;
    private final int days;
    private final int targetOrders;

    private final Map<String, double[]> weeklyDemand = new HashMap<>();
    private final Map<String, Integer> leadTimes = new HashMap<>();
    private final double[] customerCumulative;
    private final double[] productCumulative;
    /** Dearer articles sold by the piece: what a building-site or installation project orders in bulk. */
    private final List<DemoProduct> projectProducts;
    private final double[] projectCumulative;
    private final Map<Category, List<DemoProduct>> productsByCategory = new LinkedHashMap<>();
    private final Map<Category, double[]> categoryCumulative = new HashMap<>();

    /** Small customers that take backorders (a big order from one of them meets its credit limit). */
    private final List<DemoCustomer> small;
    private final List<DemoCustomer> blocked;

    private final List<DemoOrder> open = new ArrayList<>();
    private final Map<String, DemoOrder> byNumber = new HashMap<>();
    private final List<PoLine> supply = new ArrayList<>();
    private final Map<Integer, Integer> poCounter = new HashMap<>();
    private final Map<Channel, Integer> refCounter = new EnumMap<>(Channel.class);
    private int placed;
    private int morningWork;
    private int refused;
    private int receipts;
    private int poLines;
    private long lastReplenishWeek = -1;

    DemoHistory(DemoData.Services ctx, Random random, List<DemoProduct> products, List<DemoCustomer> customers,
                List<String> warehouses, int days, int targetOrders, Consumer<String> progress) {
        this.random = random;
        this.products = products;
        this.customers = customers;
        this.warehouses = warehouses;
        this.days = days;
        this.targetOrders = targetOrders;
        this.progress = progress;
        this.zone = ctx.clock().getZone();
        this.now = ctx.clock().instant();
        this.today = LocalDate.ofInstant(now, zone);
        this.clock = new DemoClock(at(today.minusDays(days + 1L), DAY_START), zone);
        this.user = new DemoUser("warehouse");
        this.hist = ctx.as(user, clock);

        for (DemoProduct p : products) {
            productsByCategory.computeIfAbsent(p.category, k -> new ArrayList<>()).add(p);
        }
        productsByCategory.forEach((category, list) -> categoryCumulative.put(category, cumulative(list.stream()
                .mapToDouble(p -> p.popularity).toArray())));
        productCumulative = cumulative(products.stream().mapToDouble(p -> p.popularity).toArray());
        List<DemoProduct> dear = products.stream()
                .filter(p -> p.unit() == Unit.PCS && p.listPrice.doubleValue() >= 40).toList();
        projectProducts = dear.isEmpty() ? products : dear;
        projectCumulative = cumulative(projectProducts.stream().mapToDouble(p -> p.popularity).toArray());
        customerCumulative = cumulative(customers.stream().mapToDouble(c -> c.weight).toArray());
        small = customers.stream().filter(c -> c.tier == Tier.C && !c.blocked && c.acceptsBackorders).toList();
        blocked = customers.stream().filter(c -> c.blocked).toList();
        for (Category category : productsByCategory.keySet()) {
            for (String wh : warehouses) {
                leadTimes.put(category.name() + "|" + wh, 3 + random.nextInt(8));
            }
        }
        computeDemand();
        for (Channel c : Channel.values()) {
            refCounter.put(c, 1000 + random.nextInt(9000));
        }
    }

    int placed() {
        return placed;
    }

    int refused() {
        return refused;
    }

    int receipts() {
        return receipts;
    }

    int poLines() {
        return poLines;
    }

    void run() {
        openingStock();
        LocalDate start = today.minusDays(days);
        double seasonSum = 0;
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                seasonSum += SEASON[d.getMonthValue() - 1];
            }
        }
        // A few orders are refused at confirmation (a customer that takes no backorders and stock is short).
        double perDay = targetOrders * 1.03 / Math.max(1, seasonSum);
        lastDay = today;
        while (!isWorkingDay(lastDay) || (lastDay.equals(today) && now.isBefore(at(today, DAY_START).plusSeconds(1800)))) {
            lastDay = lastDay.minusDays(1);
        }
        LocalDate dayBefore = lastDay.minusDays(1);
        while (!isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        int reported = 0;
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            Instant dayStart = at(d, DAY_START);
            Instant dayEnd = at(d, DAY_END);
            if (d.equals(today)) {
                if (now.isBefore(dayStart.plusSeconds(1800))) {
                    break; // the working day has not begun yet
                }
                dayEnd = now.isBefore(dayEnd) ? now : dayEnd;
            }
            long span = dayEnd.toEpochMilli() - dayStart.toEpochMilli();
            Instant receiptsUntil = dayStart.plusMillis(span * 5 / 100);
            Instant movesUntil = dayStart.plusMillis(span * 15 / 100);

            receiveDue(d, dayStart, receiptsUntil);
            moveOrders(d, receiptsUntil, movesUntil);
            long week = d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (week != lastReplenishWeek) {
                lastReplenishWeek = week;
                replenish(d, (int) ChronoUnit.WEEKS.between(start, d), false);
            }
            double expected = perDay * SEASON[d.getMonthValue() - 1] * (0.75 + 0.5 * random.nextDouble());
            int count = (int) Math.floor(expected + random.nextDouble());
            placeOrders(d, count, movesUntil, dayEnd, d.equals(lastDay) || d.equals(dayBefore), d.equals(lastDay));
            if (d.isBefore(lastDay)) {
                eveningVan(d, dayEnd);
                deliveries(d, dayEnd.plusSeconds(VAN_MINUTES * 60L + 300));
            }
            if (placed - reported >= Math.max(250, targetOrders / 20)) {
                reported = placed;
                progress.accept("orders " + placed + "/" + targetOrders);
            }
        }
        replenish(today, Integer.MAX_VALUE, true);
        progress.accept("orders " + placed + "/" + targetOrders);
    }

    // --- demand model and stock levels

    /** Expected weekly quantity per article and warehouse, from the customers' habits. */
    private void computeDemand() {
        double total = customers.stream().filter(c -> !c.blocked).mapToDouble(c -> c.weight).sum();
        Map<String, Double> global = new HashMap<>();
        Map<String, Double> favourite = new HashMap<>();
        for (DemoCustomer c : customers) {
            if (c.blocked) {
                continue;
            }
            double share = c.weight / total;
            global.merge(c.warehouse, share, Double::sum);
            for (Category category : c.favourites) {
                favourite.merge(c.warehouse + "|" + category.name(), share / c.favourites.size(), Double::sum);
            }
        }
        double popTotal = products.stream().mapToDouble(p -> p.popularity).sum();
        Map<Category, Double> popCategory = new HashMap<>();
        products.forEach(p -> popCategory.merge(p.category, p.popularity, Double::sum));
        double weeks = Math.max(1, workingDays() / 5.0);
        double linesPerWeek = targetOrders * MEAN_LINES / weeks;
        for (DemoProduct p : products) {
            double[] perWarehouse = new double[warehouses.size()];
            for (int w = 0; w < warehouses.size(); w++) {
                String wh = warehouses.get(w);
                double share = FAVOURITE_SHARE * favourite.getOrDefault(wh + "|" + p.category.name(), 0.0)
                        * p.popularity / popCategory.get(p.category)
                        + (1 - FAVOURITE_SHARE) * global.getOrDefault(wh, 0.0) * p.popularity / popTotal;
                perWarehouse[w] = linesPerWeek * share * p.meanQuantity();
            }
            weeklyDemand.put(p.sku, perWarehouse);
        }
    }

    private int workingDays() {
        int n = 0;
        for (LocalDate d = today.minusDays(days); !d.isAfter(today); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private double reorderPoint(DemoProduct p, int w) {
        return Math.max(weeklyDemand.get(p.sku)[w] * 3, 1.5 * p.meanQuantity());
    }

    private double targetLevel(DemoProduct p, int w) {
        return reorderPoint(p, w) + Math.max(weeklyDemand.get(p.sku)[w] * 16, 5 * p.meanQuantity());
    }

    /** Suppliers deliver in packs: tens of small parts, coils of cable, sacks of fertiliser. */
    private static BigDecimal packs(DemoProduct p, double wanted) {
        int pack = switch (p.unit()) {
            case PCS -> p.meanQuantity() >= 20 ? 10 : p.meanQuantity() >= 8 ? 5 : 1;
            case M -> 50;
            case KG -> 25;
            case L -> 5;
        };
        long n = Math.max(1, (long) Math.ceil(wanted / pack));
        return BigDecimal.valueOf(n * pack);
    }

    /** The stock counted a year ago: plenty of most things, little of the hard-to-get articles, some gaps. */
    private void openingStock() {
        LocalDate day = today.minusDays(days + 1L);
        record Receipt(String sku, String warehouse, BigDecimal qty) {
        }
        List<Receipt> all = new ArrayList<>();
        for (DemoProduct p : products) {
            for (int w = 0; w < warehouses.size(); w++) {
                BigDecimal qty;
                if (p.scarce) {
                    long n = Math.round(p.meanQuantity() * 1.2 * random.nextDouble());
                    qty = BigDecimal.valueOf(n);
                } else if (random.nextDouble() < 0.10) {
                    qty = BigDecimal.ZERO;
                } else {
                    double weeks = 12 + 10 * random.nextDouble();
                    qty = packs(p, Math.max(weeklyDemand.get(p.sku)[w] * weeks, 5 * p.meanQuantity()));
                }
                if (qty.signum() > 0) {
                    all.add(new Receipt(p.sku, warehouses.get(w), qty));
                }
            }
        }
        user.set("warehouse");
        // Derby gets slower per statement as a transaction grows: a few hundred receipts per commit is fastest.
        int chunk = 150;
        for (int from = 0; from < all.size(); from += chunk) {
            List<Receipt> part = all.subList(from, Math.min(all.size(), from + chunk));
            Instant base = at(day, DAY_START).plusSeconds(from * 2L);
            clock.set(base);
            hist.batch().write(() -> {
                for (int i = 0; i < part.size(); i++) {
                    Receipt r = part.get(i);
                    clock.set(base.plusSeconds(i * 2L));
                    hist.inventory().receive(r.sku(), r.warehouse(), r.qty(), null);
                }
            });
            receipts += part.size();
        }
        progress.accept("opening stock " + all.size());
    }

    // --- suppliers

    private void replenish(LocalDate d, int weekIndex, boolean last) {
        Map<String, BigDecimal> available = hist.inventory().availableEverywhere();
        Map<String, BigDecimal> waiting = new HashMap<>();
        for (DemoOrder o : open) {
            for (int i = 0; i < o.skus.length; i++) {
                if (o.backordered[i].signum() > 0) {
                    waiting.merge(o.skus[i] + "|" + o.customer.warehouse, o.backordered[i], BigDecimal::add);
                }
            }
        }
        Map<String, BigDecimal> incoming = new HashMap<>();
        for (PoLine line : supply) {
            incoming.merge(line.product.sku + "|" + line.warehouse, line.outstanding, BigDecimal::add);
        }

        // One purchase order per warehouse and supplier (category); the hard-to-get articles on their own.
        Map<String, List<PoLine>> orders = new LinkedHashMap<>();
        for (DemoProduct p : products) {
            for (int w = 0; w < warehouses.size(); w++) {
                String wh = warehouses.get(w);
                String key = p.sku + "|" + wh;
                BigDecimal onShelf = available.get(key);
                if (onShelf == null) {
                    continue;
                }
                BigDecimal back = waiting.getOrDefault(key, BigDecimal.ZERO);
                BigDecimal coming = incoming.getOrDefault(key, BigDecimal.ZERO);
                double position = onShelf.subtract(back).add(coming).doubleValue();
                BigDecimal qty;
                int lead;
                String supplier;
                if (p.scarce) {
                    // Hard to get: reordered once a month, only for what customers wait for, and slow to come.
                    if (!(last || weekIndex % 4 == 0) || back.signum() <= 0 || coming.signum() > 0) {
                        continue;
                    }
                    qty = packs(p, back.doubleValue() + p.meanQuantity() * random.nextDouble());
                    lead = last ? 8 + random.nextInt(23) : 15 + random.nextInt(21);
                    supplier = wh + "|*";
                } else {
                    if (position >= reorderPoint(p, w) && !(last && back.signum() > 0 && coming.signum() == 0)) {
                        continue;
                    }
                    qty = packs(p, targetLevel(p, w) - position);
                    lead = last ? 1 + random.nextInt(10) : leadTimes.get(p.category.name() + "|" + wh);
                    supplier = wh + "|" + p.category.name();
                }
                LocalDate expected = d.plusDays(lead);
                String poKey = supplier + "|" + expected;
                List<PoLine> po = orders.computeIfAbsent(poKey, k -> new ArrayList<>());
                String number = po.isEmpty() ? nextPoNumber(d) : po.getFirst().po;
                PoLine line = new PoLine(number, p, wh, qty);
                plan(line, expected);
                po.add(line);
            }
        }
        List<PoLine> lines = orders.values().stream().flatMap(List::stream).toList();
        if (lines.isEmpty()) {
            return;
        }
        user.set("warehouse");
        clock.set(at(d, DAY_START));
        hist.batch().write(() -> {
            for (PoLine line : lines) {
                hist.inventory().addSupply(line.product.sku, line.warehouse, line.outstanding, line.expected, line.po);
            }
        });
        supply.addAll(lines);
        poLines += lines.size();
    }

    /** When the goods will really come: mostly on the expected day, sometimes late, sometimes in two lots. */
    private void plan(PoLine line, LocalDate expected) {
        line.expected = expected;
        double r = random.nextDouble();
        LocalDate arrival = r < 0.12 ? expected.plusDays(1 + random.nextInt(6)) : expected;
        if (r > 0.95 && line.outstanding.compareTo(BigDecimal.valueOf(4)) >= 0) {
            BigDecimal first = line.outstanding.multiply(BigDecimal.valueOf(0.4 + 0.4 * random.nextDouble()))
                    .setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
            line.arrivals.add(arrival);
            line.quantities.add(first);
            line.arrivals.add(arrival.plusDays(5 + random.nextInt(6)));
            line.quantities.add(line.outstanding.subtract(first));
        } else {
            line.arrivals.add(arrival);
            line.quantities.add(line.outstanding);
        }
    }

    private String nextPoNumber(LocalDate d) {
        int n = poCounter.merge(d.getYear(), 1, Integer::sum);
        return "PO-%d-%04d".formatted(d.getYear(), n);
    }

    private void receiveDue(LocalDate d, Instant from, Instant to) {
        List<PoLine> due = supply.stream()
                .filter(l -> l.delivered < l.arrivals.size() && !l.arrivals.get(l.delivered).isAfter(d)).toList();
        if (due.isEmpty()) {
            return;
        }
        user.set("warehouse");
        clock.set(between(from, to, 0, due.size()));
        List<ReceiptView> results = hist.batch().write(() -> {
            List<ReceiptView> out = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                PoLine line = due.get(i);
                clock.set(between(from, to, i, due.size()));
                out.add(hist.inventory().receive(line.product.sku, line.warehouse, line.quantities.get(line.delivered),
                        line.po));
            }
            return out;
        });
        for (PoLine line : due) {
            line.outstanding = line.outstanding.subtract(line.quantities.get(line.delivered));
            line.delivered++;
        }
        supply.removeIf(l -> l.outstanding.signum() <= 0);
        receipts += due.size();
        for (ReceiptView receipt : results) {
            for (ReceiptView.Filled f : receipt.filled()) {
                DemoOrder o = byNumber.get(f.orderNumber());
                o.backordered[f.lineNo() - 1] = f.stillBackordered();
                if (!o.hasBackorder() && o.next.isBefore(d)) {
                    o.next = d; // the goods came in the morning: they leave with the evening van
                }
            }
        }
    }

    // --- the warehouse and the desk move orders along

    private void moveOrders(LocalDate d, Instant from, Instant to) {
        List<Step> plan = new ArrayList<>();
        for (DemoOrder o : open) {
            Step step = decide(o, d);
            if (step != null) {
                plan.add(step);
            }
        }
        if (plan.isEmpty()) {
            return;
        }
        // The warehouse's moves first, then the desk's, then the accountant's: one user per transaction, as the
        // audit trail records a transaction under the user and time it began.
        plan.sort(Comparator.comparingInt(s -> USERS.indexOf(s.user())));
        OrderView[] results = new OrderView[plan.size()];
        for (int first = 0; first < plan.size(); ) {
            int start = first;
            int end = start;
            while (end < plan.size() && end - start < MOVES_PER_TRANSACTION
                    && plan.get(end).user().equals(plan.get(start).user())) {
                end++;
            }
            int stop = end;
            clock.set(between(from, to, start, plan.size()));
            user.set(plan.get(start).user());
            hist.batch().write(() -> {
                for (int i = start; i < stop; i++) {
                    Step s = plan.get(i);
                    clock.set(between(from, to, i, plan.size()));
                    String n = s.order().number;
                    results[i] = switch (s.action()) {
                        case PICK -> startPicking(n);
                        case PACK -> hist.orders().pack(n);
                        case PICK_PACK -> startPicking(n) == null ? null : hist.orders().pack(n);
                        case CANCEL -> hist.orders().cancel(n, s.reason());
                        case HOLD -> hist.orders().hold(n, s.reason());
                        case RELEASE -> hist.orders().release(n);
                    };
                }
            });
            first = stop;
        }
        for (int i = 0; i < plan.size(); i++) {
            Step s = plan.get(i);
            OrderView view = results[i];
            DemoOrder o = s.order();
            if (view == null) {
                continue; // still waiting for goods
            }
            o.update(view);
            switch (s.action()) {
                case PICK, PACK, PICK_PACK -> o.next = d.plusDays(1);
                case HOLD -> {
                    o.manualHold = true;
                    o.holdable = false;
                    o.decideOn = d.plusDays(o.holdDays);
                }
                case RELEASE -> {
                    o.manualHold = false;
                    o.next = later(o.next, d.plusDays(1));
                }
                default -> {
                }
            }
        }
        open.removeIf(o -> !o.isOpen());
    }

    /**
     * The carrier's evening pick-up ({@code from}, after the office closes): every order whose goods are all
     * in and that was due today is picked, packed and handed to one of the carriers in one parcel with its
     * DDT and tracking number. An order placed after the cut-off, or of low priority, was made due tomorrow:
     * it leaves a day after its promise, as it would.
     */
    private void eveningVan(LocalDate d, Instant from) {
        List<DemoOrder> due = open.stream().filter(o -> !d.isBefore(o.next) && !o.hasBackorder()
                && (o.status == OrderStatus.CONFIRMED || o.status == OrderStatus.PICKING
                || o.status == OrderStatus.PACKED)).toList();
        if (due.isEmpty()) {
            return;
        }
        Instant to = from.plusSeconds(VAN_MINUTES * 60L);
        user.set("warehouse");
        for (int first = 0; first < due.size(); first += MOVES_PER_TRANSACTION) {
            int start = first;
            int stop = Math.min(due.size(), first + MOVES_PER_TRANSACTION);
            clock.set(between(from, to, start, due.size()));
            hist.batch().write(() -> {
                for (int i = start; i < stop; i++) {
                    clock.set(between(from, to, i, due.size()));
                    ship(due.get(i), d);
                }
            });
        }
    }

    private void ship(DemoOrder o, LocalDate d) {
        if (o.status == OrderStatus.CONFIRMED && startPicking(o.number) == null) {
            return; // still waiting for goods after all
        }
        if (o.status != OrderStatus.PACKED) {
            hist.orders().pack(o.number);
        }
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (int i = 0; i < o.skus.length; i++) {
            items.merge(o.skus[i], o.quantity[i], BigDecimal::add);
        }
        CarrierView carrier = DemoWarehouse.CARRIERS.get(random.nextInt(DemoWarehouse.CARRIERS.size()));
        String tracking = carrier.code() + "%010d".formatted(random.nextInt(1_000_000_000));
        ShipmentView s = hist.fulfilment().ship(new ShipRequest(o.number, TransportBy.CARRIER, carrier.code(), null,
                null, null, null, List.of(new ShipRequest.ParcelRequest(null, 40, 30, 30, tracking,
                items.entrySet().stream().map(e -> new ShipRequest.Item(e.getKey(), e.getValue())).toList()))));
        o.status = s.orderStatus();
        o.shipment = s;
        LocalDate on = d;
        for (int left = o.transitDays; left > 0; ) {
            on = on.plusDays(1);
            if (isWorkingDay(on)) {
                left--;
            }
        }
        o.deliverOn = on;
    }

    /**
     * The carriers' tracking file of the day, imported in the evening: for every parcel due today, picked up
     * the evening it left, out for delivery in the morning and delivered during the day; a failed first
     * attempt (nobody there) is delivered the next working day. Delivering the shipment delivers the order.
     */
    private void deliveries(LocalDate d, Instant importedAt) {
        List<ImportRow> rows = new ArrayList<>();
        List<DemoOrder> delivered = new ArrayList<>();
        for (DemoOrder o : open) {
            if (o.status != OrderStatus.SHIPPED || o.deliverOn == null || d.isBefore(o.deliverOn)) {
                continue;
            }
            ShipmentView s = o.shipment;
            Instant attempt = at(d, LocalTime.of(9, 0)).plusSeconds(random.nextInt(7 * 3600));
            for (ShipmentView.ParcelView parcel : s.parcels()) {
                String t = parcel.trackingNumber();
                String place = s.destination().address();
                if (o.deliveryFails) {
                    rows.add(tracking(rows.size() + 1, t, s.issuedAt().plusSeconds(1800), "IN_TRANSIT",
                            "Hub di partenza", null));
                    rows.add(tracking(rows.size() + 1, t, attempt.minusSeconds(3600), "OUT_FOR_DELIVERY", place, null));
                    rows.add(tracking(rows.size() + 1, t, attempt, "EXCEPTION", place,
                            "Destinatario assente, avviso lasciato"));
                } else {
                    if (o.transitDays > 0) {
                        rows.add(tracking(rows.size() + 1, t, s.issuedAt().plusSeconds(1800), "IN_TRANSIT",
                                "Hub di partenza", null));
                    }
                    rows.add(tracking(rows.size() + 1, t, attempt.minusSeconds(3600), "OUT_FOR_DELIVERY", place, null));
                    rows.add(tracking(rows.size() + 1, t, attempt, "DELIVERED", place, "Consegnato"));
                }
            }
            if (o.deliveryFails) {
                o.deliveryFails = false;
                o.transitDays = 0;
                LocalDate next = d.plusDays(1);
                while (!isWorkingDay(next)) {
                    next = next.plusDays(1);
                }
                o.deliverOn = next;
            } else {
                delivered.add(o);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        user.set("warehouse");
        clock.set(importedAt);
        TrackingReport report = hist.fulfilment().importTracking(rows);
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("tracking refused: " + report.errors());
        }
        delivered.forEach(o -> o.status = OrderStatus.DELIVERED);
        open.removeIf(o -> !o.isOpen());
    }

    private static ImportRow tracking(int line, String number, Instant at, String status, String place, String text) {
        Map<String, String> fields = new HashMap<>();
        fields.put("tracking", number);
        fields.put("time", at.toString());
        fields.put("status", status);
        fields.put("place", place);
        if (text != null) {
            fields.put("text", text);
        }
        return new ImportRow(line, fields);
    }

    /** Picking refuses an order still waiting for goods; that leaves it as it is. */
    private OrderView startPicking(String number) {
        try {
            return hist.orders().startPicking(number);
        } catch (DomainException e) {
            if ("order.pick.backordered".equals(e.key())) {
                return null;
            }
            throw e;
        }
    }

    private Step decide(DemoOrder o, LocalDate d) {
        boolean cancelDue = o.cancelOn != null && !d.isBefore(o.cancelOn);
        switch (o.status) {
            case CONFIRMED -> {
                if (cancelDue) {
                    return new Step(o, Action.CANCEL, "Annullato su richiesta del cliente");
                }
                if (o.hasBackorder()) {
                    if (ChronoUnit.DAYS.between(o.placed, d) >= o.patienceDays) {
                        return new Step(o, Action.CANCEL, "Il cliente rinuncia: merce non disponibile in tempo");
                    }
                    if (o.holdable && o.nothingAllocated() && ChronoUnit.DAYS.between(o.placed, d) >= 2) {
                        return new Step(o, Action.HOLD, "Il cliente chiede di sospendere l'ordine");
                    }
                    return null;
                }
                // Orders leave with the evening van; on the last day, before it, the morning's work is under way.
                if (!d.equals(lastDay) || d.isBefore(o.next)) {
                    return null;
                }
                return new Step(o, (morningWork++ % 2 == 0) ? Action.PICK : Action.PICK_PACK, null);
            }
            case PICKING -> {
                if (cancelDue) {
                    return new Step(o, Action.CANCEL, "Annullato su richiesta del cliente");
                }
                return null;
            }
            case ON_HOLD -> {
                if (d.isBefore(o.decideOn)) {
                    return null;
                }
                if (o.manualHold) {
                    return new Step(o, Action.RELEASE, null);
                }
                // Credit and blocked customers are the accountant's call.
                if (o.customer.blocked) {
                    return new Step(o, Action.CANCEL, "Cliente bloccato dall'amministrazione", "accounting");
                }
                if (o.releaseCreditHold && o.customer.acceptsBackorders) {
                    return new Step(o, Action.RELEASE, null, "accounting");
                }
                return new Step(o, Action.CANCEL, "Fido non concesso dall'amministrazione", "accounting");
            }
            default -> {
                return null;
            }
        }
    }

    // --- the day's orders

    /**
     * The day's orders. Now and then one is a big project order; on the last two days one such order
     * comes from a small customer (its credit limit stops it), and on the last day a blocked customer
     * tries again, so the desk finds orders on hold as it would on any morning.
     */
    private void placeOrders(LocalDate d, int dayCount, Instant from, Instant to, boolean finalDays, boolean lastDay) {
        int count = finalDays ? Math.max(2, dayCount) : dayCount;
        int project = random.nextDouble() < 0.12 || finalDays ? random.nextInt(Math.max(1, count)) : -1;
        int retry = lastDay && !blocked.isEmpty() ? random.nextInt(Math.max(1, count)) : -1;
        if (retry >= 0 && retry == project) {
            retry = (project + 1) % count;
        }
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = random.nextDouble();
        }
        Arrays.sort(times);
        long span = to.toEpochMilli() - from.toEpochMilli();
        for (int i = 0; i < count; i++) {
            DemoCustomer customer = customers.get(pick(customerCumulative));
            boolean overLimit = i == project && finalDays && !small.isEmpty();
            if (overLimit) {
                customer = DemoCustomers.pick(random, small);
            } else if (i == retry) {
                customer = DemoCustomers.pick(random, blocked);
            }
            Channel channel = random.nextDouble() < 0.8 ? customer.channel
                    : random.nextBoolean() ? Channel.PHONE : Channel.EMAIL;
            String ref = switch (channel) {
                case WEB -> reference(channel, "WEB", d);
                case B2B_PORTAL -> reference(channel, "B2B", d);
                case APP -> reference(channel, "APP", d);
                case EMAIL -> reference(channel, "MAIL", d);
                default -> null;
            };
            double r = random.nextDouble();
            Priority priority = r < 0.04 ? Priority.URGENT : r < 0.14 ? Priority.HIGH : r < 0.20 ? Priority.LOW : Priority.NORMAL;
            LocalDate requested = random.nextDouble() < 0.15 ? d.plusDays(2 + random.nextInt(20)) : null;
            String notes = random.nextDouble() < 0.08 ? DemoCustomers.pick(random, NOTES) : null;
            List<OrderRequest.LineRequest> lines = i == project
                    ? projectLines(overLimit ? customer.creditLimit.doubleValue() * 1.3 : 0) : lines(customer);
            OrderRequest request = new OrderRequest(ref, channel, customer.code, null, requested,
                    priority, notes, lines);
            // What will happen to it, decided now so the story does not depend on anything else.
            LocalDate cancelOn = random.nextDouble() < 0.025 ? d.plusDays(1 + random.nextInt(3)) : null;
            int patience = random.nextDouble() < 0.5 ? 20 + random.nextInt(100) : Integer.MAX_VALUE;
            boolean holdable = random.nextDouble() < 0.25;
            int holdDays = 3 + random.nextInt(10);
            double road = random.nextDouble();
            int transit = road < 0.55 ? 1 : road < 0.85 ? 2 : road < 0.95 ? 3 : 4;
            boolean deliveryFails = random.nextDouble() < 0.04;
            boolean releaseCredit = random.nextDouble() < 0.6;
            int decideDays = customer.blocked ? 5 + random.nextInt(11) : 2 + random.nextInt(5);
            Instant placedAt = Instant.ofEpochMilli(from.toEpochMilli() + (long) (times[i] * span));
            // Low priority waits for the next day's van, as does what comes in after the cut-off.
            boolean leavesToday = priority != Priority.LOW && placedAt.isBefore(at(d, CUT_OFF));

            clock.set(placedAt);
            user.set(switch (channel) {
                case WEB -> "webshop";
                case B2B_PORTAL -> "portale-b2b";
                case APP -> "app";
                default -> "desk";
            });
            OrderView view;
            try {
                view = hist.orders().place(request);
            } catch (DomainException e) {
                refused++;
                continue;
            }
            placed++;
            DemoOrder o = new DemoOrder(view, customer, d);
            o.cancelOn = cancelOn;
            o.patienceDays = patience;
            o.holdable = holdable;
            o.holdDays = holdDays;
            o.transitDays = transit;
            o.deliveryFails = deliveryFails;
            o.releaseCreditHold = releaseCredit;
            o.next = leavesToday ? d : d.plusDays(1);
            o.decideOn = d.plusDays(decideDays);
            if (o.isOpen()) {
                open.add(o);
                byNumber.put(o.number, o);
            }
        }
    }

    private String reference(Channel channel, String prefix, LocalDate d) {
        int n = refCounter.merge(channel, 1 + random.nextInt(3), Integer::sum);
        return "%s-%d-%06d".formatted(prefix, d.getYear(), n);
    }

    /** 6 to 10 lines of dearer articles; with a minimum value, lines and pieces are added until it is reached. */
    private List<OrderRequest.LineRequest> projectLines(double atLeast) {
        int n = 6 + random.nextInt(5);
        List<DemoProduct> chosen = new ArrayList<>();
        List<Integer> qty = new ArrayList<>();
        double value = 0;
        for (int attempts = 0; (chosen.size() < n || value < atLeast) && chosen.size() < 10 && attempts < 100; attempts++) {
            DemoProduct p = projectProducts.get(pick(projectCumulative));
            if (!chosen.contains(p)) {
                chosen.add(p);
                qty.add(2 + random.nextInt(9));
                value += qty.getLast() * p.listPrice.doubleValue();
            }
        }
        for (int i = 0; value < atLeast && i < 100; i++) {
            int line = i % chosen.size();
            if (qty.get(line) < 50) {
                qty.set(line, qty.get(line) + 1);
                value += chosen.get(line).listPrice.doubleValue();
            }
        }
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            lines.add(new OrderRequest.LineRequest(chosen.get(i).sku, null, BigDecimal.valueOf(qty.get(i))));
        }
        return lines;
    }

    private List<OrderRequest.LineRequest> lines(DemoCustomer customer) {
        int n = 1 + pickWeighted(LINE_WEIGHTS);
        List<DemoProduct> chosen = new ArrayList<>();
        for (int attempts = 0; chosen.size() < n && attempts < n * 10; attempts++) {
            DemoProduct p;
            if (random.nextDouble() < FAVOURITE_SHARE) {
                Category category = DemoCustomers.pick(random, customer.favourites);
                List<DemoProduct> list = productsByCategory.get(category);
                if (list == null) {
                    continue;
                }
                p = list.get(pick(categoryCumulative.get(category)));
            } else {
                p = products.get(pick(productCumulative));
            }
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        return chosen.stream().map(p -> new OrderRequest.LineRequest(p.sku, null, quantity(p))).toList();
    }

    /** A plausible quantity for an order line, in the article's unit (see DemoProduct.meanQuantity). */
    BigDecimal quantity(DemoProduct p) {
        double price = p.listPrice.doubleValue();
        return switch (p.unit()) {
            case PCS -> BigDecimal.valueOf(price >= 100 ? 1 + random.nextInt(3)
                    : price >= 20 ? 1 + random.nextInt(10)
                    : price >= 2 ? PCS_MID[random.nextInt(PCS_MID.length)]
                    : 5L * (2 + random.nextInt(9)));
            case M -> random.nextDouble() < 0.6 ? BigDecimal.valueOf(M_ROUND[random.nextInt(M_ROUND.length)])
                    : BigDecimal.valueOf(10 + random.nextInt(591), 1);
            case KG -> random.nextDouble() < 0.5 ? BigDecimal.valueOf(KG_ROUND[random.nextInt(KG_ROUND.length)])
                    : BigDecimal.valueOf(100 + random.nextInt(4901), 2);
            case L -> random.nextDouble() < 0.6 ? new BigDecimal(L_ROUND[random.nextInt(L_ROUND.length)])
                    : BigDecimal.valueOf(10 + random.nextInt(191), 1);
        };
    }

    // --- helpers

    static boolean isWorkingDay(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !HOLIDAYS.contains(MonthDay.from(d)) && !d.equals(easter(d.getYear()).plusDays(1));
    }

    /** Gregorian Easter Sunday (Meeus/Jones/Butcher); the Monday after it is a holiday in Italy. */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private Instant at(LocalDate d, LocalTime t) {
        return d.atTime(t).atZone(zone).toInstant();
    }

    private static Instant between(Instant from, Instant to, int i, int n) {
        long span = to.toEpochMilli() - from.toEpochMilli();
        return Instant.ofEpochMilli(from.toEpochMilli() + span * (i + 1) / (n + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double[] cumulative(double[] weights) {
        double[] result = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }

    private int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        int index = i >= 0 ? i : -i - 1;
        return Math.min(index, cumulative.length - 1);
    }

    private int pickWeighted(int[] weights) {
        int total = Arrays.stream(weights).sum();
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
