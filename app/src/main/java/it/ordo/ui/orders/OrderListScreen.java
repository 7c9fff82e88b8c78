package it.ordo.ui.orders;

import it.ordo.domain.order.OrderFollowUp;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.reporting.ListExports;
import it.ordo.ui.reporting.ExportJob;
import it.ordo.ui.reporting.ExportAction;
import java.time.LocalDate;
import javafx.scene.Node;

/** The Orders tab: every order, filtered, sorted and paged in the database; Enter opens one. */
public final class OrderListScreen implements Screen {

    private final Desk desk;
    private final OrderListViewModel model;
    private final OrderListView view;
    private final ExportAction export;
    private boolean firstShow = true;

    public OrderListScreen(Desk desk) {
        this.desk = desk;
        this.model = new OrderListViewModel(desk.services().orders(), desk.texts(), desk.executor());
        this.view = new OrderListView(model, desk.services().clock().getZone(), number -> desk.navigator().openOrder(number));
        this.export = new ExportAction(desk, () -> ListExports.orders(desk.services().orders(), desk.texts(),
                model.query(0, ExportJob.PAGE)), desk.texts().get("export.sheet.orders"));
        view.addTool(export.controls());
        export.bindKey(view);
        model.search();
    }

    @Override
    public String title() {
        return desk.texts().get("orders.list.title");
    }

    @Override
    public Node content() {
        return view;
    }

    @Override
    public void shown() {
        if (firstShow) {
            firstShow = false; // just searched by the constructor
            return;
        }
        model.refresh();
    }

    @Override
    public void focus() {
        view.focusSearch();
    }

    @Override
    public void closed() {
        view.stop();
    }

    /** Only the orders behind a dashboard figure, on those days (the tile's drill-down). */
    public void showFollowUp(OrderFollowUp list, LocalDate from, LocalDate to) {
        model.showFollowUp(list, from, to);
    }

    /** The view model, for tests of the screen. */
    OrderListViewModel model() {
        return model;
    }

    /** The Export to Excel action, for tests of the screen (the file dialog cannot be driven headless). */
    ExportAction export() {
        return export;
    }
}
