package it.ordo.ui.customers;

import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.reporting.ListExports;
import it.ordo.ui.reporting.ExportAction;
import javafx.scene.Node;

/** Customers found by code, name, Partita IVA or city; opening one shows its detail. Needs VIEW_CUSTOMERS. */
public final class CustomerListScreen implements Screen {

    private final Desk desk;
    private final CustomerListViewModel model;
    private CustomerListView view;
    private boolean shownBefore;

    public CustomerListScreen(Desk desk) {
        this.desk = desk;
        this.model = new CustomerListViewModel(desk.services().customers(), desk.texts(), desk.executor());
        model.search();
    }

    @Override
    public String title() {
        return desk.texts().get("customers.title");
    }

    @Override
    public Node content() {
        if (view == null) {
            boolean credit = desk.services().access().allows(it.ordo.application.security.Permission.VIEW_CREDIT);
            view = new CustomerListView(model, desk.texts(), code -> desk.navigator().openCustomer(code), credit);
            ExportAction export = new ExportAction(desk, () -> ListExports.customers(desk.services().customers(),
                    desk.texts(), model.searchText(), model.sortProperty().get(), model.descendingProperty().get(),
                    credit),
                    desk.texts().get("export.sheet.customers"));
            view.addTool(export.controls());
            export.bindKey(view);
        }
        return view;
    }

    @Override
    public void shown() {
        // Coming back to the tab shows the page again: credit used moves with every order.
        if (shownBefore) {
            model.refresh();
        }
        shownBefore = true;
    }

    @Override
    public void focus() {
        content();
        view.focusSearch();
    }
}
