package it.ordo.application.reporting;

import it.ordo.domain.reporting.ReturnedLineFact;
import it.ordo.domain.reporting.ShippedLineFact;
import it.ordo.domain.reporting.StockFact;
import it.ordo.domain.reporting.TicketFact;
import it.ordo.domain.support.TicketCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one computation of the returns, tickets and stock figures: the printed
 * reports, their Excel sheets and the dashboard's return-rate and
 * tickets-over-SLA tiles take them from here. The formulas are in docs/kpi.md.
 */
final class ManagementFigures {

    private ManagementFigures() {
    }

    // ---- returns ----------------------------------------------------------------------------------------------

    /** Shipped and returned lines of one period, grouped by product and by customer, with the reasons. */
    static ReturnsReport returns(String company, SalesPeriod period, String warehouse, Instant madeAt,
                                 List<ShippedLineFact> shipped, List<ReturnedLineFact> returned) {
        List<ShippedLineFact> out = shipped.stream().filter(s -> warehouse == null
                || warehouse.equalsIgnoreCase(s.warehouse())).toList();
        List<ReturnedLineFact> back = returned.stream().filter(r -> warehouse == null
                || warehouse.equalsIgnoreCase(r.warehouse())).toList();
        List<ReturnGroup> byProduct = groups(out, back, ShippedLineFact::sku, ShippedLineFact::description,
                ReturnedLineFact::sku, ReturnedLineFact::description);
        List<ReturnGroup> byCustomer = groups(out, back, ShippedLineFact::customerCode, ShippedLineFact::customerName,
                ReturnedLineFact::customerCode, ReturnedLineFact::customerName);
        return new ReturnsReport(company, period, warehouse, madeAt, byProduct, byCustomer, reasons(back),
                group(null, null, out, back));
    }

    /** Every return of the period beside every shipment (all warehouses): the dashboard's return rate. */
    static ReturnGroup returnTotal(List<ShippedLineFact> shipped, List<ReturnedLineFact> returned) {
        return group(null, null, shipped, returned);
    }

    /** One value of what left: the order line's net amount in proportion to the quantity on the DDT, to the cent. */
    static BigDecimal shippedValue(ShippedLineFact s) {
        if (s.orderedQty().signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return s.orderedNet().multiply(s.quantity()).divide(s.orderedQty(), 2, RoundingMode.HALF_UP);
    }

    /** The products (or customers) with a return in the period, most value returned first. */
    private static List<ReturnGroup> groups(List<ShippedLineFact> out, List<ReturnedLineFact> back,
                                            Function<ShippedLineFact, String> outKey,
                                            Function<ShippedLineFact, String> outName,
                                            Function<ReturnedLineFact, String> backKey,
                                            Function<ReturnedLineFact, String> backName) {
        Map<String, List<ReturnedLineFact>> returnedBy = new LinkedHashMap<>();
        Map<String, String> names = new TreeMap<>();
        for (ReturnedLineFact r : back) {
            returnedBy.computeIfAbsent(backKey.apply(r), k -> new ArrayList<>()).add(r);
            names.put(backKey.apply(r), backName.apply(r));
        }
        Map<String, List<ShippedLineFact>> shippedBy = new LinkedHashMap<>();
        for (ShippedLineFact s : out) {
            if (returnedBy.containsKey(outKey.apply(s))) {
                shippedBy.computeIfAbsent(outKey.apply(s), k -> new ArrayList<>()).add(s);
            }
        }
        List<ReturnGroup> rows = new ArrayList<>();
        returnedBy.forEach((key, lines) -> rows.add(group(key, names.get(key),
                shippedBy.getOrDefault(key, List.of()), lines)));
        rows.sort(Comparator.comparing(ReturnGroup::returnedValue).reversed().thenComparing(ReturnGroup::key));
        return rows;
    }

    private static ReturnGroup group(String key, String name, List<ShippedLineFact> out, List<ReturnedLineFact> back) {
        BigDecimal shippedQty = out.stream().map(ShippedLineFact::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shippedValue = out.stream().map(ManagementFigures::shippedValue)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal returnedQty = back.stream().map(ReturnedLineFact::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal returnedValue = back.stream().map(ReturnedLineFact::creditNet)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        long returns = back.stream().map(ReturnedLineFact::rmaNumber).distinct().count();
        return new ReturnGroup(key, name, shippedQty, shippedValue, returnedQty, returnedValue, returns,
                rate(returnedQty, shippedQty), rate(returnedValue, shippedValue));
    }

    /** The reasons given, the most returns first; the same words typed in other capitals or spacing are one. */
    private static List<ReturnReason> reasons(List<ReturnedLineFact> back) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Set<String>> rmas = new LinkedHashMap<>();
        Map<String, BigDecimal> qty = new LinkedHashMap<>();
        Map<String, BigDecimal> value = new LinkedHashMap<>();
        for (ReturnedLineFact r : back) {
            String key = r.reason().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            shown.putIfAbsent(key, r.reason().strip().replaceAll("\\s+", " "));
            rmas.computeIfAbsent(key, k -> new HashSet<>()).add(r.rmaNumber());
            qty.merge(key, r.quantity(), BigDecimal::add);
            value.merge(key, r.creditNet(), BigDecimal::add);
        }
        long all = back.stream().map(ReturnedLineFact::rmaNumber).distinct().count();
        List<ReturnReason> rows = new ArrayList<>();
        shown.forEach((key, text) -> rows.add(new ReturnReason(text, rmas.get(key).size(), qty.get(key),
                value.get(key), rate(BigDecimal.valueOf(rmas.get(key).size()), BigDecimal.valueOf(all)))));
        rows.sort(Comparator.comparingLong(ReturnReason::returns).reversed()
                .thenComparing(ReturnReason::value, Comparator.reverseOrder()).thenComparing(ReturnReason::reason));
        return rows;
    }

    /** {@code part ÷ whole} to four decimals (a fraction: 0.1250 is 12.5 %); null when the whole is zero. */
    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    // ---- tickets ----------------------------------------------------------------------------------------------

    /** The tickets opened in the period by category, and those open past due at {@code now}. */
    static TicketsReport tickets(String company, SalesPeriod period, Instant now, List<TicketFact> opened,
                                 List<TicketFact> active) {
        Map<TicketCategory, List<TicketFact>> byCategory = new EnumMap<>(TicketCategory.class);
        opened.forEach(t -> byCategory.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t));
        Map<TicketCategory, Long> overdue = new EnumMap<>(TicketCategory.class);
        active.stream().filter(t -> t.dueAt().isBefore(now))
                .forEach(t -> overdue.merge(t.category(), 1L, Long::sum));
        List<TicketGroup> rows = new ArrayList<>();
        for (TicketCategory c : TicketCategory.values()) {
            if (byCategory.containsKey(c) || overdue.containsKey(c)) {
                rows.add(ticketGroup(c, byCategory.getOrDefault(c, List.of()), overdue.getOrDefault(c, 0L), now));
            }
        }
        long allOverdue = overdue.values().stream().mapToLong(Long::longValue).sum();
        return new TicketsReport(company, period, now, rows, ticketGroup(null, opened, allOverdue, now));
    }

    /** How many tickets are open past their due time at {@code now}: the dashboard's tile. */
    static long overSla(List<TicketFact> active, Instant now) {
        return active.stream().filter(t -> t.dueAt().isBefore(now)).count();
    }

    private static TicketGroup ticketGroup(TicketCategory category, List<TicketFact> tickets, long overdue,
                                           Instant now) {
        List<TicketFact> resolved = tickets.stream().filter(t -> t.resolvedAt() != null).toList();
        long kept = resolved.stream().filter(t -> !t.resolvedAt().isAfter(t.dueAt())).count();
        long missedOpen = tickets.stream().filter(t -> t.resolvedAt() == null && t.dueAt().isBefore(now)).count();
        long decided = resolved.size() + missedOpen;
        List<Long> minutes = resolved.stream()
                .map(t -> Duration.between(t.createdAt(), t.resolvedAt()).toMinutes()).sorted().toList();
        return new TicketGroup(category, tickets.size(), resolved.size(), decided, kept,
                rate(BigDecimal.valueOf(kept), BigDecimal.valueOf(decided)), FulfilmentFigures.median(minutes),
                FulfilmentFigures.p90(minutes), overdue);
    }

    // ---- stock ------------------------------------------------------------------------------------------------

    /** Stock value, slow movers and products below reorder point on {@code today}. */
    static StockReport stock(String company, String warehouse, int slowDays, LocalDate today, ZoneId zone,
                             Instant madeAt, List<StockFact> facts) {
        List<StockFact> rows = facts.stream().filter(s -> warehouse == null
                || warehouse.equalsIgnoreCase(s.warehouse())).toList();
        Map<String, Map<String, List<StockFact>>> by = new TreeMap<>();
        for (StockFact s : rows) {
            if (s.onHand().signum() > 0 || s.quarantined().signum() > 0) {
                by.computeIfAbsent(s.warehouse(), w -> new TreeMap<>())
                        .computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s);
            }
        }
        List<StockReport.StockValue> byCategory = new ArrayList<>();
        List<StockReport.StockValue> byWarehouse = new ArrayList<>();
        List<StockFact> held = new ArrayList<>();
        by.forEach((w, categories) -> {
            List<StockFact> ofWarehouse = new ArrayList<>();
            categories.forEach((c, some) -> {
                byCategory.add(value(w, c, some));
                ofWarehouse.addAll(some);
            });
            byWarehouse.add(value(w, null, ofWarehouse));
            held.addAll(ofWarehouse);
        });

        List<StockReport.SlowMover> slow = new ArrayList<>();
        for (StockFact s : rows) {
            if (s.onHand().signum() <= 0) {
                continue;
            }
            LocalDate last = s.lastShippedAt() == null ? null : LocalDate.ofInstant(s.lastShippedAt(), zone);
            Long days = last == null ? null : ChronoUnit.DAYS.between(last, today);
            if (days == null || days >= slowDays) {
                slow.add(new StockReport.SlowMover(s.sku(), s.description(), s.warehouse(), s.onHand(),
                        atCost(s.onHand(), s), last, days));
            }
        }
        slow.sort(Comparator.comparing(StockReport.SlowMover::value).reversed()
                .thenComparing(StockReport.SlowMover::warehouse).thenComparing(StockReport.SlowMover::sku));
        BigDecimal slowValue = slow.stream().map(StockReport.SlowMover::value)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);

        List<StockReport.BelowReorder> below = new ArrayList<>();
        for (StockFact s : rows) {
            BigDecimal available = s.onHand().subtract(s.allocated());
            if (s.reorderPoint().signum() > 0 && available.compareTo(s.reorderPoint()) < 0) {
                below.add(new StockReport.BelowReorder(s.sku(), s.description(), s.warehouse(), s.onHand(),
                        s.allocated(), available, s.reorderPoint(), s.reorderPoint().subtract(available)));
            }
        }
        below.sort(Comparator.comparing(StockReport.BelowReorder::shortfall).reversed()
                .thenComparing(StockReport.BelowReorder::warehouse).thenComparing(StockReport.BelowReorder::sku));
        return new StockReport(company, warehouse, slowDays, today, madeAt, byCategory, byWarehouse,
                value(null, null, held), slow.size(), slowValue,
                slow.subList(0, Math.min(slow.size(), StockReport.LISTED)), below.size(),
                below.subList(0, Math.min(below.size(), StockReport.LISTED)));
    }

    private static StockReport.StockValue value(String warehouse, String category, List<StockFact> some) {
        BigDecimal onHand = some.stream().map(s -> atCost(s.onHand(), s)).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        BigDecimal quarantined = some.stream().map(s -> atCost(s.quarantined(), s))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new StockReport.StockValue(warehouse, category, some.size(), onHand, quarantined);
    }

    /** A quantity at the product's unit cost, to the cent (per stock row, so the rows add up to the totals). */
    private static BigDecimal atCost(BigDecimal quantity, StockFact s) {
        return quantity.multiply(s.unitCost()).setScale(2, RoundingMode.HALF_UP);
    }
}
