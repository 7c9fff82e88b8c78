package it.ordo.application.intake;

import java.util.List;

/**
 * Rows of whole past orders (every row of an order key in the same chunk), written in one transaction.
 *
 * @param batchId the batch {@link HistoryImportService#begin} gave; ignored for a dry run
 */
public record HistoryChunk(long batchId, boolean dryRun, HistoryOptions options, List<HistoryRow> rows) {
}
