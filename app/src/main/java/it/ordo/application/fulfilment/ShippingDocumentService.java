package it.ordo.application.fulfilment;

import java.util.List;

/**
 * The warehouse's printouts as bytes (the workstation prints or saves them):
 * the DDT, the pick list, the parcel labels.
 */
public interface ShippingDocumentService {

    /**
     * The DDT as PDF, in the customer's language. The first print is kept,
     * so every reprint is the same file: the one that travelled with the goods.
     */
    byte[] ddtPdf(String ddtNumber);

    /** A pick list of one order or a wave of many, A4, lines sorted by bin, with Code 128 barcodes. */
    byte[] pickListPdf(List<String> orderNumbers);

    /** One 100 × 150 mm label per parcel of the shipment, as PDF. */
    byte[] labelsPdf(String ddtNumber);

    /** The same labels as ZPL II for a thermal printer of 203 or 300 dpi. */
    String labelsZpl(String ddtNumber, int dpi);

    /**
     * The day's manifest (borderò) of one carrier at one warehouse: every
     * shipment issued that day and not cancelled, with parcels, weight and
     * tracking numbers, for the driver to sign at pick-up.
     */
    byte[] manifestPdf(String carrierCode, String warehouse, java.time.LocalDate day);
}
