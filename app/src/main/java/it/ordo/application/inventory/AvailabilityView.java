package it.ordo.application.inventory;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answer to "can I have Q of this, and when?" for one warehouse. */
public record AvailabilityView(String sku, String warehouse, BigDecimal requested, BigDecimal onHand,
                               BigDecimal allocated, BigDecimal available, List<StockLevel.Incoming> incoming,
                               LocalDate promiseDate, List<Message> explanation) {
}
