package it.ordo.ui.reporting;

import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.application.reporting.Spreadsheets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

/**
 * Writes one list to a file, off the JavaFX thread: pages of {@link #PAGE}
 * rows are read and streamed into the spreadsheet one after the other, so
 * memory stays flat however long the list. Checks for a cancel between
 * pages; a cancelled or failed export leaves no file behind
 * ({@link ExportFile}).
 */
public final class ExportJob {

    /** Rows read per service call: the most a page of the order list may ask ({@code OrderService.MAX_PAGE}). */
    public static final int PAGE = 500;

    /** Rows written so far out of the total the query matched (the total may be 0). */
    @FunctionalInterface
    public interface Progress {
        void update(long written, long total);
    }

    private ExportJob() {
    }

    /**
     * Writes the export to {@code target} in the format its name asks for,
     * and returns how many rows it wrote.
     *
     * @throws ExportCancelledException when {@code cancelled} turned true
     */
    public static <R> long write(Spreadsheets spreadsheets, TableExport<R> export, Path target, ZoneId zone,
                                 Progress progress, BooleanSupplier cancelled) throws Exception {
        long[] written = {0};
        ExportFile.write(target, out -> {
            try (SpreadsheetWriter writer = spreadsheets.writer(SpreadsheetFormat.of(target.getFileName().toString()),
                    out, zone)) {
                writer.startSheet(export.layout());
                int offset = 0;
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        throw new ExportCancelledException();
                    }
                    TableExport.Chunk<R> chunk = read(export, offset);
                    for (R row : chunk.rows()) {
                        writer.row(export.cells().apply(row));
                    }
                    written[0] += chunk.rows().size();
                    offset += chunk.rows().size();
                    progress.update(written[0], Math.max(chunk.total(), written[0]));
                    // The query pages from the first row; rows added meanwhile beyond the total are left for the next export.
                    if (chunk.rows().size() < PAGE || offset >= chunk.total()) {
                        break;
                    }
                }
            }
        });
        return written[0];
    }

    private static <R> TableExport.Chunk<R> read(TableExport<R> export, int offset) throws java.io.IOException {
        try {
            return export.source().read(offset, PAGE);
        } catch (RuntimeException | java.io.IOException e) {
            throw e;
        } catch (Exception e) {
            throw new java.io.IOException(e);
        }
    }
}
