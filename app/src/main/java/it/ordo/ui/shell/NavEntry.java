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
