package it.ordo.application.catalog;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import java.util.List;

/** The catalogue: listing, lookup, and master data arriving from the ERP. */
public interface ProductService {

    List<ProductView> list(String text, int offset, int limit);

    ProductView show(String sku);

    long count();

    /**
     * Inserts or updates products by SKU. Every row is validated; rows with
     * problems are reported and skipped whole, valid rows are applied together.
     * A new product gets a stock row (zero) in every warehouse and its list
     * price in the base list.
     */
    ImportReport importRows(List<ImportRow> rows);
}
