package it.ordo.application.order;

import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;

/**
 * Orders from the systems around the company (web shop, B2B portal, agents'
 * app, chatbots): placed through the one order pipeline, safe to send twice,
 * and followed to the customer's door.
 */
public interface ChannelOrderService {

    /** The longest Idempotency-Key taken. */
    int MAX_IDEMPOTENCY_KEY = 100;

    /**
     * Places the order exactly as {@link OrderService#place} does, once: when
     * the channel sent this external reference before, or the same caller this
     * idempotency key (may be null), the earlier order is the answer
     * ({@code replayed}) and nothing is placed, also when the two sends arrive
     * at the same moment.
     *
     * @throws ValidationException for every problem of the order, or an idempotency key too long
     */
    PlacedOrder place(OrderRequest request, String idempotencyKey);

    /** The order with this number. */
    OrderTracking track(String number);

    /** The order the channel sent with this reference of its own. */
    OrderTracking trackByReference(Channel channel, String externalRef);

    /**
     * Cancels an order the channel sent, as the desk would, until goods leave
     * (an order of another channel is not found).
     */
    OrderTracking cancel(Channel channel, String number, String reason);
}
