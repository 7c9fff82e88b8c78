package it.ordo.application.catalog;

import java.math.BigDecimal;

/** A product as listed and shown; listPrice is the base list price for one unit (null when not listed). */
public record ProductView(String sku, String ean, String description, String category, String unit,
                          BigDecimal vatRate, BigDecimal unitCost, BigDecimal listPrice, BigDecimal weightKg,
                          boolean active) {
}
