package it.ordo.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of an order list, read in one query with its customer (no order is loaded whole). */
public record OrderListing(String number, Instant createdAt, String customerCode, String customerName,
                           Channel channel, OrderStatus status, Priority priority, LocalDate requestedDate,
                           LocalDate promisedDate, BigDecimal grossTotal, String externalRef) {
}
