package it.ordo.domain.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts every sales figure is computed from. "Sold in a period" means
 * confirmed from {@code from} (inclusive) to {@code before} (exclusive) and
 * not cancelled since: an order held at confirmation counts once released,
 * the day it is confirmed.
 */
public interface SalesFacts {

    /** The orders sold in the period, by confirmation time then number. */
    List<SoldOrder> orders(Instant from, Instant before);

    /** The same orders as {@link #orders}, their stored totals alone, in no set order. */
    List<SoldOrderTotals> orderTotals(Instant from, Instant before);

    /**
     * What each line of the orders sold in the period adds to its figures, one line at a time as read, in no set
     * order: a year of a long history is a million lines, totalled while reading and never held together.
     */
    void eachLineSale(Instant from, Instant before, java.util.function.Consumer<LineSale> line);

    /** The lines of the orders sold in the period, whole, by order (as {@link #orders}) then line number. */
    List<SoldLine> lines(Instant from, Instant before);

    /**
     * The lines of the credit notes issued from {@code from} (inclusive) to
     * {@code before} (exclusive), by issue time, note number, line number.
     */
    List<CreditedLine> creditedLines(Instant from, Instant before);

    /**
     * Shipments issued from {@code from} to {@code before} and not cancelled, and the past orders (history import)
     * whose goods left then by the file's dates, by the time they left.
     */
    List<ShipmentFact> shipments(Instant from, Instant before);

    /** Orders confirmed and not cancelled whose promised date is from {@code from} to {@code to}, both included. */
    List<PromiseFact> promises(LocalDate from, LocalDate to);

    /** Whether a warehouse has this code, so a report of one names a real one. */
    boolean warehouseExists(String code);

    /** Open orders (as {@link #openOrdersWithBackorders}) with a line waiting for stock, oldest first. */
    List<BackorderFact> openBackorders();

    /** Open orders (confirmed, picking, packed, on hold after confirmation) with a line waiting for stock. */
    long openOrdersWithBackorders();

    /** Open orders whose promised date is before {@code today}. */
    long lateOrders(LocalDate today);

    /** One customer's orders sold in the period, as {@link #orders}. */
    List<SoldOrder> customerOrders(long customerId, Instant from, Instant before);

    /** One customer's lines sold in the period, as {@link #lines}. */
    List<SoldLine> customerLines(long customerId, Instant from, Instant before);

    /** One customer's promises of the period, as {@link #promises}. */
    List<PromiseFact> customerPromises(long customerId, LocalDate from, LocalDate to);
}
