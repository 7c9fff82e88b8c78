package it.ordo.domain.catalog;

import it.ordo.domain.Normalization;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Where products are kept. */
public interface ProductRepository {

    Optional<Product> findBySku(String sku);

    Optional<Product> findByEan(String ean);

    /**
     * A product as a person or a scanner types it: its SKU in any lookup form ("vt-4x40 " finds VT-4X40), else a
     * valid EAN-13. The one product lookup of every use case that takes a typed code.
     */
    default Optional<Product> findByTypedCode(String code) {
        return byTypedCode(code, this::findBySku, this::findByEan);
    }

    /**
     * The lookup rule of {@link #findByTypedCode(String)} over any SKU and EAN lookups (a repository's, one read
     * already made, or the order pipeline's kept copies).
     */
    static Optional<Product> byTypedCode(String code, Function<String, Optional<Product>> bySku,
                                         Function<String, Optional<Product>> byEan) {
        for (String form : Normalization.lookupForms(code)) {
            Optional<Product> found = bySku.apply(form);
            if (found.isPresent()) {
                return found;
            }
        }
        String c = Normalization.clean(code);
        return c != null && Ean13.isValid(c) ? byEan.apply(c) : Optional.empty();
    }

    /** The products whose SKU is exactly one of {@code skus} (no case folding), by SKU: one read for an order's lines. */
    Map<String, Product> findBySkus(Collection<String> skus);

    Optional<Product> find(long id);

    Map<Long, Product> findAll(Collection<Long> ids);

    List<Product> list(String text, int offset, int limit);

    long count();

    void store(Product product);
}
