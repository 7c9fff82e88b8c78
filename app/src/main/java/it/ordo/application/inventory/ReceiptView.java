package it.ordo.application.inventory;

import java.math.BigDecimal;
import java.util.List;

/** What a goods receipt did: the new counters and the backorders it filled, in the order they were served. */
public record ReceiptView(String sku, String warehouse, String po, BigDecimal received, BigDecimal onHand,
                          BigDecimal allocated, List<Filled> filled) {

    public record Filled(String orderNumber, int lineNo, BigDecimal qty, BigDecimal stillBackordered) {
    }
}
