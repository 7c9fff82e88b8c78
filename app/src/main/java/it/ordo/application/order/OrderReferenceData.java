package it.ordo.application.order;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.inventory.Warehouse;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The customers, warehouses and products as the order pipeline reads them to take an order: by exact code or
 * id, never changed by their reader. What it hands out may be shared with other transactions and threads
 * (copies kept in memory while none of them has changed): read them, never change them, and reach no further
 * than a customer's delivery addresses. A use case that edits a customer, product or warehouse loads it from
 * its repository instead. The lookup rule (which forms of a typed code are tried, in which order) stays with
 * the caller.
 */
public interface OrderReferenceData {

    /** The customer whose code is exactly {@code code}, with its delivery addresses. */
    Optional<Customer> customer(String code);

    /** The customer with this id, with its delivery addresses. */
    Optional<Customer> customer(long id);

    /** The warehouse whose code is exactly {@code code}. */
    Optional<Warehouse> warehouse(String code);

    Optional<Warehouse> warehouse(long id);

    /** The products whose SKU is exactly one of {@code skus} (no case folding), by SKU. */
    Map<String, Product> productsBySku(Collection<String> skus);

    /** The product with this EAN-13, given as stored (its 13 digits). */
    Optional<Product> productByEan(String ean);

    /** The products with these ids, by id. */
    Map<Long, Product> products(Collection<Long> ids);
}
