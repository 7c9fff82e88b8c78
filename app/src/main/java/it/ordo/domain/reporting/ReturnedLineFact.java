package it.ordo.domain.reporting;

import java.math.BigDecimal;

/**
 * A line of a return (RMA): the product, the customer, the warehouse of the
 * order it came from, the reason the customer gave, how much came back and
 * its value at the price it was sold at (net of VAT).
 */
public record ReturnedLineFact(String rmaNumber, String sku, String description, String customerCode,
                               String customerName, String warehouse, String reason, BigDecimal quantity,
                               BigDecimal creditNet) {
}
