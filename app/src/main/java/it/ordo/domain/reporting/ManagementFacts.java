package it.ordo.domain.reporting;

import java.time.Instant;
import java.util.List;

/**
 * The facts of the managers' returns, tickets and stock reports, as flat
 * records read in one query each (the sales facts are {@link SalesFacts}).
 */
public interface ManagementFacts {

    /** The lines of the DDTs issued from {@code from} (inclusive) to {@code before} (exclusive), not cancelled. */
    List<ShippedLineFact> shippedLines(Instant from, Instant before);

    /** The lines of the returns authorised from {@code from} to {@code before}, whatever became of them since. */
    List<ReturnedLineFact> returnedLines(Instant from, Instant before);

    /** The tickets opened from {@code from} to {@code before}. */
    List<TicketFact> ticketsOpened(Instant from, Instant before);

    /** The tickets still to be answered now (not resolved, not closed), whenever they were opened. */
    List<TicketFact> activeTickets();

    /** Every stock row with its product's cost and reorder point and the last DDT that took the product from it. */
    List<StockFact> stock();

    /** One customer's lines of the DDTs of the period, as {@link #shippedLines}. */
    List<ShippedLineFact> customerShippedLines(long customerId, Instant from, Instant before);

    /** One customer's lines of the returns authorised in the period, as {@link #returnedLines}. */
    List<ReturnedLineFact> customerReturnedLines(long customerId, Instant from, Instant before);

    /** One customer's tickets still to be answered, as {@link #activeTickets}. */
    List<TicketFact> customerActiveTickets(long customerId);
}
