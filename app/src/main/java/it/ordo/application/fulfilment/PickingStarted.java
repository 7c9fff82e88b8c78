package it.ordo.application.fulfilment;

import java.time.Instant;

/** Who started picking an order, and when. */
public record PickingStarted(String orderNumber, String by, Instant at) {
}
