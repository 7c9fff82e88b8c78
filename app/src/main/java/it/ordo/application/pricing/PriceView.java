package it.ordo.application.pricing;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A price as the operator reads it: per unit, the discount, the line net/VAT/gross and the reasons. */
public record PriceView(String customer, String sku, String description, BigDecimal quantity, LocalDate date,
                        String priceList, BigDecimal unitPrice, BigDecimal discountPct, BigDecimal netUnitPrice,
                        BigDecimal vatRate, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal grossAmount,
                        List<Message> explanation) {
}
