package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * The shipments of one warehouse and carrier (both null: every one) in a
 * period: how many, the hours from the order's confirmation to the shipment
 * (median and 90th percentile), how many the carrier delivered and the hours
 * from confirmation to delivery. An hour figure is null when there is nothing
 * to measure. {@code carrier} null with a warehouse: own transport or collected.
 */
public record FulfilmentGroup(String warehouse, String carrier, long shipments, BigDecimal medianHoursToShip,
                              BigDecimal p90HoursToShip, long delivered, BigDecimal medianHoursToDeliver,
                              BigDecimal p90HoursToDeliver) {
}
