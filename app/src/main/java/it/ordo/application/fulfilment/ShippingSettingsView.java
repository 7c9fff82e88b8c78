package it.ordo.application.fulfilment;

import java.util.List;

/**
 * The company's shipping settings: its GS1 company prefix (null when it has
 * none) and the extension digit its parcels' SSCCs start with, and the
 * warehouses that number their DDTs in a series of their own.
 */
public record ShippingSettingsView(String gs1Prefix, int ssccExtension, List<WarehouseSeries> ddtSeries) {

    /** A warehouse's own DDT series (one to six letters). */
    public record WarehouseSeries(String warehouse, String series) {
    }
}
