package it.ordo.ui.reporting;

/** The user stopped an export; nothing was written in place of the file. */
public final class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("export cancelled", null, false, false);
    }
}
