package it.ordo.application.inventory;

import it.ordo.domain.inventory.StockRow;
import java.util.List;

/** One page of the stock list and how many rows the filters match in all. */
public record StockPage(List<StockRow> rows, long total, int offset, int limit) {
}
