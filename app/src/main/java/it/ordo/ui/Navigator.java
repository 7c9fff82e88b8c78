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
}
