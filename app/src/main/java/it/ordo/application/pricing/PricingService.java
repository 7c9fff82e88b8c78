package it.ordo.application.pricing;

import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** "What does this customer pay for this product?" while the customer is on the line. */
public interface PricingService {

    /** The price outside any order: only the promotions for every channel apply. */
    default PriceView price(String customerCode, String sku, BigDecimal qty, LocalDate date) {
        return price(customerCode, sku, qty, date, null);
    }

    /**
     * The price of a line of an order from {@code channel} (null: outside any order), priced as confirmation
     * prices it: the same lists, breaks, promotions, minimum and pack rules, and order-value discount.
     */
    PriceView price(String customerCode, String sku, BigDecimal qty, LocalDate date, Channel channel);
}
