package it.ordo.application.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Behind one stock row: the orders holding its allocated quantity, the orders
 * waiting for it (backordered, in the order they will be served when goods
 * arrive) and the supplier deliveries still expected.
 */
public record StockDrillDown(String sku, String warehouse, List<OrderQty> allocations, List<OrderQty> backorders,
                             List<Supply> supply) {

    /** An order line's share: allocated or backordered quantity. */
    public record OrderQty(String orderNumber, String customerCode, String customerName, String status,
                           BigDecimal qty, LocalDate promisedDate) {
    }

    /** A purchase order line still open. */
    public record Supply(String poNumber, BigDecimal qty, LocalDate expectedDate) {
    }
}
