package it.ordo.domain.inventory;

/**
 * What the stock list asks for: filters (each null or false when not used),
 * the sort column and one page. Text matches SKU, EAN or description, in any case.
 */
public record StockQuery(String text, String category, String warehouseCode, boolean belowReorderPoint,
                         boolean withBackorders, StockSort sort, boolean descending, int offset, int limit) {

    public StockQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        category = category == null || category.isBlank() ? null : category;
        warehouseCode = warehouseCode == null || warehouseCode.isBlank() ? null : warehouseCode;
        sort = sort == null ? StockSort.SKU : sort;
        offset = Math.max(0, offset);
        limit = Math.max(1, limit);
    }

    /** Every row, by SKU, the first {@code limit}. */
    public static StockQuery all(int limit) {
        return new StockQuery(null, null, null, false, false, StockSort.SKU, false, 0, limit);
    }

    public StockQuery page(int newOffset) {
        return new StockQuery(text, category, warehouseCode, belowReorderPoint, withBackorders, sort, descending,
                newOffset, limit);
    }
}
