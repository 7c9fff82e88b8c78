package it.ordo.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Past orders written in bulk (the history import): no order path, no stock, no allocation, only the rows a
 * past order leaves behind, written in batches. Called inside the caller's transaction.
 */
public interface HistoryRepository {

    /** The batch that read this file for this source before, if any. */
    Optional<Long> findBatch(String source, String fingerprint);

    long startBatch(String source, String fileName, String fingerprint, String currency, String user, Instant at);

    /** The currency a batch's prices are in; empty when there is no such batch. */
    Optional<String> currencyOf(long batchId);

    /** What the batch has written so far. */
    BatchFigures figures(long batchId);

    /** Of these order keys, those the source's orders already have. */
    Set<String> existingOrderKeys(String source, Collection<String> keys);

    /** Customers by code, with what an order copies from them. */
    Map<String, CustomerRef> customers(Collection<String> codes);

    /** Product ids by SKU. */
    Map<String, Long> products(Collection<String> skus);

    /** Where a customer created by the import gets its goods from: the first warehouse set up. */
    long defaultWarehouse();

    /** Creates the customers, flagged as the batch's; returns them by code. */
    Map<String, CustomerRef> createCustomers(long batchId, List<NewCustomer> customers);

    /** Creates the products, flagged as the batch's; returns their ids by SKU. */
    Map<String, Long> createProducts(long batchId, List<NewProduct> products);

    /** The first of {@code count} consecutive order numbers of the year, drawn from the order series. */
    long reserveOrderNumbers(int year, int count);

    /**
     * Writes the orders, their lines, their status history (confirmed when placed, then shipped and delivered on
     * the file's dates) and their source with those dates; adds them to the batch's figures.
     */
    void writeOrders(long batchId, String source, Channel channel, List<PastOrder> orders, String user);

    /** Marks the batch finished and records it as one audit event with its figures. */
    BatchFigures finishBatch(long batchId, String user, String workstation, Instant at, String summaryJson);

    record CustomerRef(long id, String code, String name, long warehouseId, String street, String postalCode,
                       String city, String province, String country, String paymentTerms) {
    }

    record NewCustomer(String code, String name, String kind, String country, String city, String paymentTerms,
                       long warehouseId) {
    }

    record NewProduct(String sku, String description, String category, boolean active) {
    }

    /**
     * A past order ready to write: its number, customer, when it was placed, status, lines; when it left, when it
     * arrived and the day it was promised for, as far as the file says (null otherwise).
     */
    record PastOrder(String orderKey, String orderNumber, CustomerRef customer, Instant orderedAt, OrderStatus status,
                     boolean cancellation, BigDecimal netTotal, List<PastLine> lines, Instant shippedAt,
                     Instant deliveredAt, java.time.LocalDate promisedDate) {
    }

    record PastLine(long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                    BigDecimal netAmount, boolean shipped) {
    }

    /** What a batch has written over all its runs. */
    record BatchFigures(int orders, int lines, BigDecimal netValue) {
    }
}
