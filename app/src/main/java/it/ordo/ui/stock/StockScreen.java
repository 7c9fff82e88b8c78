package it.ordo.ui.stock;

import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.reporting.ListExports;
import it.ordo.ui.reporting.ExportJob;
import it.ordo.ui.reporting.ExportAction;
import javafx.scene.Node;

/**
 * Stock per product and warehouse, refreshed every few seconds while the tab
 * is visible, with the orders and supply behind the selected row. Needs VIEW_STOCK.
 */
public final class StockScreen implements Screen {

    private final Desk desk;
    private final StockViewModel model;
    private StockView view;

    public StockScreen(Desk desk) {
        this.desk = desk;
        this.model = new StockViewModel(desk.services().inventory(), desk.texts(), desk.executor());
        model.load();
    }

    @Override
    public String title() {
        return desk.texts().get("stock.title");
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new StockView(model, desk.texts(), number -> desk.navigator().openOrder(number));
            view.startAutoRefresh();
            ExportAction export = new ExportAction(desk, () -> ListExports.stock(desk.services().inventory(),
                    desk.texts(), model.query(0, ExportJob.PAGE)), desk.texts().get("export.sheet.stock"));
            view.addTool(export.controls());
            export.bindKey(view);
        }
        return view;
    }

    @Override
    public void shown() {
        content();
        model.refresh();
    }

    @Override
    public void focus() {
        content();
        view.focusSearch();
    }

    @Override
    public void closed() {
        if (view != null) {
            view.stopAutoRefresh();
        }
    }

    /** Drill-down from an order line: filter on this SKU and select its first row. */
    public void showProduct(String sku) {
        model.showProduct(sku);
    }
}
