package it.ordo.ui.shell;

import it.ordo.application.security.Permission;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The places of the main window, each shown only to roles that may use it. */
public enum NavEntry {
    ORDERS("ui.nav.orders", Permission.VIEW_ORDERS, Material2AL.LIST_ALT),
    NEW_ORDER("ui.nav.newOrder", Permission.PLACE_ORDER, Material2AL.ADD_SHOPPING_CART),
    STOCK("ui.nav.stock", Permission.VIEW_STOCK, Material2AL.LAYERS),
    CUSTOMERS("ui.nav.customers", Permission.VIEW_CUSTOMERS, Material2MZ.PEOPLE),
    DASHBOARD("ui.nav.dashboard", Permission.VIEW_MANAGEMENT_FIGURES, Material2AL.DASHBOARD),
    REPORTS("ui.nav.reports", Permission.EXPORT_SALES, Material2AL.ASSESSMENT),
    USERS("ui.nav.users", Permission.MANAGE_USERS, Material2AL.ADMIN_PANEL_SETTINGS),
    TICKETS("ui.nav.tickets", Permission.HANDLE_TICKETS, Material2MZ.SUPPORT_AGENT),
    RETURNS("ui.nav.returns", Permission.VIEW_RETURNS, Material2AL.ASSIGNMENT_RETURN),
    OUTBOX("ui.nav.outbox", Permission.SEND_MAIL, Material2AL.EMAIL),
    DELAYS("ui.nav.delays", Permission.SEND_MAIL, Material2MZ.SCHEDULE),
    PRICES("ui.nav.prices", Permission.MANAGE_PRICES, Material2AL.LOCAL_OFFER),
    IMPORT_ORDERS("ui.nav.importOrders", Permission.PLACE_ORDER, Material2AL.FILE_UPLOAD),
    WAREHOUSE("ui.nav.warehouse", Permission.FULFIL_ORDER, Material2AL.LOCAL_SHIPPING);

    private final String textKey;
    private final Permission permission;
    private final Ikon icon;

    NavEntry(String textKey, Permission permission, Ikon icon) {
        this.textKey = textKey;
        this.permission = permission;
        this.icon = icon;
    }

    public String textKey() {
        return textKey;
    }

    public Permission permission() {
        return permission;
    }

    public Ikon icon() {
        return icon;
    }
}
