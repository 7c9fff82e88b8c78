package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * On time in full over the orders promised in a period whose outcome is
 * known: {@code promised} orders, {@code kept} of them wholly shipped
 * (SHIPPED or DELIVERED) with their last shipment leaving on or before the
 * promised day; the others counted are those promised for a day already
 * past. An order promised for today or later, not yet shipped in full, is
 * left out until it is. {@code rate} is kept ÷ promised, null when none.
 */
public record OnTimeInFull(long promised, long kept, BigDecimal rate) {
}
