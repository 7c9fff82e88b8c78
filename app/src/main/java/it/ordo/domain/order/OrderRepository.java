package it.ordo.domain.order;

import java.util.List;
import java.util.Optional;

/** Where sales orders are kept. */
public interface OrderRepository {

    Optional<SalesOrder> findByNumber(String number);

    Optional<SalesOrder> find(long id);

    /** Whether an order of the channel has this external reference, in any case ({@link it.ordo.domain.Normalization#key}). */
    boolean existsExternal(Channel channel, String externalRef);

    /** The order a channel sent with this reference (compared as {@code Normalization.key}). */
    Optional<SalesOrder> findByExternal(Channel channel, String externalRef);

    /** The next number of the year, taken under a row lock in the caller's transaction: unique and gap-free. */
    OrderNumber nextOrderNumber(int year);

    /**
     * Stores a new order, written at once and complete: later changes to the
     * same object are not written, so store it last. For one already stored,
     * writes its changes now, so that its version is the one saved. Call it
     * after every lock the use case needs is held.
     */
    void store(SalesOrder order);

    /**
     * Lines still waiting for stock of a product in a warehouse, in the order
     * they should be served: customer tier, order priority (urgent first),
     * requested date, then the time the order was taken.
     */
    List<SalesOrder> waitingFor(long productId, long warehouseId);

    /** One page of the orders matching the search, sorted in the database (ties broken by order id). */
    List<OrderListing> search(OrderSearch search, int offset, int limit);

    /** How many orders match the search. */
    long count(OrderSearch search);

    long count();
}
