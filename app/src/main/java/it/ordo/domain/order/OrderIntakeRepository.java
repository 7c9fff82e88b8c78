package it.ordo.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What order intake from customers' files remembers: column mappings by name, the mapping last used for each
 * customer, the customers' own article codes resolved to our products, and the source of each imported order.
 */
public interface OrderIntakeRepository {

    /** A saved mapping: its name and, in the file's order, each mapped header and the field it feeds. */
    record StoredMapping(String name, List<Column> columns) {

        public record Column(String header, String field) {
        }
    }

    /** What became of one order of an imported file. */
    record ImportedOrder(String fileName, String fingerprint, String orderKey, String externalRef, String orderNumber,
                         String outcome, Instant at, String user) {
    }

    /** Stores the mapping, replacing one of the same name. */
    void saveMapping(StoredMapping mapping, Instant at, String user);

    /** Every saved mapping, by name. */
    List<StoredMapping> mappings();

    void rememberMapping(long customerId, String mappingName, Instant at);

    Optional<String> lastMapping(long customerId);

    /** The customer's own article codes (by key: trimmed, in capitals) and the product id each stands for. */
    Map<String, Long> articles(long customerId);

    /** Stores or replaces what the customer's code stands for. */
    void saveArticle(long customerId, String code, long productId, Instant at, String user);

    void recordImport(ImportedOrder order);

    /** The orders recorded for a file, by its fingerprint. */
    List<ImportedOrder> imports(String fingerprint);
}
