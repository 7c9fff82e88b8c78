package it.ordo.ui.warehouse;

import atlantafx.base.theme.Styles;
import it.ordo.application.fulfilment.CarrierView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The packing bench: one scan field that keeps the keyboard (a scanner types
 * the code and Enter), the answer in green or red below it, what is left to
 * pack and the parcels. F6 starts a new parcel, F9 ships.
 */
final class PackView extends BorderPane {

    private final TextField scan = new TextField();

    PackView(PackViewModel model, Texts texts) {
        scan.setId("pack-scan");
        scan.setPromptText(texts.get("pack.scan.prompt"));
        scan.getStyleClass().add(Styles.LARGE);
        HBox.setHgrow(scan, Priority.ALWAYS);
        scan.setOnAction(e -> {
            PackViewModel.Scan answer = model.scan(scan.getText());
            scan.clear();
            if (!answer.accepted()) {
                refusedSound();
            }
        });
        ComboBox<CarrierView> carrier = new ComboBox<>(model.carriers());
        carrier.setId("pack-carrier");
        carrier.valueProperty().bindBidirectional(model.carrierProperty());
        carrier.setConverter(new StringConverter<>() {
            @Override
            public String toString(CarrierView c) {
                return c == null ? texts.get("pack.carrier.own") : c.code() + " · " + c.name();
            }

            @Override
            public CarrierView fromString(String s) {
                return null;
            }
        });
        Button own = new Button(texts.get("pack.carrier.own"));
        own.setOnAction(e -> model.carrierProperty().set(null));
        own.getStyleClass().add(Styles.FLAT);
        HBox top = new HBox(8, new Label(texts.get("pack.scan.label")), scan, new Label(texts.get("pack.carrier")),
                carrier, own);
        top.setAlignment(Pos.CENTER_LEFT);

        Label answer = new Label();
        answer.setId("pack-answer");
        answer.setWrapText(true);
        answer.getStyleClass().add(Styles.TITLE_4);
        answer.textProperty().bind(model.messageProperty());
        model.lastScanProperty().addListener((o, was, now) -> {
            answer.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            answer.getStyleClass().add(now != null && now.accepted() ? Styles.SUCCESS : Styles.DANGER);
            answer.setGraphic(new FontIcon(now != null && now.accepted() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR));
        });
        Label order = new Label();
        order.setId("pack-order");
        order.getStyleClass().add(Styles.TEXT_BOLD);
        model.taskProperty().addListener((o, was, t) -> order.setText(t == null ? ""
                : texts.get("pack.order", t.orderNumber(), t.customerName(), t.shipTo())));
        VBox head = new VBox(6, top, answer, order);
        head.setPadding(new Insets(8));

        TableView<PackViewModel.Row> lines = new TableView<>(model.rows());
        lines.setId("pack-lines");
        lines.setPlaceholder(new Label(texts.get("pack.lines.empty")));
        lines.getColumns().addAll(List.of(
                Columns.text(texts.get("warehouse.col.sku"), r -> r.line().sku(), 110),
                Columns.text(texts.get("warehouse.col.ean"), r -> r.line().ean(), 130),
                Columns.text(texts.get("warehouse.col.description"), r -> r.line().description(), 260),
                Columns.text(texts.get("warehouse.col.bin"), r -> r.line().bin(), 80),
                Columns.rightAligned(Columns.text(texts.get("warehouse.col.toPack"), r -> texts.number(r.line().toPack()), 80)),
                Columns.rightAligned(packed(texts)),
                Columns.rightAligned(left(texts))));

        TableView<PackViewModel.Parcel> parcels = new TableView<>(model.parcels());
        parcels.setId("pack-parcels");
        parcels.setEditable(true);
        TableColumn<PackViewModel.Parcel, String> number = Columns.text(texts.get("warehouse.col.parcel"),
                p -> Integer.toString(p.number()), 60);
        TableColumn<PackViewModel.Parcel, String> contents = new TableColumn<>(texts.get("warehouse.col.contents"));
        contents.setCellValueFactory(c -> c.getValue().contentsProperty());
        contents.setPrefWidth(320);
        TableColumn<PackViewModel.Parcel, String> weight = new TableColumn<>(texts.get("warehouse.col.weight"));
        weight.setCellValueFactory(c -> c.getValue().weightProperty());
        weight.setCellFactory(TextFieldTableCell.forTableColumn());
        weight.setOnEditCommit(e -> model.weightTyped(e.getRowValue(), e.getNewValue()));
        weight.setPrefWidth(100);
        TableColumn<PackViewModel.Parcel, String> tracking = new TableColumn<>(texts.get("warehouse.col.tracking"));
        tracking.setCellValueFactory(c -> c.getValue().trackingProperty());
        tracking.setCellFactory(TextFieldTableCell.forTableColumn());
        tracking.setOnEditCommit(e -> e.getRowValue().trackingProperty().set(e.getNewValue()));
        tracking.setPrefWidth(180);
        parcels.getColumns().addAll(List.of(number, contents, weight, tracking));

        SplitPane split = new SplitPane(lines, parcels);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);

        Button newParcel = new Button(texts.get("pack.parcel.add"), new FontIcon(Material2AL.ADD_BOX));
        newParcel.setId("pack-new-parcel");
        newParcel.setOnAction(e -> {
            model.newParcel();
            scan.requestFocus();
        });
        CheckBox print = new CheckBox(texts.get("pack.print"));
        print.setId("pack-print");
        print.setSelected(true);
        print.selectedProperty().addListener((o, a, b) -> model.setPrintAfterShipping(b));
        Button ship = new Button(texts.get("pack.ship"), new FontIcon(Material2AL.LOCAL_SHIPPING));
        ship.setId("pack-ship");
        ship.getStyleClass().add(Styles.ACCENT);
        ship.disableProperty().bind(model.busyProperty().or(model.taskProperty().isNull()));
        ship.setOnAction(e -> {
            model.ship();
            scan.requestFocus();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, newParcel, spacer, print, ship);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8));

        setTop(head);
        setCenter(split);
        setBottom(bottom);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F6) {
                newParcel.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.F9 && !ship.isDisabled()) {
                ship.fire();
                e.consume();
            }
        });
        getStyleClass().add("ordo-pack");
    }

    private static TableColumn<PackViewModel.Row, String> packed(Texts texts) {
        TableColumn<PackViewModel.Row, String> c = new TableColumn<>(texts.get("warehouse.col.packed"));
        c.setCellValueFactory(cell -> {
            ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
            text.bind(cell.getValue().packedProperty().map(texts::number));
            return text.getReadOnlyProperty();
        });
        c.setPrefWidth(80);
        return c;
    }

    private static TableColumn<PackViewModel.Row, String> left(Texts texts) {
        TableColumn<PackViewModel.Row, String> c = new TableColumn<>(texts.get("warehouse.col.left"));
        c.setCellValueFactory(cell -> {
            ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
            text.bind(cell.getValue().packedProperty().map(p -> texts.number(cell.getValue().left())));
            return text.getReadOnlyProperty();
        });
        c.setPrefWidth(80);
        return c;
    }

    /** A refused scan is heard as well as seen: the packer is looking at the goods, not the screen. */
    private static void refusedSound() {
        if (!java.awt.GraphicsEnvironment.isHeadless()) {
            java.awt.Toolkit.getDefaultToolkit().beep();
        }
    }

    void focusScan() {
        scan.requestFocus();
    }
}
