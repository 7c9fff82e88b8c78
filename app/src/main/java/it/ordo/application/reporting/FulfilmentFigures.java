package it.ordo.application.reporting;

import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.reporting.BackorderFact;
import it.ordo.domain.reporting.PromiseFact;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.ShipmentFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The one computation of the fulfilment figures: the fulfilment report and
 * the dashboard's tiles take them from here, so the month's fulfilment time
 * and on-time-in-full rate are the same on screen, on paper and in Excel.
 * Times are hours with one decimal; the median of an even count is the mean
 * of the two middle values, the 90th percentile the nearest rank (the
 * ⌈0.9 n⌉-th smallest). Call inside a transaction.
 */
final class FulfilmentFigures {

    private final List<ShipmentFact> shipments;
    private final List<PromiseFact> promises;
    private final ZoneId zone;

    private FulfilmentFigures(List<ShipmentFact> shipments, List<PromiseFact> promises, ZoneId zone) {
        this.shipments = shipments;
        this.promises = promises;
        this.zone = zone;
    }

    /** The shipments and promises of {@code period}, of one warehouse or ({@code warehouse} null) all. */
    static FulfilmentFigures read(SalesFacts facts, SalesPeriod period, String warehouse, ZoneId zone) {
        Predicate<String> of = w -> warehouse == null || warehouse.equalsIgnoreCase(w);
        return new FulfilmentFigures(
                facts.shipments(period.start(zone), period.end(zone)).stream().filter(s -> of.test(s.warehouse()))
                        .toList(),
                facts.promises(period.from(), period.to()).stream().filter(p -> of.test(p.warehouse())).toList(),
                zone);
    }

    /** One customer's orders promised for a day of {@code period}, for its on-time-in-full (no shipment times). */
    static FulfilmentFigures readCustomerPromises(SalesFacts facts, long customerId, SalesPeriod period,
                                                  ZoneId zone) {
        return new FulfilmentFigures(List.of(), facts.customerPromises(customerId, period.from(), period.to()), zone);
    }

    /** By warehouse, then carrier (own transport last), each with its times. */
    List<FulfilmentGroup> groups() {
        Map<String, Map<String, List<ShipmentFact>>> by = new TreeMap<>();
        for (ShipmentFact s : shipments) {
            by.computeIfAbsent(s.warehouse(), w -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
                    .computeIfAbsent(s.carrier(), c -> new ArrayList<>()).add(s);
        }
        List<FulfilmentGroup> rows = new ArrayList<>();
        by.forEach((warehouse, carriers) -> carriers.forEach((carrier, some) ->
                rows.add(group(warehouse, carrier, some))));
        return rows;
    }

    /** Every shipment of the period together. */
    FulfilmentGroup total() {
        return group(null, null, shipments);
    }

    /**
     * Over the promises decided by {@code today}: kept, or promised for a day before today. An order promised for
     * today or later and not yet shipped in full may still keep its promise, so it is not counted yet (else every
     * order of the day would count as missed until its van leaves).
     */
    OnTimeInFull onTimeInFull(LocalDate today) {
        long promised = 0;
        long kept = 0;
        for (PromiseFact p : promises) {
            if (kept(p)) {
                kept++;
                promised++;
            } else if (p.promisedDate().isBefore(today)) {
                promised++;
            }
        }
        return new OnTimeInFull(promised, kept, promised == 0 ? null
                : BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(promised), 4, RoundingMode.HALF_UP));
    }

    /**
     * Shipped in full (nothing left to ship) on or before the promised day:
     * when the order became SHIPPED, or for want of that record its last DDT.
     */
    private boolean kept(PromiseFact p) {
        Instant whole = p.shippedInFullAt() != null ? p.shippedInFullAt() : p.lastShippedAt();
        return (p.status() == OrderStatus.SHIPPED || p.status() == OrderStatus.DELIVERED) && whole != null
                && !LocalDate.ofInstant(whole, zone).isAfter(p.promisedDate());
    }

    /** Open backorders by age on {@code today}, of one warehouse or all. */
    static List<BackorderAge> backorders(SalesFacts facts, String warehouse, LocalDate today, ZoneId zone) {
        long[] orders = new long[BackorderAge.Bucket.values().length];
        long[] oldest = new long[orders.length];
        for (BackorderFact b : facts.openBackorders()) {
            if (warehouse != null && !warehouse.equalsIgnoreCase(b.warehouse())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(b.confirmedAt(), zone), today);
            int bucket = days <= 7 ? 0 : days <= 30 ? 1 : 2;
            orders[bucket]++;
            oldest[bucket] = Math.max(oldest[bucket], days);
        }
        List<BackorderAge> rows = new ArrayList<>();
        for (BackorderAge.Bucket b : BackorderAge.Bucket.values()) {
            rows.add(new BackorderAge(b, orders[b.ordinal()], oldest[b.ordinal()]));
        }
        return rows;
    }

    private static FulfilmentGroup group(String warehouse, String carrier, List<ShipmentFact> some) {
        List<Long> toShip = some.stream().map(s -> minutes(s.confirmedAt(), s.shippedAt())).sorted().toList();
        List<Long> toDeliver = some.stream().filter(s -> s.deliveredAt() != null)
                .map(s -> minutes(s.confirmedAt(), s.deliveredAt())).sorted().toList();
        return new FulfilmentGroup(warehouse, carrier, some.size(), median(toShip), p90(toShip), toDeliver.size(),
                median(toDeliver), p90(toDeliver));
    }

    private static long minutes(java.time.Instant from, java.time.Instant to) {
        return Duration.between(Objects.requireNonNull(from), to).toMinutes();
    }

    /** The middle value, or the mean of the two middle ones, in hours; null for none. */
    static BigDecimal median(List<Long> sortedMinutes) {
        int n = sortedMinutes.size();
        if (n == 0) {
            return null;
        }
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sortedMinutes.get(n / 2))
                : BigDecimal.valueOf(sortedMinutes.get(n / 2 - 1) + sortedMinutes.get(n / 2))
                .divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP);
        return hours(middle);
    }

    /** The nearest-rank 90th percentile, in hours; null for none. */
    static BigDecimal p90(List<Long> sortedMinutes) {
        int n = sortedMinutes.size();
        if (n == 0) {
            return null;
        }
        int rank = (9 * n + 9) / 10; // ⌈0.9 n⌉ in integers: 0.9 × 10 in doubles is a hair above 9
        return hours(BigDecimal.valueOf(sortedMinutes.get(rank - 1)));
    }

    private static BigDecimal hours(BigDecimal minutes) {
        return minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
