package it.ordo.application.intake;

/**
 * Past orders from another system (the history import): prices, discounts, dates and status as the file gives
 * them, no stock movement and no allocation; customers and products created when missing, flagged as imported;
 * each order marked with its source and order key, so importing the same file again writes nothing new. The
 * workstation reads the file and sends its rows in chunks of whole orders. An administrator's or manager's work
 * ({@code IMPORT_HISTORY}), audited as one event per batch.
 */
public interface HistoryImportService {

    /** Opens the batch for this file and source (the one of an earlier run of the same file, if any). */
    HistoryBatch begin(HistoryStart start);

    /** Checks the rows and writes their orders in one transaction (nothing in a dry run). */
    HistoryChunkResult importChunk(HistoryChunk chunk);

    /** Closes the batch and records it in the audit trail with its figures. */
    HistoryBatch finish(long batchId);
}
