package it.ordo.application.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bar chart printed with a management report, drawn from the same groups as one of its tables, so the
 * picture and the figures under it agree: a title, the type of its values ({@link CellType#INTEGER},
 * {@link CellType#PERCENT} as its number, 12.5 for 12.5 %, or {@link CellType#MONEY}) and one bar per row.
 */
public record ReportChart(String title, CellType type, List<Bar> bars) {

    /** The most bars one chart shows: the largest rows; the table beside it lists them all. */
    public static final int MOST_BARS = 8;

    public ReportChart {
        bars = List.copyOf(bars.subList(0, Math.min(MOST_BARS, bars.size())));
    }

    /** One bar: its row's name and value. */
    public record Bar(String label, BigDecimal value) {
    }
}
