package it.ordo.ui.shell;

import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.admin.UsersScreen;

/** Builds each screen for the main window; the one place that knows every screen class. */
public final class ScreenCatalog {

    public Screen orders(Desk desk) {
        throw new UnsupportedOperationException("orders");
    }

    public Screen order(Desk desk, String number) {
        throw new UnsupportedOperationException("order");
    }

    public Screen newOrder(Desk desk, String customerCode) {
        throw new UnsupportedOperationException("new order");
    }

    public Screen stock(Desk desk) {
        throw new UnsupportedOperationException("stock");
    }

    public void showProduct(Screen stock, String sku) {
        throw new UnsupportedOperationException("stock");
    }

    public Screen customers(Desk desk) {
        throw new UnsupportedOperationException("customers");
    }

    public Screen customer(Desk desk, String code) {
        throw new UnsupportedOperationException("customer");
    }

    public Screen users(Desk desk) {
        return new UsersScreen(desk);
    }
}
