package it.ordo.application.intake;

import java.math.BigDecimal;

/**
 * A history import batch and what it has written over all its runs.
 *
 * @param resumed true when this file was imported for this source before: its orders are not written again
 */
public record HistoryBatch(long id, String source, String currency, boolean resumed, int orders, int lines,
                           BigDecimal netValue) {
}
