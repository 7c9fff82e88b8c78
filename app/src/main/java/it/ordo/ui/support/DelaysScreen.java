package it.ordo.ui.support;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.notification.DelayRow;
import it.ordo.application.security.Permission;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Orders whose date is a worry, the earliest promise first; a double click opens the order. */
public final class DelaysScreen implements Screen {

    private final Texts texts;
    private final DelaysViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DelayRow> table = new TableView<>();

    public DelaysScreen(Desk desk) {
        this.texts = desk.texts();
        this.model = new DelaysViewModel(desk.services().mail(), texts, desk.executor());
        ZoneId zone = ZoneId.systemDefault();

        Label title = new Label(texts.get("care.delays.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label(texts.get("care.delays.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        Button warn = new Button(texts.get("care.delays.warn"), new FontIcon(Material2AL.CAMPAIGN));
        warn.setId("delays-warn");
        warn.getStyleClass().add(Styles.ACCENT);
        warn.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        warn.setOnAction(e -> model.warn(table.getSelectionModel().getSelectedItem()));
        boolean sends = desk.services().access().allows(Permission.SEND_MAIL);
        warn.setVisible(sends);
        warn.setManaged(sends);
        Button open = new Button(texts.get("care.delays.open"), new FontIcon(Material2AL.LIST_ALT));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> desk.navigator().openOrder(table.getSelectionModel().getSelectedItem().orderNumber()));
        Button refresh = new Button(texts.get("care.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setOnAction(e -> model.refresh());
        HBox bar = new HBox(8, refresh, open, warn);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("delays-table");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DelayRow, String> why = Columns.text(texts.get("care.delays.col.why"),
                r -> texts.get("care.delay.why." + r.why().name()), 200);
        why.setMinWidth(Columns.textWidth(texts.get("care.delay.why.LATE")));
        why.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                DelayRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                Columns.emphasize(this, row == null ? null : row.why() == DelayRow.Why.LATE ? Columns.DANGER
                        : row.why() == DelayRow.Why.WARNED ? null : Columns.WARNING, true);
            }
        });
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("care.delays.col.order"), DelayRow::orderNumber, 120),
                Columns.text(texts.get("care.delays.col.customer"), DelayRow::customerName, 160),
                Columns.text(texts.get("care.delays.col.status"), r -> texts.get("orders.status." + r.status().name()),
                        90),
                Columns.text(texts.get("care.delays.col.requested"), r -> texts.date(r.requestedDate()), 100),
                Columns.text(texts.get("care.delays.col.promised"), r -> r.promisedDate() == null
                        ? texts.get("care.delays.noDate") : texts.date(r.promisedDate()), 100),
                why,
                Columns.text(texts.get("care.delays.col.warned"), r -> r.warnedAt() == null
                        ? texts.get("care.delays.never") : texts.dateTime(r.warnedAt().atZone(zone)), 130)));
        table.setRowFactory(t -> {
            TableRow<DelayRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    desk.navigator().openOrder(row.getItem().orderNumber());
                }
            });
            return row;
        });

        Label message = new Label();
        message.setId("delays-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox top = new VBox(8, title, explain, bar);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(message);
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
    }

    @Override
    public String title() {
        return texts.get("ui.nav.delays");
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public void focus() {
        table.requestFocus();
    }
}
