package it.ordo.domain.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An order line that holds stock of a product in a warehouse (allocated) or waits for it (backordered). */
public record StockHolding(String orderNumber, String customerCode, String customerName, String status,
                           BigDecimal allocated, BigDecimal backordered, LocalDate promisedDate) {
}
