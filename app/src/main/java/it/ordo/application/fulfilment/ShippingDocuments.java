package it.ordo.application.fulfilment;

import it.ordo.domain.fulfilment.Freight;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.fulfilment.TransportReason;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Makes the warehouse's documents from plain data: the DDT and the pick list
 * as A4 PDFs, the parcel labels (100 × 150 mm) as PDF for laser printers and
 * as ZPL II for thermal ones. Implemented with JasperReports in infrastructure.
 */
public interface ShippingDocuments {

    byte[] ddt(Ddt ddt);

    byte[] pickList(PickList pickList);

    byte[] labelsPdf(List<Label> labels);

    /** ZPL II for a thermal printer of {@code dpi} dots per inch (203 or 300). */
    String labelsZpl(List<Label> labels, int dpi);

    byte[] manifest(Manifest manifest);

    /** Everything a DDT prints, in the language it is printed in ("it" or "en"). */
    record Ddt(String language, String companyName, String companyAddress, String companyVatNumber, String number,
               LocalDateTime issuedAt, String orderNumber, List<String> recipient, List<String> destination,
               TransportReason reason, TransportBy transportBy, Freight freight, String carrier, String appearance,
               int parcels, BigDecimal grossWeightKg, LocalDateTime transportStart, LocalDateTime cancelledAt,
               String cancelReason, List<Goods> goods) {
    }

    record Goods(String code, String description, String unit, BigDecimal quantity, int parcelNo) {
    }

    /** Orders to pick (one, or a wave), each with its lines sorted by bin. */
    record PickList(String language, String warehouse, LocalDateTime printedAt, List<PickOrder> orders) {
    }

    record PickOrder(String orderNumber, String customer, String shipTo, String priority, List<PickLine> lines) {
    }

    /** {@code bin} is null when the product has no bin in the warehouse: such lines come last. */
    record PickLine(String bin, String sku, String ean, String description, String unit, BigDecimal quantity) {
    }

    /** The day's shipments handed to one carrier at one warehouse (borderò), for the driver's signature. */
    record Manifest(String language, String companyName, String carrier, String warehouse, java.time.LocalDate day,
                    LocalDateTime printedAt, List<ManifestRow> rows) {
    }

    record ManifestRow(String ddtNumber, String orderNumber, String recipient, String destination, int parcels,
                       BigDecimal weightKg, String trackingNumbers) {
    }

    /**
     * One parcel's label. {@code barcode} is what the Code 128 carries: the
     * carrier's tracking number, or the DDT and parcel (DDT-2026-000012-01)
     * when the parcel has none. {@code sscc} is the parcel's 18-digit SSCC,
     * printed as GS1-128 with application identifier 00, or null.
     */
    record Label(String senderName, String senderAddress, String recipientName, List<String> recipientAddress,
                 String orderNumber, String ddtNumber, int parcelNo, int parcels, BigDecimal weightKg,
                 String carrier, String trackingNumber, String trackingLink, String barcode, String sscc) {
    }
}
