package it.ordo.application.order;

import it.ordo.domain.ValidationException;

/**
 * Taking, confirming and moving orders. Confirmation prices every line,
 * checks credit and allocates every line in one transaction, taking the stock
 * row locks in ascending product order so concurrent confirmations queue
 * instead of deadlocking, and never allocate more than is on hand.
 */
public interface OrderService {

    /**
     * Places and confirms one order in one transaction, through the order
     * pipeline ({@link OrderAssembly}). An invalid order is written not at
     * all: every problem is reported in one ValidationException. The result
     * may be CONFIRMED (lines allocated or backordered) or ON_HOLD (credit or
     * blocked customer).
     */
    OrderView place(OrderRequest request);

    OrderView hold(String number, String reason);

    /**
     * Puts the order on hold, as the user saw it: refused (nothing changes)
     * when someone saved the order after the screen read version
     * {@code expectedVersion} ({@link OrderView#version()}), naming who and when.
     */
    OrderView hold(String number, String reason, long expectedVersion);

    /** Takes an order off hold; one held at confirmation now continues it, allocating its lines. */
    OrderView release(String number);

    /** Takes the order off hold as the user saw it (version {@code expectedVersion}); refused if it changed since. */
    OrderView release(String number, long expectedVersion);

    /** Cancels the order and gives back the stock its lines held. */
    OrderView cancel(String number, String reason);

    /** Cancels the order as the user saw it (version {@code expectedVersion}); refused if it changed since. */
    OrderView cancel(String number, String reason, long expectedVersion);

    /**
     * Changes the order's requested date, priority, external reference and
     * notes, as the user saw the order (version {@code expectedVersion}):
     * refused if someone saved it since, or once the warehouse has started on
     * it. Taking orders includes correcting them, so it needs PLACE_ORDER. The
     * audit trail records each changed field.
     */
    OrderView editHeader(String number, OrderHeaderEdit edit, long expectedVersion);

    OrderView startPicking(String number);

    OrderView pack(String number);

    OrderView deliver(String number);

    OrderView show(String number);

    /**
     * One page of the order list: filtered, sorted and counted in the
     * database, so a list of 100,000 orders loads only the rows shown.
     */
    OrderPage search(OrderQuery query);
}
