package it.ordo.ui.warehouse;

import atlantafx.base.theme.Styles;
import it.ordo.application.fulfilment.PickQueueRow;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The "to pick" queue: warehouse choice, the orders in the queue's order, start picking and print. */
final class PickQueueView extends BorderPane {

    private final TableView<PickQueueRow> table = new TableView<>();

    PickQueueView(PickQueueViewModel model, Texts texts) {
        ComboBox<String> warehouse = new ComboBox<>(model.warehouses());
        warehouse.setId("pick-warehouse");
        warehouse.valueProperty().bindBidirectional(model.warehouseProperty());
        Button start = new Button(texts.get("pick.queue.start"), new FontIcon(Material2MZ.PLAY_ARROW));
        start.setId("pick-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> model.startPicking(List.copyOf(table.getSelectionModel().getSelectedItems()), true));
        Button print = new Button(texts.get("pick.queue.print"), new FontIcon(Material2MZ.PRINT));
        print.setId("pick-print");
        print.setOnAction(e -> model.printPickList(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(e -> model.load());
        start.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(texts.get("warehouse.warehouse")), warehouse, refresh, spacer, print, start);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        table.setId("pick-table");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(texts.get("pick.queue.empty")));
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("warehouse.col.order"), PickQueueRow::orderNumber, 150),
                Columns.text(texts.get("warehouse.col.customer"), PickQueueRow::customerName, 240),
                Columns.text(texts.get("warehouse.col.tier"), r -> r.tier().name(), 60),
                Columns.text(texts.get("warehouse.col.priority"), r -> texts.get("pick.priority." + r.priority().name()), 90),
                Columns.text(texts.get("warehouse.col.promised"), r -> texts.date(r.promisedDate()), 110),
                Columns.text(texts.get("warehouse.col.status"), r -> texts.get("orders.status." + r.status().name()), 130),
                Columns.rightAligned(Columns.text(texts.get("warehouse.col.lines"), r -> Integer.toString(r.lines()), 70))));
        Label message = new Label();
        message.setId("pick-message");
        message.textProperty().bind(model.messageProperty());
        message.setGraphic(new FontIcon(Material2AL.INFO));
        message.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(table);
        setBottom(message);
    }

    void focusTable() {
        table.requestFocus();
    }
}
