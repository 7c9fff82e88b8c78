package it.ordo.application.order;

/** A product offered while the operator types part of a description, a SKU or an EAN. */
public record ProductHit(String sku, String ean, String description, String unit) {
}
