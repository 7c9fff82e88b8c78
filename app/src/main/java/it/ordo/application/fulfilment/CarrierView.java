package it.ordo.application.fulfilment;

/** A carrier as shown and edited: {@code trackingUrl} has {0} where the tracking number goes. */
public record CarrierView(String code, String name, String address, String trackingUrl) {
}
