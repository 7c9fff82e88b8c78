package it.ordo.application.inventory;

import java.util.List;

/** The choices of the stock list's filters: warehouse codes and product categories, alphabetical. */
public record StockFilters(List<String> warehouses, List<String> categories) {
}
