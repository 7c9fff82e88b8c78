package it.ordo.application.reporting;

import it.ordo.domain.reporting.LineSale;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
import it.ordo.domain.reporting.SoldOrderTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one computation of every sales figure: the dashboard's tiles, the
 * printed reports and the accounting export all take their numbers from
 * here, over the orders sold in a period ({@link SalesFacts}), so a figure
 * is the same to the cent wherever it is shown. The lines are totalled as
 * they are read (per period and per group), never held, except for the
 * export that writes them (and takes its VAT per rate from them). Call
 * inside a transaction.
 */
final class SalesFigures {

    /** A period to total, and the groupings to total it by. */
    record Wanted(SalesPeriod period, Set<SalesGrouping> groupings) {

        Wanted(SalesPeriod period, SalesGrouping... groupings) {
            this(period, Set.of(groupings));
        }
    }

    private final Instant from;
    private final Instant before;
    /** Whether the lines were read: without them there is no cost, margin, fill rate nor group. */
    private final boolean linesRead;
    private final List<SoldOrder> orders = new ArrayList<>();
    /** The orders' count and stored totals, summed as they are added (with or without their list). */
    private long orderCount;
    private BigDecimal net = BigDecimal.ZERO;
    private BigDecimal vat = BigDecimal.ZERO;
    private BigDecimal gross = BigDecimal.ZERO;
    /** The lines themselves, kept only for the export; null otherwise. */
    private final List<SoldLine> lines;
    private long lineCount;
    private long complete;
    private BigDecimal linesNet = BigDecimal.ZERO;
    private BigDecimal cost = BigDecimal.ZERO;
    private final Map<SalesGrouping, Map<String, Group>> groups = new EnumMap<>(SalesGrouping.class);

    private SalesFigures(Instant from, Instant before, Set<SalesGrouping> groupings, boolean keepLines) {
        this(from, before, groupings, keepLines, true);
    }

    private SalesFigures(Instant from, Instant before, Set<SalesGrouping> groupings, boolean keepLines,
                         boolean linesRead) {
        this.from = from;
        this.before = before;
        this.linesRead = linesRead;
        this.lines = keepLines ? new ArrayList<>() : null;
        groupings.forEach(g -> groups.put(g, new HashMap<>()));
    }

    /** The period's figures, by these groupings. */
    static SalesFigures read(SalesFacts facts, SalesPeriod period, ZoneId zone, SalesGrouping... groupings) {
        return read(facts, zone, List.of(new Wanted(period, groupings))).getFirst();
    }

    /**
     * The figures of several periods, in their order, reading each day's orders and lines once however many of
     * the periods hold it: the periods are merged where they overlap or touch, each merged stretch read in one
     * pass and every order and line totalled in each period it falls in (the dashboard's six periods are two
     * stretches: the month so far and the same days of the month before).
     */
    static List<SalesFigures> read(SalesFacts facts, ZoneId zone, List<Wanted> wanted) {
        List<SalesFigures> all = new ArrayList<>();
        for (Wanted w : wanted) {
            all.add(new SalesFigures(w.period().start(zone), w.period().end(zone), w.groupings(), false));
        }
        read(facts, all);
        return all;
    }

    /**
     * The orders alone of several periods, in their order, each stretch of days read once as {@link #read} does,
     * for {@link #orderTotals} only: what the orders' own stored totals give (count, taxable, VAT, total) without
     * reading a line nor anything else of the orders ({@link SalesFacts#orderTotals}), which the dashboard paints
     * first (a month of a long history is 70,000 lines to read for the cost and the fill rate, its orders 7,000
     * rows).
     */
    static List<SalesFigures> readOrders(SalesFacts facts, ZoneId zone, List<SalesPeriod> periods) {
        List<SalesFigures> all = new ArrayList<>();
        for (SalesPeriod p : periods) {
            all.add(new SalesFigures(p.start(zone), p.end(zone), Set.of(), false, false));
        }
        read(facts, all);
        return all;
    }

    /** Fills the figures, each stretch of days they cover read once (its lines too when they total them). */
    private static void read(SalesFacts facts, List<SalesFigures> all) {
        List<SalesFigures> byStart = new ArrayList<>(all);
        byStart.sort(Comparator.comparing(f -> f.from));
        int i = 0;
        while (i < byStart.size()) {
            Instant start = byStart.get(i).from;
            Instant end = byStart.get(i).before;
            int j = i + 1;
            while (j < byStart.size() && !byStart.get(j).from.isAfter(end)) {
                end = max(end, byStart.get(j).before);
                j++;
            }
            List<SalesFigures> stretch = byStart.subList(i, j);
            if (!stretch.getFirst().linesRead) {
                // The first paint: the orders' totals alone, nothing else of them read.
                for (SoldOrderTotals o : facts.orderTotals(start, end)) {
                    for (SalesFigures f : stretch) {
                        if (f.holds(o.confirmedAt())) {
                            f.count(o.netTotal(), o.vatTotal(), o.grossTotal());
                        }
                    }
                }
            } else {
                for (SoldOrder o : facts.orders(start, end)) {
                    for (SalesFigures f : stretch) {
                        if (f.holds(o.confirmedAt())) {
                            f.add(o);
                        }
                    }
                }
                facts.eachLineSale(start, end, l -> {
                    for (SalesFigures f : stretch) {
                        if (f.holds(l.confirmedAt())) {
                            f.add(l);
                        }
                    }
                });
            }
            i = j;
        }
    }

    /** The period's figures with its lines kept, by order then line number: for the accounting export. */
    static SalesFigures readWithLines(SalesFacts facts, SalesPeriod period, ZoneId zone) {
        SalesFigures f = new SalesFigures(period.start(zone), period.end(zone), Set.of(), true);
        facts.orders(f.from, f.before).forEach(f::add);
        for (SoldLine l : facts.lines(f.from, f.before)) {
            f.lines.add(l);
            f.add(l.sale());
        }
        return f;
    }

    /** One customer's orders and lines sold in {@code period}: the same figures, for the customer's screen. */
    static SalesFigures readCustomer(SalesFacts facts, long customerId, SalesPeriod period, ZoneId zone) {
        SalesFigures f = new SalesFigures(period.start(zone), period.end(zone), Set.of(), false);
        facts.customerOrders(customerId, f.from, f.before).forEach(f::add);
        facts.customerLines(customerId, f.from, f.before).forEach(l -> f.add(l.sale()));
        return f;
    }

    private boolean holds(Instant at) {
        return !at.isBefore(from) && at.isBefore(before);
    }

    private void add(SoldOrder o) {
        orders.add(o);
        count(o.netTotal(), o.vatTotal(), o.grossTotal());
    }

    private void count(BigDecimal orderNet, BigDecimal orderVat, BigDecimal orderGross) {
        orderCount++;
        net = net.add(orderNet);
        vat = vat.add(orderVat);
        gross = gross.add(orderGross);
    }

    private void add(LineSale l) {
        BigDecimal lineCost = cost(l);
        lineCount++;
        if (l.backorderedQty().signum() == 0) {
            complete++;
        }
        linesNet = linesNet.add(l.netAmount());
        cost = cost.add(lineCost);
        groups.forEach((grouping, rows) -> {
            String key = switch (grouping) {
                case CUSTOMER -> l.customerCode();
                case CHANNEL -> l.channel().name();
                case PRODUCT -> l.sku();
                case CATEGORY -> l.category();
            };
            rows.computeIfAbsent(key, k -> new Group(switch (grouping) {
                case CUSTOMER -> l.customerName();
                case CHANNEL -> l.channel().name();
                case PRODUCT -> l.description();
                case CATEGORY -> l.category();
            })).add(l, lineCost);
        });
    }

    List<SoldOrder> orders() {
        return orders;
    }

    /** The lines, by order then line number; only of {@link #readWithLines}. */
    List<SoldLine> lines() {
        if (lines == null) {
            throw new IllegalStateException("the lines were totalled, not kept");
        }
        return lines;
    }

    /**
     * Totals: taxable, VAT and total are the orders' own stored totals;
     * cost is quantity × today's unit cost, rounded to the cent per line.
     */
    SalesTotals totals() {
        if (!linesRead) {
            throw new IllegalStateException("only the orders were read: their totals are orderTotals()");
        }
        OrderTotals o = orderTotals();
        BigDecimal fill = lineCount == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(lineCount), 4, RoundingMode.HALF_UP);
        return new SalesTotals(o.orders(), lineCount, o.net(), o.vat(), o.gross(), cost, o.net().subtract(cost), fill);
    }

    /** The orders' count and their own stored totals: taxable, VAT, total. */
    OrderTotals orderTotals() {
        return new OrderTotals(orderCount, net, vat, gross);
    }

    /** Taxable and VAT per rate over every line, highest rate first; only of {@link #readWithLines}. */
    List<VatTotal> vatByRate() {
        return vatByRate(lines());
    }

    /** Taxable and VAT per rate of one order's lines, highest rate first. */
    static List<VatTotal> vatByRate(List<SoldLine> some) {
        Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>(Comparator.reverseOrder());
        for (SoldLine l : some) {
            BigDecimal[] t = byRate.computeIfAbsent(l.vatRate().stripTrailingZeros(),
                    r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            t[0] = t[0].add(l.netAmount());
            t[1] = t[1].add(l.vatAmount());
        }
        List<VatTotal> rows = new ArrayList<>();
        byRate.forEach((rate, t) -> rows.add(new VatTotal(rate, t[0], t[1])));
        return rows;
    }

    /** The groups by taxable, largest first (ties by key); only of a grouping asked for when reading. */
    List<SalesGroup> by(SalesGrouping grouping) {
        Map<String, Group> rows = groups.get(grouping);
        if (rows == null) {
            throw new IllegalStateException("not totalled by " + grouping);
        }
        List<SalesGroup> sorted = new ArrayList<>();
        rows.forEach((key, g) -> sorted.add(new SalesGroup(key, g.name, g.orders.size(), g.quantity, g.net, g.cost,
                g.net.subtract(g.cost),
                linesNet.signum() == 0 ? BigDecimal.ZERO : g.net.divide(linesNet, 4, RoundingMode.HALF_UP))));
        sorted.sort(Comparator.comparing(SalesGroup::net).reversed().thenComparing(SalesGroup::key));
        return sorted;
    }

    /** One group's running sums; its orders by number, to count each once. */
    private static final class Group {
        final String name;
        final Set<String> orders = new HashSet<>();
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;

        Group(String name) {
            this.name = name;
        }

        void add(LineSale l, BigDecimal lineCost) {
            orders.add(l.orderNumber());
            quantity = quantity.add(l.quantity());
            net = net.add(l.netAmount());
            cost = cost.add(lineCost);
        }
    }

    private static BigDecimal cost(LineSale l) {
        return l.quantity().multiply(l.unitCost()).setScale(2, RoundingMode.HALF_UP);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
