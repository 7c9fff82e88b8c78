package it.ordo.domain.reporting;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** An order confirmed in a period, with its customer's fiscal identity and its stored totals. */
public record SoldOrder(String number, Instant confirmedAt, String customerCode, String customerName,
                        String vatNumber, String fiscalCode, String paymentTerms, Channel channel, OrderStatus status,
                        BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal) {
}
