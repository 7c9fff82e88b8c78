package it.ordo.application.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the order list. */
public record OrderSummary(String number, Instant createdAt, String customerCode, String customerName,
                           String channel, String status, String priority, BigDecimal grossTotal,
                           LocalDate promisedDate) {
}
