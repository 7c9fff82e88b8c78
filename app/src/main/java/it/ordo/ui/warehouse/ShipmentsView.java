package it.ordo.ui.warehouse;

import atlantafx.base.theme.Styles;
import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Shipments of a warehouse and day; the selected one's DDT, parcels, goods
 * and tracking on the right; reprints, and the carrier's manifest at the bottom.
 */
final class ShipmentsView extends BorderPane {

    private final TextField find = new TextField();
    private final ShipmentDetailView detail;

    ShipmentsView(ShipmentsViewModel model, Texts texts, ZoneId zone) {
        ComboBox<String> warehouse = new ComboBox<>(model.warehouses());
        warehouse.setId("shipments-warehouse");
        warehouse.valueProperty().bindBidirectional(model.warehouseProperty());
        DatePicker day = new DatePicker();
        day.setId("shipments-day");
        day.valueProperty().bindBidirectional(model.dayProperty());
        find.setId("shipments-find");
        find.setPromptText(texts.get("shipments.find"));
        find.setOnAction(e -> model.find(find.getText()));
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(e -> model.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(texts.get("warehouse.warehouse")), warehouse, day, refresh, spacer, find);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        TableView<ShipmentView> table = new TableView<>(model.rows());
        table.setId("shipments-table");
        table.setPlaceholder(new Label(texts.get("shipments.empty")));
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("warehouse.col.ddt"), ShipmentView::ddtNumber, 145),
                Columns.text(texts.get("warehouse.col.order"), ShipmentView::orderNumber, 145),
                Columns.text(texts.get("warehouse.col.customer"), s -> s.recipient().name(), 120),
                Columns.text(texts.get("warehouse.col.carrier"), s -> s.carrier() == null
                        ? texts.get("pack.carrier.own") : s.carrier().code(), 60),
                Columns.rightAligned(Columns.text(texts.get("warehouse.col.parcels"),
                        s -> Integer.toString(s.parcels().size()), 45)),
                Columns.rightAligned(Columns.text(texts.get("warehouse.col.weight"),
                        s -> texts.number(s.grossWeightKg()), 65)),
                Columns.text(texts.get("warehouse.col.status"), s -> s.cancelled()
                        ? texts.get("shipments.cancelled") : "", 80)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        detail = new ShipmentDetailView(texts, zone);
        model.selectedProperty().addListener((o, a, b) -> detail.show(b));
        Button ddt = new Button(texts.get("shipments.printDdt"), new FontIcon(Material2MZ.PRINT));
        ddt.setId("shipments-print-ddt");
        ddt.setOnAction(e -> model.printDdt());
        Button labels = new Button(texts.get("shipments.printLabels"), new FontIcon(Material2MZ.PRINT));
        labels.setId("shipments-print-labels");
        labels.setOnAction(e -> model.printLabels());
        ddt.disableProperty().bind(model.selectedProperty().isNull());
        labels.disableProperty().bind(model.selectedProperty().isNull());
        HBox reprint = new HBox(8, ddt, labels);
        reprint.setPadding(new Insets(8, 0, 0, 0));
        VBox right = new VBox(detail, reprint);
        right.setPadding(new Insets(8));
        VBox.setVgrow(detail, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.5);

        ComboBox<CarrierView> carrier = new ComboBox<>(model.carriers());
        carrier.setId("manifest-carrier");
        carrier.setConverter(new StringConverter<>() {
            @Override
            public String toString(CarrierView c) {
                return c == null ? "" : c.code() + " · " + c.name();
            }

            @Override
            public CarrierView fromString(String s) {
                return null;
            }
        });
        Button manifest = new Button(texts.get("shipments.manifest"), new FontIcon(Material2MZ.PRINT));
        manifest.setId("manifest-print");
        manifest.setOnAction(e -> model.printManifest(carrier.getValue()));
        Label message = new Label();
        message.setId("shipments-message");
        message.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, gap, new Label(texts.get("shipments.manifest.carrier")), carrier, manifest);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8));

        setTop(bar);
        setCenter(split);
        setBottom(bottom);
    }

    void focusFind() {
        find.requestFocus();
    }
}
