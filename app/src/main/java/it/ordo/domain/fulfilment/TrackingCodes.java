package it.ordo.domain.fulfilment;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status codes of each carrier's tracking file, mapped to Ordo's states.
 * Every carrier may also write Ordo's own names (IN_TRANSIT, DELIVERED...),
 * which is what a carrier not listed here must use. The codes are those of
 * the carriers' published tracking feeds for the demo company's carriers.
 */
public final class TrackingCodes {

    private static final Map<String, Map<String, TrackingStatus>> BY_CARRIER = Map.of(
            "BRT", Map.of("PRESO IN CARICO", TrackingStatus.IN_TRANSIT, "IN TRANSITO", TrackingStatus.IN_TRANSIT,
                    "IN CONSEGNA", TrackingStatus.OUT_FOR_DELIVERY, "CONSEGNATA", TrackingStatus.DELIVERED,
                    "GIACENZA", TrackingStatus.EXCEPTION, "RESO AL MITTENTE", TrackingStatus.RETURNED_TO_SENDER),
            "GLS", Map.of("PREADVICE", TrackingStatus.IN_TRANSIT, "INTRANSIT", TrackingStatus.IN_TRANSIT,
                    "INWAREHOUSE", TrackingStatus.IN_TRANSIT, "INDELIVERY", TrackingStatus.OUT_FOR_DELIVERY,
                    "DELIVERED", TrackingStatus.DELIVERED, "NOTDELIVERED", TrackingStatus.EXCEPTION,
                    "RETURNED", TrackingStatus.RETURNED_TO_SENDER),
            "SDA", Map.of("ACC", TrackingStatus.IN_TRANSIT, "TRN", TrackingStatus.IN_TRANSIT,
                    "OFD", TrackingStatus.OUT_FOR_DELIVERY, "CON", TrackingStatus.DELIVERED,
                    "ANO", TrackingStatus.EXCEPTION, "RES", TrackingStatus.RETURNED_TO_SENDER),
            "DHL", Map.of("PU", TrackingStatus.IN_TRANSIT, "PL", TrackingStatus.IN_TRANSIT,
                    "AF", TrackingStatus.IN_TRANSIT, "WC", TrackingStatus.OUT_FOR_DELIVERY,
                    "OK", TrackingStatus.DELIVERED, "CA", TrackingStatus.EXCEPTION, "NH", TrackingStatus.EXCEPTION,
                    "RT", TrackingStatus.RETURNED_TO_SENDER));

    private TrackingCodes() {
    }

    /** The Ordo state of a carrier's status code; empty when the code means nothing known. */
    public static Optional<TrackingStatus> map(String carrierCode, String statusCode) {
        if (statusCode == null || statusCode.isBlank()) {
            return Optional.empty();
        }
        String code = statusCode.strip().toUpperCase(Locale.ROOT);
        Map<String, TrackingStatus> own = carrierCode == null ? Map.of()
                : BY_CARRIER.getOrDefault(carrierCode.strip().toUpperCase(Locale.ROOT), Map.of());
        TrackingStatus mapped = own.get(code);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        try {
            return Optional.of(TrackingStatus.valueOf(code.replace(' ', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
