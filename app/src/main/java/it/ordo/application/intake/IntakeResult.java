package it.ordo.application.intake;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.util.List;

/** What confirming a file did, order by order. */
public record IntakeResult(List<OrderOutcome> orders) {

    public enum Outcome {
        /** Placed and confirmed: lines allocated or backordered. */
        CONFIRMED,
        /** Placed, and held for credit or a blocked customer. */
        HELD,
        /** Not written: its rows have errors, or confirmation refused it (stock, credit rules). */
        REFUSED,
        /** This order of this file was imported before: nothing new was written. */
        ALREADY_IMPORTED
    }

    /**
     * One order of the file.
     *
     * @param orderNumber Ordo's number when placed (or placed before)
     * @param grossTotal  the order's total when placed
     */
    public record OrderOutcome(String orderKey, String customer, String externalRef, Outcome outcome,
                               String orderNumber, BigDecimal grossTotal, List<Integer> rows, List<Message> reasons) {
    }

    public long count(Outcome outcome) {
        return orders.stream().filter(o -> o.outcome() == outcome).count();
    }

    /** This result followed by another's orders (a file confirmed order by order). */
    public IntakeResult plus(IntakeResult more) {
        return new IntakeResult(java.util.stream.Stream.concat(orders.stream(), more.orders().stream()).toList());
    }
}
