package it.ordo.ui.warehouse;

import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * The shipments of one order with their tracking, under the order's detail:
 * every role that sees the order sees where its goods are.
 */
public final class OrderShipmentsView extends SplitPane {

    private final FulfilmentService fulfilment;
    private final Texts texts;
    private final LatestTask loading;
    private final String orderNumber;
    private final TableView<ShipmentView> table = new TableView<>();
    private final Label empty;

    public OrderShipmentsView(FulfilmentService fulfilment, Texts texts, TaskExecutor executor, ZoneId zone,
                              String orderNumber) {
        this.fulfilment = fulfilment;
        this.texts = texts;
        this.loading = executor.latestOnly();
        this.orderNumber = orderNumber;
        setId("order-shipments");
        empty = new Label(texts.get("orders.shipments.none"));
        table.setPlaceholder(empty);
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("warehouse.col.ddt"), ShipmentView::ddtNumber, 140),
                Columns.text(texts.get("tracking.col.time"), s -> texts.dateTime(s.issuedAt().atZone(zone)), 140),
                Columns.text(texts.get("tracking.col.state"), this::state, 150)));
        ShipmentDetailView detail = new ShipmentDetailView(texts, zone);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.show(b));
        getItems().addAll(table, detail);
        setDividerPositions(0.4);
    }

    /** Asks again (the order was shown again, or a tracking file came in meanwhile). */
    public void load() {
        loading.run(() -> fulfilment.shipmentsOf(orderNumber), list -> {
            String was = table.getSelectionModel().getSelectedItem() == null ? null
                    : table.getSelectionModel().getSelectedItem().ddtNumber();
            table.getItems().setAll(list);
            list.stream().filter(s -> s.ddtNumber().equals(was)).findFirst()
                    .or(() -> list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(list.getLast()))
                    .ifPresent(s -> table.getSelectionModel().select(s));
        }, e -> empty.setText(Problems.describe(texts, e)));
    }

    private String state(ShipmentView s) {
        if (s.cancelled()) {
            return texts.get("shipments.cancelled");
        }
        ShipmentView.Tracking t = s.tracking();
        if (t == null || t.status() == null) {
            return "";
        }
        return texts.get("tracking.status." + (t.exceptionAt() != null ? "EXCEPTION" : t.status().name()));
    }
}
