package it.ordo.ui.customers;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The customer's last twelve months as small tiles, like the dashboard's: see {@link CustomerFiguresViewModel}. */
final class CustomerFiguresPane extends VBox {

    private static final double TILE_WIDTH = 180;

    CustomerFiguresPane(CustomerFiguresViewModel model, Texts texts) {
        super(6);
        setId("customer-figures");
        Label title = new Label(texts.get("customers.figures.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label period = new Label();
        period.getStyleClass().add(Styles.TEXT_MUTED);
        period.textProperty().bind(model.periodProperty());
        HBox heading = new HBox(10, title, period);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        // Tiles of one size, as on the dashboard, however many lines their detail takes.
        TilePane tiles = new TilePane(10, 10);
        tiles.setPrefColumns(6);
        tiles.setTileAlignment(javafx.geometry.Pos.TOP_LEFT);
        model.figures().addListener((ListChangeListener<CustomerFiguresViewModel.Figure>) c ->
                tiles.getChildren().setAll(model.figures().stream().map(CustomerFiguresPane::tile).toList()));
        tiles.getChildren().setAll(model.figures().stream().map(CustomerFiguresPane::tile).toList());
        Label message = new Label();
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(heading, tiles, message);
    }

    private static Node tile(CustomerFiguresViewModel.Figure f) {
        Label caption = new Label(f.caption());
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label value = new Label(f.value());
        value.setId("customer-figure-" + f.id());
        value.getStyleClass().addAll(Styles.TITLE_3, Columns.FIGURES);
        Label detail = new Label(f.detail());
        detail.getStyleClass().add(Styles.TEXT_SMALL);
        detail.setWrapText(true);
        // A width of its own, so the line under the figure wraps instead of ending in "…".
        detail.setPrefWidth(TILE_WIDTH - 16);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(2, caption, value, detail);
        box.getStyleClass().add("ordo-kpi-tile");
        box.setPadding(new Insets(8));
        box.setPrefWidth(TILE_WIDTH);
        return box;
    }
}
