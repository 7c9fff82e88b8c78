package it.ordo.ui;

import javafx.scene.Node;

/**
 * One tab of the main window: Orders, New order, an order's detail, Stock,
 * Customers, Users. The shell hosts it; the screen builds its own view over
 * a view model and never waits on the database (see {@link TaskExecutor}).
 */
public interface Screen {

    /** The tab's caption, already translated. */
    String title();

    /** The view, built once. */
    Node content();

    /** The tab became the visible one: a good moment to refresh what may be stale. */
    default void shown() {
    }

    /** Where the keyboard goes when the tab is shown (the search field, the customer field...). */
    default void focus() {
    }

    /** Work the user has not finished (an order not yet confirmed): signing out asks first. */
    default boolean hasUnconfirmedWork() {
        return false;
    }

    /** The tab is closing or the application stops: save what must not be lost, stop timers. */
    default void closed() {
    }
}
