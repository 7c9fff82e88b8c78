package it.ordo.ui;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The controls that go with a {@link PagedSearch}, the same on every list
 * screen: the page bar ("1–100 of 2,345" with the previous and next page
 * buttons), a search field that queries when typing pauses, and the list
 * keys. They only bind; the paging and the queries are the PagedSearch's.
 */
public final class PagedSearchControls {

    private PagedSearchControls() {
    }

    /** The page text and the two page buttons, each with its tooltip (the keys name them for the screen). */
    public static HBox pager(PagedSearch<?, ?> paged, Texts texts, String previousKey, String nextKey) {
        Label page = new Label();
        page.textProperty().bind(paged.pageTextProperty());
        page.getStyleClass().add(Styles.TEXT_SMALL);
        Button previous = iconButton(Material2AL.CHEVRON_LEFT, texts.get(previousKey));
        previous.setOnAction(e -> paged.previousPage());
        previous.disableProperty().bind(paged.canPreviousProperty().not());
        Button next = iconButton(Material2AL.CHEVRON_RIGHT, texts.get(nextKey));
        next.setOnAction(e -> paged.nextPage());
        next.disableProperty().bind(paged.canNextProperty().not());
        HBox pager = new HBox(6, page, previous, next);
        pager.setAlignment(Pos.CENTER_LEFT);
        return pager;
    }

    /** A flat icon button, its tooltip also read out by a screen reader. */
    public static Button iconButton(Ikon icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        return b;
    }

    /** Typing in the field searches once typing pauses ({@link TypingPause#LENGTH}). */
    public static void searchOnPause(TextField field, PagedSearch<?, ?> paged) {
        field.textProperty().addListener((o, a, b) -> paged.typed());
    }

    /**
     * The list's main search field: it searches on the pause, Escape clears
     * it, and Enter or Down searches at once (if the text changed) and moves
     * into the table on its first row, so the arrows and Enter work there.
     */
    public static void searchField(TextField field, PagedSearch<?, ?> paged, TableView<?> table) {
        searchOnPause(field, paged);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                paged.searchIfChanged();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
    }

    /**
     * {@link #searchField} that opens the only match: Enter searches now if the
     * text changed and, once the answer is shown, opens the row when exactly
     * one matches, else moves into the table; Down always moves into the table.
     */
    public static <R> void searchField(TextField field, PagedSearch<?, R> paged, TableView<R> table,
                                       java.util.function.Consumer<R> open) {
        searchField(field, paged, table);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                paged.enter(row -> {
                    table.getSelectionModel().select(row);
                    open.accept(row);
                }, () -> intoTable(table));
            }
        });
    }

    private static void intoTable(TableView<?> table) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /**
     * The list keys anywhere on the screen: Ctrl+F to the search field, F5
     * asks again ({@code refresh}), Ctrl+PgDn and Ctrl+PgUp turn the page.
     */
    public static void listKeys(Node screen, PagedSearch<?, ?> paged, Runnable focusSearch, Runnable refresh) {
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination nextPage = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
        KeyCombination previousPage = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (find.match(e)) {
                focusSearch.run();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                refresh.run();
                e.consume();
            } else if (nextPage.match(e)) {
                paged.nextPage();
                e.consume();
            } else if (previousPage.match(e)) {
                paged.previousPage();
                e.consume();
            }
        });
    }
}
