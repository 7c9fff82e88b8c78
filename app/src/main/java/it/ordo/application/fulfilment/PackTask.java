package it.ordo.application.fulfilment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the packer has to pack for an order: each line's allocated quantity,
 * with the codes a scanner may read (EAN, or the SKU typed), the bin it was
 * picked from and the unit weight that makes a parcel's weight.
 */
public record PackTask(String orderNumber, String customerName, String warehouse, String shipTo,
                       List<Line> lines) {

    public record Line(int orderLineNo, String sku, String ean, String description, String unit, String bin,
                       BigDecimal toPack, BigDecimal unitWeightKg) {
    }
}
