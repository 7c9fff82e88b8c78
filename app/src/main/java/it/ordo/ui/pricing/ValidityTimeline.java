package it.ordo.ui.pricing;

import it.ordo.i18n.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Validity periods drawn on one shared year, so the sales manager sees at a glance which conditions hold today,
 * which start later (a list loaded for next month) and where two of them meet: the year runs from the first of
 * last month to eleven months ahead, a line marks today, and each row's period is a bar on it (the part before
 * the year or after it runs off the edge). Colours come from the stylesheet: holding today, starting later,
 * ended, switched off.
 */
final class ValidityTimeline {

    /** A row's period and whether it is switched on; null ends mean open. */
    record Period(LocalDate from, LocalDate to, boolean active) {
    }

    private final LocalDate today;
    private final LocalDate start;
    private final LocalDate end;

    ValidityTimeline(LocalDate today) {
        this.today = today;
        this.start = today.withDayOfMonth(1).minusMonths(1);
        this.end = start.plusYears(1);
    }

    /** A column of bars; the header names the year it shows, and a row's tooltip its dates in words. */
    <T> TableColumn<T, Period> column(Texts texts, Function<T, Period> period, Function<T, String> words) {
        TableColumn<T, Period> column = new TableColumn<>(texts.get("pricing.col.timeline",
                texts.monthYear(start), texts.monthYear(end.minusDays(1))));
        column.setPrefWidth(170);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(period.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Bar bar = new Bar();

            {
                // A cell lays its graphic out at the graphic's own width: the bar takes the cell's.
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                bar.prefWidthProperty().bind(widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(Period item, boolean empty) {
                super.updateItem(item, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || item == null || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                bar.show(item);
                setGraphic(bar);
                setTooltip(new Tooltip(words.apply(row)));
            }
        });
        return column;
    }

    /** Where a day falls on the year, from 0 (its first day) to 1 (the day after its last), kept inside. */
    double position(LocalDate day) {
        long days = ChronoUnit.DAYS.between(start, end);
        double at = ChronoUnit.DAYS.between(start, day) / (double) days;
        return Math.max(0, Math.min(1, at));
    }

    /** Which colour a period gets: what holds today, what starts later, what has ended, or switched off. */
    String kind(Period p) {
        if (!p.active()) {
            return "validity-off";
        }
        if (p.to() != null && p.to().isBefore(today)) {
            return "validity-past";
        }
        if (p.from() != null && p.from().isAfter(today)) {
            return "validity-future";
        }
        return "validity-now";
    }

    /** The track, the period's bar on it and today's line, laid out on the cell's width. */
    private final class Bar extends Region {
        private final Region track = new Region();
        private final Region period = new Region();
        private final Region now = new Region();
        private Period shown;

        Bar() {
            track.getStyleClass().add("validity-track");
            period.getStyleClass().add("validity-bar");
            now.getStyleClass().add("validity-today");
            getChildren().addAll(track, period, now);
            setMinHeight(14);
            setPrefHeight(14);
        }

        void show(Period p) {
            shown = p;
            period.getStyleClass().setAll("validity-bar", kind(p));
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight();
            double x0 = snappedLeftInset();
            track.resizeRelocate(x0, h / 2 - 1, w, 2);
            if (shown != null) {
                double from = shown.from() == null ? 0 : position(shown.from());
                double to = shown.to() == null ? 1 : position(shown.to().plusDays(1));
                double width = Math.max(2, (to - from) * w);
                period.setVisible(to > 0 && from < 1 && (shown.to() == null || !shown.to().isBefore(start))
                        && (shown.from() == null || shown.from().isBefore(end)));
                period.resizeRelocate(x0 + from * w, h / 2 - 4, width, 8);
            }
            now.resizeRelocate(x0 + position(today) * w - 1, 0, 2, h);
        }
    }
}
