package it.ordo.application.customer;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.domain.customer.CustomerSort;
import java.util.List;

/** Customers: listing, lookup, and master data arriving from the ERP or CRM. */
public interface CustomerService {

    /**
     * Customers whose code, name, Partita IVA or city contains the text, by code. Three queries per page
     * whatever its size (customers, their open exposure, the warehouses): fast enough for search-as-you-type.
     */
    List<CustomerView> list(String text, int offset, int limit);

    /** {@link #list(String, int, int)} sorted by a column of the customer list (then by code). */
    List<CustomerView> list(String text, CustomerSort sort, boolean descending, int offset, int limit);

    /** How many customers {@link #list} finds for this text. */
    long count(String text);

    CustomerView show(String code);

    long count();

    /**
     * Inserts or updates customers by code. Each row is validated in full
     * (Partita IVA and Codice Fiscale by their check digits); a row with any
     * problem is reported and left out whole, valid rows are applied together.
     */
    ImportReport importRows(List<ImportRow> rows);
}
