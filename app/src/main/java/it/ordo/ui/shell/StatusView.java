package it.ordo.ui.shell;

import it.ordo.i18n.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The start window: connected database and the figures of orders, customers and products. Binds only. */
public final class StatusView extends BorderPane {

    public StatusView(StatusViewModel model, Texts texts) {
        Label title = new Label(texts.get("ui.app.title"));
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label subtitle = new Label(texts.get("ui.app.subtitle"));
        subtitle.setStyle("-fx-text-fill: #555;");

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        addRow(grid, 0, texts.get("ui.status.database"), model.databaseProperty());
        addRow(grid, 1, texts.get("ui.status.orders"), model.ordersProperty());
        addRow(grid, 2, texts.get("ui.status.customers"), model.customersProperty());
        addRow(grid, 3, texts.get("ui.status.products"), model.productsProperty());

        Button refresh = new Button(texts.get("ui.status.refresh"));
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.refresh());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-text-fill: #555;");
        HBox actions = new HBox(12, refresh, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(18, new VBox(4, title, subtitle), grid, actions);
        content.setPadding(new Insets(24));
        setCenter(content);
    }

    private static void addRow(GridPane grid, int row, String caption, javafx.beans.value.ObservableStringValue value) {
        Label name = new Label(caption);
        name.setStyle("-fx-font-weight: bold;");
        Label shown = new Label();
        shown.textProperty().bind(value);
        shown.setId("status-" + row);
        grid.addRow(row, name, shown);
    }
}
