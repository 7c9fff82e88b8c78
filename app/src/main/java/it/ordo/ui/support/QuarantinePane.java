package it.ordo.ui.support;

import it.ordo.application.returns.QuarantineRow;
import it.ordo.domain.returns.QuarantineDecision;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Quarantine tab of Returns: see {@link QuarantineViewModel}; the actions only for who receives returns. */
final class QuarantinePane {

    private final BorderPane root = new BorderPane();
    private final QuarantineViewModel model;

    QuarantinePane(QuarantineViewModel model, Texts texts, boolean settles) {
        this.model = model;
        TableView<QuarantineRow> table = new TableView<>(model.rows());
        table.setId("quarantine-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("care.quarantine.col.sku"), QuarantineRow::sku, 90),
                Columns.text(texts.get("care.quarantine.col.description"), QuarantineRow::description, 220),
                Columns.text(texts.get("care.quarantine.col.warehouse"), QuarantineRow::warehouse, 80),
                Columns.rightAligned(Columns.text(texts.get("care.quarantine.col.quantity"),
                        r -> texts.number(r.quantity()), 90)),
                Columns.rightAligned(Columns.text(texts.get("care.quarantine.col.value"),
                        r -> texts.money(r.value()), 100))));
        root.setCenter(table);
        if (settles) {
            TextField qty = new TextField();
            qty.setId("quarantine-qty");
            qty.setPromptText(texts.get("care.quarantine.qty"));
            qty.setPrefColumnCount(6);
            qty.textProperty().bindBidirectional(model.quantityProperty());
            TextField note = new TextField();
            note.setId("quarantine-note");
            note.setPromptText(texts.get("care.quarantine.note"));
            note.setPrefColumnCount(24);
            note.textProperty().bindBidirectional(model.noteProperty());
            Button release = new Button(texts.get("care.quarantine.release"), new FontIcon(Material2MZ.UNARCHIVE));
            release.setId("quarantine-release");
            Button scrap = new Button(texts.get("care.quarantine.scrap"), new FontIcon(Material2AL.DELETE_FOREVER));
            scrap.setId("quarantine-scrap");
            for (Button b : List.of(release, scrap)) {
                b.disableProperty().bind(model.busyProperty()
                        .or(table.getSelectionModel().selectedItemProperty().isNull()));
            }
            release.setOnAction(e -> model.settle(table.getSelectionModel().getSelectedItem(),
                    QuarantineDecision.RELEASE));
            scrap.setOnAction(e -> model.settle(table.getSelectionModel().getSelectedItem(), QuarantineDecision.SCRAP));
            HBox bar = new HBox(8, new Label(texts.get("care.quarantine.qty")), qty, note, release, scrap);
            bar.setAlignment(Pos.CENTER_LEFT);
            root.setBottom(bar);
            BorderPane.setMargin(bar, new Insets(8, 0, 0, 0));
        }
        Label message = new Label();
        message.setId("quarantine-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root.setTop(message);
        BorderPane.setMargin(message, new Insets(4, 0, 4, 0));
    }

    void shown() {
        model.refresh();
    }

    Node content() {
        return root;
    }
}
