package it.ordo.application.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** "What does this customer pay for this product?" while the customer is on the line. */
public interface PricingService {

    PriceView price(String customerCode, String sku, BigDecimal qty, LocalDate date);
}
