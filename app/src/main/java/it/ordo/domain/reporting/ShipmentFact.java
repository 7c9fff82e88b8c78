package it.ordo.domain.reporting;

import java.time.Instant;

/**
 * A shipment (DDT, not cancelled) issued in a period: its order's
 * confirmation, when it left, when the carrier delivered it (null until
 * then), from which warehouse and with which carrier (null: the company's
 * own transport or the customer collecting).
 */
public record ShipmentFact(String orderNumber, String warehouse, String carrier, Instant confirmedAt,
                           Instant shippedAt, Instant deliveredAt) {
}
