package it.ordo.domain.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where products are kept. */
public interface ProductRepository {

    Optional<Product> findBySku(String sku);

    Optional<Product> findByEan(String ean);

    /** The products whose SKU is exactly one of {@code skus} (no case folding), by SKU: one read for an order's lines. */
    Map<String, Product> findBySkus(Collection<String> skus);

    Optional<Product> find(long id);

    Map<Long, Product> findAll(Collection<Long> ids);

    List<Product> list(String text, int offset, int limit);

    long count();

    void store(Product product);
}
