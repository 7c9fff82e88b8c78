package it.ordo.ui.entry;

import it.ordo.application.Services;
import it.ordo.application.security.Permission;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import javafx.scene.Node;

/**
 * The New order tab. Opened for a customer (from the customer list) it starts
 * with that customer; opened empty it brings back the user's draft, if any.
 */
public final class NewOrderScreen implements Screen {

    private final Desk desk;
    private final NewOrderViewModel viewModel;
    private final NewOrderView view;

    public NewOrderScreen(Desk desk, String customerCodeOrNull) {
        this.desk = desk;
        Services ordo = desk.services();
        this.viewModel = new NewOrderViewModel(ordo.customers(), ordo.orders(), ordo.orderEntry(), ordo.orderDrafts(),
                ordo.documents(), desk.texts(), desk.executor());
        viewModel.setNotifier(desk::notify);
        this.view = new NewOrderView(viewModel, ordo.access().allows(Permission.PRINT_ORDER_DOCUMENT), desk::openFile);
        if (customerCodeOrNull != null && !customerCodeOrNull.isBlank()) {
            viewModel.openFor(customerCodeOrNull.trim());
        } else {
            viewModel.restoreDraft();
        }
    }

    @Override
    public String title() {
        return desk.texts().get("entry.title");
    }

    @Override
    public Node content() {
        return view.root();
    }

    @Override
    public void focus() {
        view.focus();
    }

    @Override
    public void closed() {
        view.stop();
        String kept = viewModel.closing();
        if (kept != null) {
            desk.notify(kept); // Ctrl+W never leaves an order behind unsaid
        }
    }

    @Override
    public boolean hasUnconfirmedWork() {
        return viewModel.hasUnconfirmedWork();
    }

    /** The screen's state, for the desktop benchmark that times quotes as the user sees them. */
    public NewOrderViewModel viewModel() {
        return viewModel;
    }
}
