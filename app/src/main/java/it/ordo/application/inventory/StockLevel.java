package it.ordo.application.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Stock of one product in one warehouse, with what is still to arrive by date. */
public record StockLevel(String sku, String description, String warehouse, BigDecimal onHand, BigDecimal allocated,
                         BigDecimal available, List<Incoming> incoming) {

    /** Supply expected on a date (summed over purchase orders). */
    public record Incoming(LocalDate date, BigDecimal qty) {
    }
}
