package it.ordo.ui.support;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.notification.MailContent;
import it.ordo.application.notification.OutboxRow;
import it.ordo.application.security.Permission;
import it.ordo.domain.notification.MailStatus;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The mail outbox: messages by status, the text of the one selected, retry and send now. */
public final class OutboxScreen implements Screen {

    private final Texts texts;
    private final OutboxViewModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final BorderPane root = new BorderPane();
    private final TableView<OutboxRow> table = new TableView<>();

    public OutboxScreen(Desk desk) {
        this.texts = desk.texts();
        this.model = new OutboxViewModel(desk.services().mail(), texts, desk.executor());
        boolean sends = desk.services().access().allows(Permission.SEND_MAIL);

        Label title = new Label(texts.get("care.outbox.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<MailStatus> status = new ComboBox<>();
        status.setId("outbox-status");
        status.getItems().add(null);
        status.getItems().addAll(MailStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(MailStatus s) {
                return s == null ? texts.get("care.outbox.anyStatus") : texts.get("care.mail.status." + s.name());
            }

            @Override
            public MailStatus fromString(String s) {
                return null;
            }
        });
        status.setPromptText(texts.get("care.outbox.anyStatus"));
        status.valueProperty().bindBidirectional(model.statusProperty());
        Button retry = new Button(texts.get("care.outbox.retry"), new FontIcon(Material2MZ.REPLAY));
        retry.setId("outbox-retry");
        retry.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> {
            OutboxRow r = table.getSelectionModel().getSelectedItem();
            return r == null || (r.status() != MailStatus.FAILED && r.status() != MailStatus.SENDING);
        }, table.getSelectionModel().selectedItemProperty())));
        retry.setOnAction(e -> model.retry(table.getSelectionModel().getSelectedItem()));
        Button send = new Button(texts.get("care.outbox.sendNow"), new FontIcon(Material2MZ.SEND));
        send.setId("outbox-send");
        send.disableProperty().bind(model.busyProperty());
        send.setOnAction(e -> model.sendNow());
        retry.setVisible(sends);
        retry.setManaged(sends);
        send.setVisible(sends);
        send.setManaged(sends);
        Button refresh = new Button(texts.get("care.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, refresh, spacer, retry, send);
        if (desk.services().access().allows(Permission.CONFIGURE_MAIL)) {
            bar.getChildren().addAll(new Separator(Orientation.VERTICAL), setAside(desk.services().clock()));
        }
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("outbox-table");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<OutboxRow, String> state = Columns.text(texts.get("care.outbox.col.status"),
                r -> texts.get("care.mail.status." + r.status().name()), 80);
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                OutboxRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                Columns.emphasize(this, row == null ? null : switch (row.status()) {
                    case FAILED, SENDING -> Columns.DANGER;
                    case PENDING -> row.attempts() > 0 ? Columns.WARNING : null;
                    default -> null;
                }, true);
            }
        });
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("care.outbox.col.created"), r -> at(r.createdAt()), 120),
                Columns.text(texts.get("care.outbox.col.kind"), r -> texts.get("care.mail.kind." + r.kind().name()), 110),
                state,
                Columns.text(texts.get("care.outbox.col.customer"), OutboxRow::customerCode, 70),
                Columns.text(texts.get("care.outbox.col.about"), r -> r.ticketNumber() != null ? r.ticketNumber()
                        : r.orderNumber() == null ? "" : r.orderNumber(), 110),
                Columns.text(texts.get("care.outbox.col.recipient"), r -> r.recipient() == null ? "" : r.recipient(), 150),
                Columns.text(texts.get("care.outbox.col.subject"), r -> r.subject() == null ? "" : r.subject(), 180),
                Columns.text(texts.get("care.outbox.col.attempts"), r -> Integer.toString(r.attempts()), 50),
                Columns.text(texts.get("care.outbox.col.sent"), r -> at(r.sentAt()), 120)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> model.show(r));

        TextArea text = new TextArea();
        text.setId("outbox-content");
        text.setEditable(false);
        text.setWrapText(true);
        model.contentProperty().addListener((o, a, c) -> text.setText(c == null ? "" : describe(c)));
        SplitPane split = new SplitPane(table, text);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);

        Label message = new Label();
        message.setId("outbox-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox top = new VBox(10, title, bar);
        top.setPadding(new Insets(0, 0, 10, 0));
        BorderPane messages = new BorderPane(split);
        messages.setBottom(message);
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        if (desk.services().access().allows(Permission.CONFIGURE_MAIL)) {
            // The administrator writes what the customers read next to what they were sent.
            MailTemplatesPane templates = new MailTemplatesPane(desk);
            Tab sentTab = new Tab(texts.get("care.outbox.tab.messages"), messages);
            Tab templatesTab = new Tab(texts.get("care.outbox.tab.templates"), templates.content());
            templatesTab.setId("outbox-templates-tab");
            templatesTab.setOnSelectionChanged(e -> {
                if (templatesTab.isSelected()) {
                    templates.shown();
                }
            });
            TabPane tabs = new TabPane(sentTab, templatesTab);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            root.setCenter(tabs);
        } else {
            root.setCenter(messages);
        }
        root.setTop(top);
        root.setPadding(new Insets(16));
    }

    /** "Set aside what was written before …": the administrator's way out of a backlog nobody should receive. */
    private Node setAside(java.time.Clock clock) {
        DatePicker day = new DatePicker(LocalDate.now(clock).minusDays(1));
        day.setId("outbox-setaside-day");
        day.setPrefWidth(130);
        Button go = new Button(texts.get("care.outbox.setAside"), new FontIcon(Material2AL.ARCHIVE));
        go.setId("outbox-setaside");
        go.disableProperty().bind(model.busyProperty().or(day.valueProperty().isNull()));
        go.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, texts.get("care.outbox.setAside.confirm",
                    texts.date(day.getValue())), ButtonType.OK, ButtonType.CANCEL);
            ask.setHeaderText(null);
            ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
            ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.setAsideBefore(day.getValue()));
        });
        HBox box = new HBox(6, new Label(texts.get("care.outbox.setAside.before")), day, go);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** What the customer reads, or why there is nothing to read yet. */
    private String describe(MailContent c) {
        OutboxRow r = c.row();
        StringBuilder s = new StringBuilder();
        if (c.body() == null) {
            s.append(texts.get("care.outbox.notRendered"));
        } else {
            s.append(texts.get("care.outbox.to", r.recipient())).append('\n')
                    .append(texts.get("care.outbox.subject", r.subject())).append("\n\n").append(c.body());
        }
        if (r.lastError() != null) {
            s.append("\n\n").append(texts.get("care.outbox.lastError", r.lastError(), r.attempts(),
                    at(r.nextAttemptAt())));
        }
        return s.toString();
    }

    private String at(Instant instant) {
        return instant == null ? "" : texts.dateTime(instant.atZone(zone));
    }

    @Override
    public String title() {
        return texts.get("ui.nav.outbox");
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
