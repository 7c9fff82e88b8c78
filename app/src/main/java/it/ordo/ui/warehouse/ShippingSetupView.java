package it.ordo.ui.warehouse;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The administrator's tab of the Warehouse screen: GS1 prefix, SSCC extension digit and each warehouse's own
 * DDT series, with what each means written beside it, since they are set once and then printed on every label
 * and DDT.
 */
final class ShippingSetupView extends VBox {

    private final ShippingSetupViewModel model;
    private final Texts texts;
    private final GridPane series = new GridPane();
    private final TextField prefix = new TextField();

    ShippingSetupView(ShippingSetupViewModel model, Texts texts) {
        super(12);
        this.model = model;
        this.texts = texts;
        setPadding(new Insets(16));

        prefix.setId("shipping-gs1-prefix");
        prefix.setPrefColumnCount(12);
        prefix.textProperty().bindBidirectional(model.gs1PrefixProperty());
        TextField extension = new TextField();
        extension.setId("shipping-sscc-extension");
        extension.setPrefColumnCount(2);
        extension.setMaxWidth(60);
        extension.textProperty().bindBidirectional(model.extensionProperty());

        GridPane sscc = grid();
        sscc.addRow(0, new Label(texts.get("shipping.setup.gs1Prefix")), prefix,
                hint("shipping.setup.gs1Prefix.hint"));
        sscc.addRow(1, new Label(texts.get("shipping.setup.extension")), extension,
                hint("shipping.setup.extension.hint"));

        series.setHgap(10);
        series.setVgap(8);
        model.rows().addListener((javafx.collections.ListChangeListener<ShippingSetupViewModel.Row>) c -> rows());

        Button save = new Button(texts.get("shipping.setup.save"));
        save.setId("shipping-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("shipping-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            message.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });

        Label ssccTitle = title("shipping.setup.sscc");
        Label seriesTitle = title("shipping.setup.series");
        getChildren().addAll(ssccTitle, sscc, seriesTitle, hint("shipping.setup.series.hint"), series, save,
                message);
    }

    private void rows() {
        series.getChildren().clear();
        int i = 0;
        for (ShippingSetupViewModel.Row row : model.rows()) {
            TextField code = new TextField();
            code.setId("shipping-series-" + row.warehouse());
            code.setPrefColumnCount(8);
            code.setPromptText(texts.get("shipping.setup.series.company"));
            code.textProperty().bindBidirectional(row.series());
            series.addRow(i++, new Label(row.warehouse()), code);
        }
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private Label title(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private Label hint(String key) {
        Label label = new Label(texts.get(key));
        label.setWrapText(true);
        label.setMaxWidth(560);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    void focusPrefix() {
        prefix.requestFocus();
    }
}
