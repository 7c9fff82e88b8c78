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

    /** A row not imported, with its number in the file and why. */
    public record Refused(int row, String orderKey, HistoryRefusal reason) {
    }
}
