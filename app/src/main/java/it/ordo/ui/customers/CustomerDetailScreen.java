package it.ordo.ui.customers;

import it.ordo.application.security.Permission;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import javafx.scene.Node;

/**
 * One customer's detail with its credit, latest orders and VAT position; a new order can start from here. Needs
 * VIEW_CUSTOMERS; recording a VIES check or a declaration of intent IMPORT_CUSTOMERS.
 */
public final class CustomerDetailScreen implements Screen {

    private final Desk desk;
    private final String customerCode;
    private final CustomerDetailViewModel model;
    private final CustomerVatViewModel vat;
    private final CustomerMailViewModel mail;
    private final CustomerFiguresViewModel figures;
    private CustomerDetailView view;
    private boolean shownBefore;

    public CustomerDetailScreen(Desk desk, String customerCode) {
        this.desk = desk;
        this.customerCode = customerCode;
        this.model = new CustomerDetailViewModel(desk.services().customers(), desk.services().orders(),
                desk.services().access().allows(Permission.VIEW_TICKETS) ? desk.services().stories() : null,
                desk.texts(), desk.executor(), customerCode, desk.services().access().allows(Permission.PLACE_ORDER));
        vat = new CustomerVatViewModel(desk.services().vat(), desk.texts(), desk.executor(), customerCode,
                desk.services().access().allows(Permission.IMPORT_CUSTOMERS));
        // The e-mails the customer gets, for who sees what is written to customers.
        mail = desk.services().access().allows(Permission.VIEW_MAIL)
                ? new CustomerMailViewModel(desk.services().mail(), desk.texts(), desk.executor(), customerCode) : null;
        // The last twelve months, for who follows the customer's orders.
        figures = desk.services().access().allows(Permission.VIEW_ORDERS)
                ? new CustomerFiguresViewModel(desk.services().kpis(), desk.texts(), desk.executor(), customerCode)
                : null;
        model.load();
        vat.load();
        if (mail != null) {
            mail.load();
        }
        if (figures != null) {
            figures.load();
        }
    }

    @Override
    public String title() {
        return desk.texts().get("customers.detail.title", customerCode);
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new CustomerDetailView(model, vat, desk.texts(), number -> desk.navigator().openOrder(number),
                    () -> desk.navigator().newOrder(customerCode));
            // Customer service starts from the customer: a ticket or a return, beside a new order.
            if (desk.services().access().allows(Permission.HANDLE_TICKETS)) {
                javafx.scene.control.Button ticket = new javafx.scene.control.Button(
                        desk.texts().get("customers.detail.newTicket"),
                        new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2MZ.SUPPORT_AGENT));
                ticket.setId("customer-new-ticket");
                ticket.setOnAction(e -> desk.navigator().newTicket(customerCode, null));
                view.addAction(ticket);
            }
            if (desk.services().access().allows(Permission.HANDLE_RETURNS)) {
                javafx.scene.control.Button ret = new javafx.scene.control.Button(
                        desk.texts().get("customers.detail.newReturn"),
                        new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.ASSIGNMENT_RETURN));
                ret.setId("customer-new-return");
                ret.setOnAction(e -> desk.navigator().newReturn(null, customerCode));
                view.addAction(ret);
            }
            if (figures != null) {
                view.addFigures(new CustomerFiguresPane(figures, desk.texts()));
            }
            if (mail != null) {
                javafx.scene.control.Tab tab = new javafx.scene.control.Tab(desk.texts().get("care.optout.title"),
                        new CustomerMailPane(mail, desk.texts(), desk.services().access().allows(Permission.SEND_MAIL)));
                tab.setId("customer-tab-mail");
                view.addTab(tab);
            }
        }
        return view;
    }

    @Override
    public void shown() {
        // Back on the tab: orders and credit used may have moved since.
        if (shownBefore) {
            model.load();
            vat.load();
            if (figures != null) {
                figures.load();
            }
        }
        shownBefore = true;
    }

    /** The twelve months' figures, for tests of the screen; null for who may not see orders. */
    CustomerFiguresViewModel figures() {
        return figures;
    }

    @Override
    public void focus() {
        content();
        view.focusOrders();
    }
}
