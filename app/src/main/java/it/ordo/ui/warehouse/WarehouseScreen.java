package it.ordo.ui.warehouse;

import it.ordo.application.Services;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The warehouse's place on the desktop: To pick, Pack, Shipments (with the
 * day's manifests), this workstation's Printers and, for an administrator,
 * the company's Shipping settings (SSCC, DDT series), one tab each. Needs
 * FULFIL_ORDER. The warehouse list is asked once, in the background.
 */
public final class WarehouseScreen implements Screen {

    private final Desk desk;
    private final WarehousePaper paper;
    private final PickQueueViewModel pick;
    private final PackViewModel pack;
    private final ShipmentsViewModel shipments;
    private TabPane tabs;
    private PickQueueView pickView;
    private PackView packView;
    private ShipmentsView shipmentsView;
    /** The administrator's settings tab; absent for who may not change them (SET_UP). */
    private final ShippingSetupViewModel setup;
    private ShippingSetupView setupView;

    public WarehouseScreen(Desk desk) {
        this(desk, WarehousePrinters.preferences(), List.of());
        desk.executor().run(() -> desk.services().inventory().filters().warehouses(), codes -> {
            pick.setWarehouses(codes);
            shipments.setWarehouses(codes);
        }, desk::showProblem);
    }

    /** With the printer choice held elsewhere (tests) and the warehouses known. */
    public WarehouseScreen(Desk desk, WarehousePrinters.Store printers, List<String> warehouses) {
        this.desk = desk;
        Services ordo = desk.services();
        this.paper = new WarehousePaper(ordo.shippingDocuments(), printers, desk.executor(), desk.texts());
        paper.listen(desk::notify, desk::openFile, desk::showProblem);
        this.pick = new PickQueueViewModel(ordo.fulfilment(), paper, desk.texts(), desk.executor(), warehouses);
        pick.setNotifier(desk::notify);
        this.pack = new PackViewModel(ordo.fulfilment(), paper, desk.texts(), desk.executor());
        pack.setNotifier(desk::notify);
        this.shipments = new ShipmentsViewModel(ordo.fulfilment(), paper, desk.texts(), desk.executor(), warehouses,
                LocalDate.now(ordo.clock()));
        this.setup = ordo.access().allows(it.ordo.application.security.Permission.SET_UP)
                ? new ShippingSetupViewModel(ordo.fulfilment(), () -> ordo.inventory().filters().warehouses(),
                desk.texts(), desk.executor()) : null;
    }

    @Override
    public String title() {
        return desk.texts().get("warehouse.title");
    }

    @Override
    public Node content() {
        if (tabs == null) {
            pickView = new PickQueueView(pick, desk.texts());
            packView = new PackView(pack, desk.texts());
            shipmentsView = new ShipmentsView(shipments, desk.texts(), desk.services().clock().getZone());
            Tab toPick = new Tab(desk.texts().get("warehouse.tab.pick"), pickView);
            toPick.setId("warehouse-tab-pick");
            Tab packing = new Tab(desk.texts().get("warehouse.tab.pack"), packView);
            packing.setId("warehouse-tab-pack");
            Tab shipped = new Tab(desk.texts().get("warehouse.tab.shipments"), shipmentsView);
            shipped.setId("warehouse-tab-shipments");
            Tab printers = new Tab(desk.texts().get("warehouse.tab.printers"),
                    new PrintersView(paper.printers(), desk.texts(), desk.executor(), desk::notify));
            printers.setId("warehouse-tab-printers");
            tabs = new TabPane(toPick, packing, shipped, printers);
            if (setup != null) {
                setupView = new ShippingSetupView(setup, desk.texts());
                Tab settings = new Tab(desk.texts().get("warehouse.tab.setup"), setupView);
                settings.setId("warehouse-tab-setup");
                tabs.getTabs().add(settings);
            }
            tabs.setId("warehouse-tabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                shown();
                focus();
            });
            pack.loadCarriers();
            shipments.loadCarriers();
        }
        return tabs;
    }

    @Override
    public void shown() {
        content();
        switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 0 -> pick.load();
            case 2 -> shipments.load();
            case 4 -> setup.load();
            default -> { }
        }
    }

    @Override
    public void focus() {
        content();
        switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 0 -> pickView.focusTable();
            case 1 -> packView.focusScan();
            case 2 -> shipmentsView.focusFind();
            case 4 -> setupView.focusPrefix();
            default -> { }
        }
    }

    /** Brings a tab forward: 0 To pick, 1 Pack, 2 Shipments, 3 Printers, 4 Shipping settings (administrators). */
    public void select(int tab) {
        content();
        tabs.getSelectionModel().select(tab);
    }

    public PickQueueViewModel pick() {
        return pick;
    }

    public PackViewModel pack() {
        return pack;
    }

    /** The settings tab's model, or null for a user who may not change the settings. */
    public ShippingSetupViewModel setup() {
        return setup;
    }

    public ShipmentsViewModel shipments() {
        return shipments;
    }
}
