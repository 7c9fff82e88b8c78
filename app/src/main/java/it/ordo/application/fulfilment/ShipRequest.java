package it.ordo.application.fulfilment;

import it.ordo.domain.fulfilment.Freight;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.fulfilment.TransportReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A shipment as packed: its parcels, each with what went into it. A parcel's
 * weight may be left null: it is then the sum of its goods' weights. A null
 * transport start means now; reason, freight and appearance default to
 * SALE, PREPAID and the company's usual "scatole" / "boxes".
 */
public record ShipRequest(String orderNumber, TransportBy transportBy, String carrierCode, TransportReason reason,
                          Freight freight, String appearance, Instant transportStart, List<ParcelRequest> parcels) {

    public record ParcelRequest(BigDecimal weightKg, Integer lengthCm, Integer widthCm, Integer heightCm,
                                String trackingNumber, List<Item> items) {
    }

    /** A product packed, by SKU or EAN. */
    public record Item(String code, BigDecimal quantity) {
    }
}
