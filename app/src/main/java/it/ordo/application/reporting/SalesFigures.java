package it.ordo.application.reporting;

import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one computation of every sales figure: the dashboard's tiles, the
 * printed reports and the accounting export all take their numbers from
 * here, over the orders sold in a period ({@link SalesFacts}), so a figure
 * is the same to the cent wherever it is shown. Call inside a transaction.
 */
final class SalesFigures {

    private final List<SoldOrder> orders;
    private final List<SoldLine> lines;

    private SalesFigures(List<SoldOrder> orders, List<SoldLine> lines) {
        this.orders = orders;
        this.lines = lines;
    }

    static SalesFigures read(SalesFacts facts, SalesPeriod period, ZoneId zone) {
        return new SalesFigures(facts.orders(period.start(zone), period.end(zone)),
                facts.lines(period.start(zone), period.end(zone)));
    }

    /** One customer's orders and lines sold in {@code period}: the same figures, for the customer's screen. */
    static SalesFigures readCustomer(SalesFacts facts, long customerId, SalesPeriod period, ZoneId zone) {
        return new SalesFigures(facts.customerOrders(customerId, period.start(zone), period.end(zone)),
                facts.customerLines(customerId, period.start(zone), period.end(zone)));
    }

    List<SoldOrder> orders() {
        return orders;
    }

    List<SoldLine> lines() {
        return lines;
    }

    /**
     * Totals: taxable, VAT and total are the orders' own stored totals;
     * cost is quantity × today's unit cost, rounded to the cent per line.
     */
    SalesTotals totals() {
        BigDecimal net = sum(orders, SoldOrder::netTotal);
        BigDecimal cost = sum(lines, SalesFigures::cost);
        long complete = lines.stream().filter(l -> l.backorderedQty().signum() == 0).count();
        BigDecimal fill = lines.isEmpty() ? BigDecimal.ONE
                : BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(lines.size()), 4, RoundingMode.HALF_UP);
        return new SalesTotals(orders.size(), lines.size(), net, sum(orders, SoldOrder::vatTotal),
                sum(orders, SoldOrder::grossTotal), cost, net.subtract(cost), fill);
    }

    /** Taxable and VAT per rate over every line, highest rate first. */
    List<VatTotal> vatByRate() {
        return vatByRate(lines);
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

    /** The groups by taxable, largest first (ties by key). */
    List<SalesGroup> by(SalesGrouping grouping) {
        Function<SoldLine, String> key = switch (grouping) {
            case CUSTOMER -> SoldLine::customerCode;
            case CHANNEL -> l -> l.channel().name();
            case PRODUCT -> SoldLine::sku;
            case CATEGORY -> SoldLine::category;
        };
        Function<SoldLine, String> name = switch (grouping) {
            case CUSTOMER -> SoldLine::customerName;
            case CHANNEL -> l -> l.channel().name();
            case PRODUCT -> SoldLine::description;
            case CATEGORY -> SoldLine::category;
        };
        Map<String, List<SoldLine>> groups = new LinkedHashMap<>();
        for (SoldLine l : lines) {
            groups.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l);
        }
        BigDecimal all = sum(lines, SoldLine::netAmount);
        List<SalesGroup> rows = new ArrayList<>();
        groups.forEach((k, ls) -> {
            Set<String> orderNumbers = new HashSet<>();
            ls.forEach(l -> orderNumbers.add(l.orderNumber()));
            BigDecimal net = sum(ls, SoldLine::netAmount);
            BigDecimal cost = sum(ls, SalesFigures::cost);
            rows.add(new SalesGroup(k, name.apply(ls.getFirst()), orderNumbers.size(), sum(ls, SoldLine::quantity),
                    net, cost, net.subtract(cost),
                    all.signum() == 0 ? BigDecimal.ZERO : net.divide(all, 4, RoundingMode.HALF_UP)));
        });
        rows.sort(Comparator.comparing(SalesGroup::net).reversed().thenComparing(SalesGroup::key));
        return rows;
    }

    private static BigDecimal cost(SoldLine l) {
        return l.quantity().multiply(l.unitCost()).setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (T row : rows) {
            total = total.add(amount.apply(row));
        }
        return total;
    }
}
