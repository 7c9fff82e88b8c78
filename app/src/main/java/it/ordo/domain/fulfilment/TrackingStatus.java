package it.ordo.domain.fulfilment;

/** Where a parcel is, in Ordo's words, whatever code the carrier used. */
public enum TrackingStatus {
    IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION, RETURNED_TO_SENDER
}
