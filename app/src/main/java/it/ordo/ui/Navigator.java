package it.ordo.ui;

/**
 * How one screen opens another, without knowing how the shell builds it:
 * an order number in a list opens the order's detail, a customer code opens
 * the customer, and so on. Opening what is already open brings its tab forward.
 */
public interface Navigator {

    void openOrder(String number);

    void openCustomer(String code);

    /** The stock screen filtered on one product (drill-down from an order line). */
    void openStock(String sku);

    /** A new order, for this customer when the code is not null. */
    void newOrder(String customerCode);

    /** The order list, refreshed: after a confirmation or a cancellation. */
    void openOrders();

    /**
     * The Tickets screen with the new-ticket form, for this customer and, when
     * {@code orderNumber} is not null, about that order.
     */
    void newTicket(String customerCode, String orderNumber);

    /**
     * The Returns screen with the new-return form: on this order's lines when
     * {@code orderNumber} is not null, else with the list narrowed to the customer.
     */
    void newReturn(String orderNumber, String customerCode);

    /** The Tickets screen showing only the tickets past their due time (the dashboard's tile behind them). */
    void openOverdueTickets();

    /**
     * The order list narrowed to the orders behind a dashboard figure, on the days from {@code from} to
     * {@code to} (null: any day; the days of confirmation for sold orders).
     */
    void openOrders(it.ordo.domain.order.OrderFollowUp list, java.time.LocalDate from, java.time.LocalDate to);

    /** The Returns screen listing the returns authorised from {@code from} to {@code to} (the return rate's). */
    void openReturns(java.time.LocalDate from, java.time.LocalDate to);
}
