package it.ordo.application.pricing;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.domain.pricing.PriceListScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Price lists and their items (prices with quantity breaks), maintained by the sales manager: searched and read
 * by every desk, created, changed and imported by MANAGER and ADMIN. Every change takes effect for the next quote
 * on every workstation; a confirmed order keeps the prices it was confirmed at.
 */
public interface PriceListService {

    /** The columns of a file of list items, in the order an export writes them. */
    List<String> ITEM_COLUMNS = List.of("list", "sku", "minQty", "unitPrice", "validFrom", "validTo");

    /** The columns of a file of price lists. */
    List<String> LIST_COLUMNS = List.of("code", "name", "for", "group", "customer", "validFrom", "validTo");

    /**
     * A price list's own data.
     *
     * @param scope    whom it is for
     * @param group    the customer group, for {@link PriceListScope#GROUP}
     * @param customer the customer's code, for {@link PriceListScope#CUSTOMER} (null for a list customers point at)
     */
    record Header(String code, String name, PriceListScope scope, String group, String customer, LocalDate validFrom,
                  LocalDate validTo) {
    }

    record Summary(Header header, int items) {
    }

    /** One price of a list from a quantity on (a quantity break when {@code minQty} is above 1). */
    record Item(String list, String sku, BigDecimal minQty, BigDecimal unitPrice, LocalDate validFrom,
                LocalDate validTo) {
    }

    record Detail(Header header, List<Item> items) {
    }

    /**
     * What a row does to a price: a new one, a changed one, none; or {@code REPLACES}, a price from a later day
     * than the open-ended price of the same product and break, which then ends the day before the new one starts.
     */
    enum Change { NEW, CHANGED, UNCHANGED, REPLACES }

    /**
     * What one row of a file would do: a new price, or the old price and the new one (for {@link Change#REPLACES}
     * the price it takes over from, which ends on {@code oldValidTo}).
     */
    record PriceChange(int line, String list, String sku, BigDecimal minQty, LocalDate validFrom, BigDecimal oldPrice,
                       BigDecimal newPrice, Change change, LocalDate oldValidTo) {
    }

    /**
     * What importing a file would do, before anything is written.
     *
     * @param notInFile the current and future prices of the file's lists that no row of the file names (by product
     *                  and break): the import leaves them as they are, so a product missing from a new list keeps
     *                  its old price; shown so the user can see what the file leaves out
     */
    record Preview(List<PriceChange> changes, List<ImportReport.RowError> errors, List<Item> notInFile) {
    }

    /** Lists whose code or name contains the text (all with a blank text), by code. */
    List<Summary> search(String text);

    Detail show(String code);

    /** Creates the list, or changes the one with this code. */
    void save(Header header);

    /** Creates or changes lists by code, from rows with {@link #LIST_COLUMNS}; refused rows are reported. */
    ImportReport importLists(List<ImportRow> rows);

    /** What {@link #importItems} would do with these rows, writing nothing. */
    Preview previewItems(List<ImportRow> rows);

    /**
     * Inserts or updates list items, keyed by list, SKU, minimum quantity and start of validity, from rows with
     * {@link #ITEM_COLUMNS}. The valid rows are applied together in one transaction; refused rows are reported
     * with their reasons and write nothing.
     */
    ImportReport importItems(List<ImportRow> rows);

    /** The items of a list (every list when the code is null), in the import's columns. */
    List<Item> exportItems(String code);
}
