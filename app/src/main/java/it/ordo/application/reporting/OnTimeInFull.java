package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * On time in full over the orders promised in a period: {@code promised}
 * orders, {@code kept} of them wholly shipped (SHIPPED or DELIVERED) with
 * their last shipment leaving on or before the promised day; {@code rate}
 * is kept ÷ promised, null when nothing was promised.
 */
public record OnTimeInFull(long promised, long kept, BigDecimal rate) {
}
