package it.ordo.ui.warehouse;

import atlantafx.base.theme.Styles;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One shipment as the warehouse and the order desk read it: DDT, recipient
 * and destination, carrier, its parcels with weight and tracking, the goods.
 * Shown in the Shipments screen and under an order's detail.
 */
public final class ShipmentDetailView extends VBox {

    private final Texts texts;
    private final ZoneId zone;
    private final Label title = new Label();
    private final Label facts = new Label();
    private final TableView<ShipmentView.ParcelView> parcels = new TableView<>();
    private final TableView<ShipmentView.Line> lines = new TableView<>();
    private final Label tracking = new Label();
    private final TableView<ShipmentView.Event> events = new TableView<>();

    public ShipmentDetailView(Texts texts, ZoneId zone) {
        super(6);
        this.texts = texts;
        this.zone = zone;
        setId("shipment-detail");
        title.getStyleClass().add(Styles.TITLE_4);
        facts.setWrapText(true);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        parcels.setId("shipment-parcels");
        parcels.setPrefHeight(120);
        parcels.setMinHeight(130);
        parcels.getColumns().addAll(List.of(
                Columns.text(texts.get("warehouse.col.parcel"), p -> Integer.toString(p.parcelNo()), 60),
                Columns.rightAligned(Columns.text(texts.get("warehouse.col.weight"), p -> texts.number(p.weightKg()), 80)),
                Columns.text(texts.get("warehouse.col.tracking"), ShipmentView.ParcelView::trackingNumber, 150),
                Columns.text(texts.get("warehouse.col.sscc"), ShipmentView.ParcelView::sscc, 210)));
        lines.setId("shipment-lines");
        lines.getColumns().addAll(List.of(
                Columns.text(texts.get("warehouse.col.parcel"), l -> Integer.toString(l.parcelNo()), 60),
                Columns.text(texts.get("warehouse.col.sku"), ShipmentView.Line::sku, 100),
                Columns.text(texts.get("warehouse.col.description"), ShipmentView.Line::description, 220),
                Columns.rightAligned(Columns.text(texts.get("warehouse.col.quantity"),
                        l -> texts.number(l.quantity()) + " " + l.unit(), 90))));
        VBox.setVgrow(lines, Priority.ALWAYS);
        lines.setMinHeight(90);
        tracking.setId("shipment-tracking");
        tracking.setWrapText(true);
        tracking.getStyleClass().add(Styles.TEXT_BOLD);
        events.setId("shipment-events");
        events.setPrefHeight(170);
        events.setMinHeight(130);
        events.setPlaceholder(new Label(texts.get("tracking.none")));
        events.getColumns().addAll(List.of(
                Columns.text(texts.get("tracking.col.time"), e -> texts.dateTime(e.at().atZone(zone)), 140),
                Columns.text(texts.get("warehouse.col.parcel"), e -> Integer.toString(e.parcelNo()), 50),
                Columns.text(texts.get("tracking.col.state"), this::state, 170),
                Columns.text(texts.get("tracking.col.place"), ShipmentView.Event::place, 120),
                Columns.text(texts.get("tracking.col.text"), ShipmentView.Event::text, 200)));
        getChildren().addAll(title, facts, parcels, lines, tracking, events);
        show(null);
    }

    public void show(ShipmentView s) {
        if (s == null) {
            title.setText(texts.get("shipments.none"));
            facts.setText("");
            parcels.setItems(FXCollections.observableArrayList());
            lines.setItems(FXCollections.observableArrayList());
            tracking.setText("");
            events.setItems(FXCollections.observableArrayList());
            return;
        }
        title.setText(texts.get("shipments.title", s.ddtNumber(), s.orderNumber())
                + (s.cancelled() ? " · " + texts.get("shipments.cancelled") : ""));
        facts.setText(texts.get("shipments.facts", texts.dateTime(s.issuedAt().atZone(zone)), s.destination().name(),
                s.destination().address(), s.carrier() == null ? texts.get("pack.carrier.own") : s.carrier().name(),
                s.parcels().size(), texts.number(s.grossWeightKg()), s.shippedBy()));
        parcels.setItems(FXCollections.observableArrayList(s.parcels()));
        lines.setItems(FXCollections.observableArrayList(s.lines()));
        ShipmentView.Tracking t = s.tracking();
        tracking.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (t == null || t.status() == null) {
            tracking.setText(texts.get("tracking.state.none"));
        } else if (t.exceptionAt() != null) {
            tracking.setText(texts.get("tracking.state.exception", texts.dateTime(t.exceptionAt().atZone(zone)),
                    t.exceptionText() == null ? "" : t.exceptionText()));
            tracking.getStyleClass().add(Styles.DANGER);
        } else if (t.deliveredAt() != null) {
            tracking.setText(texts.get("tracking.state.delivered", texts.dateTime(t.deliveredAt().atZone(zone))));
            tracking.getStyleClass().add(Styles.SUCCESS);
        } else {
            tracking.setText(texts.get("tracking.state.latest", texts.get("tracking.status." + t.status().name()),
                    texts.dateTime(t.at().atZone(zone))));
        }
        events.setItems(FXCollections.observableArrayList(t == null ? List.of() : t.events()));
    }

    private String state(ShipmentView.Event e) {
        if (e.status() != null) {
            return texts.get("tracking.status." + e.status().name()) + " (" + e.carrierStatus() + ")";
        }
        return texts.get("tracking.sensor." + e.sensor().name(), texts.number(e.value()));
    }
}
