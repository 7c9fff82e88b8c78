package it.ordo.domain.reporting;

import java.time.Instant;

/** An open order with a line waiting for stock, and when it was confirmed. */
public record BackorderFact(String orderNumber, String customerCode, String warehouse, Instant confirmedAt) {
}
