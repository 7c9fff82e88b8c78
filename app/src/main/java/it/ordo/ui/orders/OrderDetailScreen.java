package it.ordo.ui.orders;

import it.ordo.application.Services;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.reporting.ListExports;
import it.ordo.ui.reporting.ExportAction;
import java.nio.file.Path;
import javafx.scene.Node;

/** One order's tab: header, lines, history, and the actions its status and the user's role allow. */
public final class OrderDetailScreen implements Screen {

    private final Desk desk;
    private final OrderDetailViewModel model;
    private final OrderDetailView view;
    private final it.ordo.ui.warehouse.OrderShipmentsView shipments;
    private boolean firstShow = true;

    public OrderDetailScreen(Desk desk, String orderNumber) {
        this.desk = desk;
        Services ordo = desk.services();
        this.model = new OrderDetailViewModel(ordo.orders(), ordo.audit(), ordo.documents(), ordo.access(),
                desk.texts(), desk.executor(), ordo.clock().getZone(), orderNumber);
        model.setNotifier(desk::notify);
        this.view = new OrderDetailView(model, new OrderDetailView.Links() {
            @Override
            public void customer(String code) {
                desk.navigator().openCustomer(code);
            }

            @Override
            public void stock(String sku) {
                desk.navigator().openStock(sku);
            }

            @Override
            public void file(Path pdf) {
                desk.openFile(pdf);
            }

            @Override
            public void newTicket(String customerCode, String orderNumber) {
                desk.navigator().newTicket(customerCode, orderNumber);
            }

            @Override
            public void newReturn(String orderNumber) {
                desk.navigator().newReturn(orderNumber, null);
            }
        });
        ExportAction export = new ExportAction(desk, () -> ListExports.orderLines(desk.texts(),
                model.orderProperty().get()), orderNumber);
        // Only an order on screen has lines to export.
        export.controls().disableProperty().bind(model.orderProperty().isNull());
        view.addTool(export.controls());
        export.bindKey(view);
        shipments = new it.ordo.ui.warehouse.OrderShipmentsView(ordo.fulfilment(), desk.texts(), desk.executor(),
                ordo.clock().getZone(), orderNumber);
        javafx.scene.control.Tab shipped = new javafx.scene.control.Tab(desk.texts().get("orders.shipments.title"),
                shipments);
        shipped.setId("order-tab-shipments");
        view.addTab(shipped);
        model.load();
        shipments.load();
    }

    @Override
    public String title() {
        return model.number();
    }

    @Override
    public Node content() {
        return view;
    }

    /** Shown again: someone may have moved the order meanwhile. */
    @Override
    public void shown() {
        if (firstShow) {
            firstShow = false; // just loaded by the constructor
            return;
        }
        model.load();
        shipments.load();
    }

    @Override
    public void focus() {
        view.focusLines();
    }

    OrderDetailViewModel model() {
        return model;
    }
}
