package it.ordo.application.intake;

/**
 * A history import about to send its rows: the file read on the workstation.
 *
 * @param currency the currency the file's prices are in (ISO 4217), stored with the batch as given
 */
public record HistoryStart(String source, String fileName, String fingerprint, String currency) {
}
