package it.ordo.application.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a chunk wrote (or, in a dry run, would write).
 *
 * @param sales            orders that are sales (every status but CANCELLED)
 * @param cancellations    cancelled orders: the file's cancellations, and orders the file marks CANCELLED
 * @param salesValue       the taxable value of the sales
 * @param cancelledValue   the taxable value of the cancellations
 * @param alreadyImported  orders of this source imported before: not written again
 * @param createdCustomers codes of the customers created (for a dry run: not found, would be created)
 * @param createdProducts  SKUs of the products created
 */
public record HistoryChunkResult(int sales, int cancellations, int lines, BigDecimal salesValue,
                                 BigDecimal cancelledValue, int alreadyImported, List<String> createdCustomers,
                                 List<String> createdProducts, List<Refused> refused) {

    /** Nothing yet: what a run starts adding its chunks' results to. */
    public static HistoryChunkResult none() {
        return new HistoryChunkResult(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, List.of(), List.of(), List.of());
    }

    /**
     * This result and a later chunk's: counts and values added, each customer or product created once (a dry run's
     * chunks each name the customers they would create).
     */
    public HistoryChunkResult plus(HistoryChunkResult later) {
        java.util.Set<String> customers = new java.util.LinkedHashSet<>(createdCustomers);
        customers.addAll(later.createdCustomers());
        java.util.Set<String> products = new java.util.LinkedHashSet<>(createdProducts);
        products.addAll(later.createdProducts());
        List<Refused> all = new java.util.ArrayList<>(refused);
        all.addAll(later.refused());
        return new HistoryChunkResult(sales + later.sales(), cancellations + later.cancellations(),
                lines + later.lines(), salesValue.add(later.salesValue()), cancelledValue.add(later.cancelledValue()),
                alreadyImported + later.alreadyImported(), List.copyOf(customers), List.copyOf(products),
                List.copyOf(all));
    }

    /** A row not imported, with its number in the file and why. */
    public record Refused(int row, String orderKey, HistoryRefusal reason) {
    }
}
