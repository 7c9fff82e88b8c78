package it.ordo.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/**
 * Table columns as every screen makes them: a title, what each row shows and
 * a width. Columns are not sortable unless a screen says so: lists come
 * sorted and paged by the database, and a click that sorted only the page on
 * screen would mislead.
 */
public final class Columns {

    /** The style class (ordo.css) that right-aligns a column of figures. */
    public static final String FIGURES = "ordo-figures";
    /** A cell in the theme's warning colour (ordo.css), e.g. a quantity still waiting or below reorder point. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("ordo-warning");
    /** A cell in the theme's danger colour (ordo.css), e.g. credit used over the limit. */
    public static final PseudoClass DANGER = PseudoClass.getPseudoClass("ordo-danger");
    /** A cell in bold (ordo.css), with either colour where the figure must catch the eye. */
    public static final PseudoClass STRONG = PseudoClass.getPseudoClass("ordo-strong");

    private Columns() {
    }

    /** A column showing a text from each row. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        return of(title, value, width);
    }

    /** A column holding a value of each row, for a screen's own cell factory to show (money, a badge). */
    public static <T, V> TableColumn<T, V> of(String title, Function<T, V> value, double width) {
        TableColumn<T, V> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /**
     * Lets the user sort by the column; {@code sortKey} (the column's user
     * data) tells the screen which database sort it stands for, or is null
     * where the table sorts the rows it holds.
     */
    public static <C extends TableColumn<?, ?>> C sortable(C column, Object sortKey) {
        column.setSortable(true);
        column.setUserData(sortKey);
        return column;
    }

    /**
     * The width a text takes in a table at the theme's size (bold, as headers
     * are, with a margin for the theme's font): what a column needs so the
     * text is never cut to "Quan…".
     */
    public static double textWidth(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text == null ? "" : text);
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        probe.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
        return Math.ceil(probe.getLayoutBounds().getWidth() * 1.15);
    }

    /**
     * A column always as wide as the widest value it can show (a document number, a moment), never cut to
     * "RMA-2026-000…"; {@code widest} is a sample of that value, formatted as the column formats it.
     */
    public static <C extends TableColumn<?, ?>> C fitting(C column, String widest) {
        column.setMinWidth(Math.max(column.getMinWidth(), textWidth(widest)));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        return column;
    }

    /** A column never narrower than its header text (with room for the sort arrow). */
    public static <C extends TableColumn<?, ?>> C wholeHeader(C column) {
        column.setMinWidth(Math.max(column.getMinWidth(), textWidth(column.getText()) + 26));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        return column;
    }

    /** Figures (quantities, money) aligned on the right, where their digits line up. */
    public static <C extends TableColumn<?, ?>> C rightAligned(C column) {
        column.getStyleClass().add(FIGURES);
        return column;
    }

    /**
     * Colours a cell for the row it shows ({@link #WARNING}, {@link #DANGER},
     * or null for the ordinary colour), in bold if {@code strong}. Looked-up
     * theme colours, so the emphasis reads in light and dark mode alike.
     */
    public static void emphasize(Node cell, PseudoClass colour, boolean strong) {
        cell.pseudoClassStateChanged(WARNING, colour == WARNING);
        cell.pseudoClassStateChanged(DANGER, colour == DANGER);
        cell.pseudoClassStateChanged(STRONG, colour != null && strong);
    }
}
