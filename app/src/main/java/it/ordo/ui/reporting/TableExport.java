package it.ordo.ui.reporting;

import it.ordo.application.reporting.SheetLayout;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an export of a list writes: the sheet (columns and the filters in
 * force), where its rows come from, page by page through the same service
 * query as the screen, and how a row becomes cells.
 *
 * @param <R> a row of the list
 */
public record TableExport<R>(SheetLayout layout, RowSource<R> source, Function<R, List<?>> cells) {

    public TableExport {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cells, "cells");
    }

    /** Reads the rows from {@code offset}, at most {@code limit}, and how many match in all. */
    @FunctionalInterface
    public interface RowSource<R> {
        Chunk<R> read(int offset, int limit) throws Exception;
    }

    /** Some rows and the number of rows the query matches in all. */
    public record Chunk<R>(List<R> rows, long total) {

        public Chunk {
            rows = List.copyOf(rows);
        }
    }

    /** A source that is one list already in memory (the lines of the order on screen). */
    public static <R> RowSource<R> of(List<R> rows) {
        List<R> copy = List.copyOf(rows);
        return (offset, limit) -> new Chunk<>(offset >= copy.size() ? List.of()
                : copy.subList(offset, Math.min(copy.size(), offset + limit)), copy.size());
    }
}
