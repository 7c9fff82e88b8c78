package it.ordo.ui.support;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.security.Permission;
import it.ordo.application.support.AttachmentFile;
import it.ordo.application.support.TicketRow;
import it.ordo.application.support.TicketView;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.PagedSearchControls;
import it.ordo.ui.Screen;
import it.ordo.ui.TypingPause;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Customer service's ticket queue: filters on top, the list on the left, the
 * open ticket on the right with its links (order, customer, product open
 * their screens), its thread, attachments, and the reply box.
 */
public final class TicketsScreen implements Screen {

    private final Desk desk;
    private final Texts texts;
    private final TicketsViewModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final BorderPane root = new BorderPane();
    private final TableView<TicketRow> table = new TableView<>();
    private final TextField searchField = new TextField();
    private final VBox detail = new VBox(10);
    private final boolean handles;

    public TicketsScreen(Desk desk) {
        this.desk = desk;
        this.texts = desk.texts();
        this.handles = desk.services().access().allows(Permission.HANDLE_TICKETS);
        this.model = new TicketsViewModel(desk.services().tickets(), texts, desk.executor(),
                desk.session().username(), TypingPause.onFxThread());

        Label title = new Label(texts.get("care.tickets.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        searchField.setId("tickets-search");
        searchField.setPromptText(texts.get("care.tickets.searchPrompt"));
        searchField.setPrefColumnCount(22);
        searchField.textProperty().bindBidirectional(model.textProperty());
        ComboBox<TicketStatus> status = enumBox("tickets-status", TicketStatus.values(), "care.ticket.status.",
                "care.tickets.anyStatus");
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<TicketPriority> priority = enumBox("tickets-priority", TicketPriority.values(),
                "care.ticket.priority.", "care.tickets.anyPriority");
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        CheckBox mine = new CheckBox(texts.get("care.tickets.mine"));
        mine.setId("tickets-mine");
        mine.selectedProperty().bindBidirectional(model.mineProperty());
        CheckBox overdue = new CheckBox(texts.get("care.tickets.overdue"));
        overdue.setId("tickets-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button create = new Button(texts.get("care.tickets.new"),
                new FontIcon(Material2AL.ADD));
        create.setId("tickets-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> ticketForm(null, null));
        create.setVisible(handles);
        create.setManaged(handles);
        // The search field gives way on a narrow window; the button and the filters' names stay whole.
        for (Region whole : List.of(create, mine, overdue)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox filters = new HBox(10, searchField, status, priority, mine, overdue, spacer, create,
                PagedSearchControls.pager(model.search(), texts, "care.page.previous", "care.page.next"));
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("tickets-table");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setItems(model.search().rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TicketRow, String> due = Columns.text(texts.get("care.tickets.col.due"), r -> at(r.dueAt()), 110);
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                TicketRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                Columns.emphasize(this, row != null && row.overdue() ? Columns.DANGER : null, true);
            }
        });
        table.getColumns().addAll(List.of(
                Columns.fitting(Columns.text(texts.get("care.tickets.col.number"), TicketRow::number, 0),
                        "TCK-2026-000000"),
                min(Columns.text(texts.get("care.tickets.col.customer"), TicketRow::customerName, 120), 90),
                min(Columns.text(texts.get("care.tickets.col.subject"), TicketRow::subject, 150), 110),
                Columns.wholeHeader(Columns.text(texts.get("care.tickets.col.priority"),
                        r -> texts.get("care.ticket.priority." + r.priority().name()), 70)),
                min(Columns.text(texts.get("care.tickets.col.status"),
                        r -> texts.get("care.ticket.status." + r.status().name()), 80), 70),
                Columns.text(texts.get("care.tickets.col.assignee"), r -> r.assignee() == null ? "" : r.assignee(), 60),
                min(due, 110)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                model.open(row == null ? null : row.number()));
        PagedSearchControls.searchField(searchField, model.search(), table);

        detail.setId("ticket-detail");
        detail.setPadding(new Insets(0, 0, 0, 12));
        model.ticketProperty().addListener((o, a, t) -> showTicket(t));
        showTicket(null);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);

        Label message = new Label();
        message.setId("tickets-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        VBox top = new VBox(10, title, filters);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(message);
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
        PagedSearchControls.listKeys(root, model.search(), searchField::requestFocus, model.search()::refresh);
    }

    /**
     * Asked from an order or a customer: the new-ticket form with them filled
     * in, for who may open tickets.
     */
    /** Only the tickets past their due time, as the Overdue box does (the dashboard's tile opens them). */
    public void showOverdue() {
        model.overdueProperty().set(true);
    }

    public void newTicket(String customerCode, String orderNumber) {
        if (!handles) {
            return;
        }
        // The tab was just put on screen: its content joins the window on the next pulse.
        if (root.getScene() == null) {
            javafx.application.Platform.runLater(() -> ticketForm(customerCode, orderNumber));
        } else {
            ticketForm(customerCode, orderNumber);
        }
    }

    /** The new-ticket form: whose, about which order, what kind, how urgent, and what the customer said. */
    private void ticketForm(String customerCode, String orderNumber) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(texts.get("care.tickets.new"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        TextField customer = new TextField(customerCode == null ? "" : customerCode);
        customer.setId("new-ticket-customer");
        customer.setPromptText(texts.get("care.tickets.new.customerPrompt"));
        TextField order = new TextField(orderNumber == null ? "" : orderNumber);
        order.setId("new-ticket-order");
        order.setPromptText(texts.get("care.tickets.new.orderPrompt"));
        ComboBox<TicketCategory> category = new ComboBox<>();
        category.setId("new-ticket-category");
        category.getItems().addAll(TicketCategory.values());
        category.setValue(TicketCategory.OTHER);
        category.setConverter(names("care.ticket.category."));
        ComboBox<TicketPriority> level = new ComboBox<>();
        level.setId("new-ticket-priority");
        level.getItems().addAll(TicketPriority.values());
        level.setValue(TicketPriority.NORMAL);
        level.setConverter(names("care.ticket.priority."));
        TextField subject = new TextField();
        subject.setId("new-ticket-subject");
        subject.setPromptText(texts.get("care.tickets.new.subjectPrompt"));
        TextArea said = new TextArea();
        said.setId("new-ticket-description");
        said.setPromptText(texts.get("care.tickets.new.descriptionPrompt"));
        said.setPrefRowCount(4);
        said.setWrapText(true);
        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane(8, 8);
        form.addRow(0, caption("care.tickets.new.customer"), customer);
        form.addRow(1, caption("care.tickets.new.order"), order);
        form.addRow(2, caption("care.tickets.new.category"), category);
        form.addRow(3, caption("care.tickets.new.priority"), level);
        form.addRow(4, caption("care.tickets.new.subject"), subject);
        form.addRow(5, caption("care.tickets.new.description"), said);
        javafx.scene.layout.GridPane.setHgrow(said, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("new-ticket-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.messageProperty());
        VBox content = new VBox(10, form, problem);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        javafx.scene.control.ButtonType open = new javafx.scene.control.ButtonType(texts.get("care.tickets.new.open"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, javafx.scene.control.ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(open);
        ok.setId("new-ticket-open");
        // The form stays open until the ticket exists, so a refusal is read and corrected in place.
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.create(customer.getText(), order.getText(), category.getValue(), level.getValue(),
                    subject.getText(), said.getText(), dialog::close);
        });
        dialog.show();
        (customer.getText().isEmpty() ? customer : subject).requestFocus();
    }

    /** A form's caption, never cut short: the field beside it gives way. */
    private Label caption(String key) {
        Label label = new Label(texts.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private <E extends Enum<E>> StringConverter<E> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : texts.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private static <T> TableColumn<T, String> min(TableColumn<T, String> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values, String prefix, String anyKey) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? texts.get(anyKey) : texts.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setPromptText(texts.get(anyKey));
        return box;
    }

    private String at(Instant instant) {
        return instant == null ? "" : texts.dateTime(instant.atZone(zone));
    }

    private void showTicket(TicketView t) {
        detail.getChildren().clear();
        if (t == null) {
            Label none = new Label(texts.get("care.tickets.pick"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(none);
            return;
        }
        Label number = new Label(t.number() + " · " + t.subject());
        number.setId("ticket-title");
        number.getStyleClass().add(Styles.TITLE_4);
        number.setWrapText(true);
        Hyperlink customer = new Hyperlink(t.customerCode() + " " + t.customerName());
        customer.setOnAction(e -> desk.navigator().openCustomer(t.customerCode()));
        Label state = new Label(texts.get("care.tickets.state", texts.get("care.ticket.status." + t.status().name()),
                texts.get("care.ticket.priority." + t.priority().name()),
                texts.get("care.ticket.category." + t.category().name()),
                t.assignee() == null ? texts.get("care.tickets.nobody") : t.assignee(), at(t.dueAt())));
        state.setId("ticket-state");
        state.setWrapText(true);
        if (t.overdue()) {
            state.getStyleClass().add(Styles.DANGER);
            state.setText(state.getText() + " · " + texts.get("care.tickets.isOverdue"));
        }
        detail.getChildren().addAll(number, customer, state);

        FlowPane links = new FlowPane(8, 4);
        for (TicketView.Link link : t.links()) {
            Hyperlink order = new Hyperlink(link.lineNo() == null ? link.orderNumber()
                    : texts.get("care.tickets.lineLink", link.orderNumber(), link.lineNo()));
            order.setOnAction(e -> desk.navigator().openOrder(link.orderNumber()));
            if (link.lineNo() == null) {
                order.setId("ticket-order-" + link.orderNumber());
            }
            links.getChildren().add(order);
            if (link.sku() != null) {
                Hyperlink product = new Hyperlink(link.sku() + " " + link.description());
                product.setOnAction(e -> desk.navigator().openStock(link.sku()));
                links.getChildren().add(product);
            }
        }
        if (!links.getChildren().isEmpty()) {
            detail.getChildren().addAll(section("care.tickets.links"), links);
        }

        detail.getChildren().add(section("care.tickets.thread"));
        VBox thread = new VBox(6);
        thread.setId("ticket-thread");
        for (TicketView.Entry entry : t.entries()) {
            Label head = new Label(texts.get("care.entry." + entry.kind().name(), entry.author(), at(entry.at())));
            head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label body = new Label(entry.body());
            body.setWrapText(true);
            VBox box = new VBox(2, head, body);
            box.getStyleClass().add("ordo-thread-entry");
            thread.getChildren().add(box);
        }
        detail.getChildren().add(thread);

        detail.getChildren().add(section("care.tickets.attachments"));
        VBox files = new VBox(2);
        for (TicketView.AttachmentInfo a : t.attachments()) {
            Hyperlink open = new Hyperlink(a.fileName() + " (" + texts.get("care.tickets.kb",
                    Math.max(1, a.sizeBytes() / 1024)) + ")", new FontIcon(Material2AL.ATTACH_FILE));
            open.setOnAction(e -> model.attachment(a.id(), this::show));
            files.getChildren().add(open);
        }
        detail.getChildren().add(files);

        if (handles) {
            Button attach = new Button(texts.get("care.tickets.attach"), new FontIcon(Material2AL.ATTACH_FILE));
            attach.setId("ticket-attach");
            attach.setOnAction(e -> chooseAttachment());
            TextArea draft = new TextArea();
            draft.setId("ticket-draft");
            draft.setPromptText(texts.get("care.tickets.draftPrompt"));
            draft.setPrefRowCount(4);
            draft.setWrapText(true);
            draft.textProperty().bindBidirectional(model.draftProperty());
            Button reply = new Button(texts.get("care.tickets.reply"), new FontIcon(Material2MZ.SEND));
            reply.setId("ticket-reply");
            reply.getStyleClass().add(Styles.ACCENT);
            reply.setOnAction(e -> model.reply());
            Button note = new Button(texts.get("care.tickets.note"), new FontIcon(Material2MZ.NOTE_ADD));
            note.setId("ticket-note");
            note.setOnAction(e -> model.note());
            ComboBox<TicketStatus> next = new ComboBox<>();
            next.setId("ticket-next-status");
            next.getItems().addAll(t.status().next());
            next.setConverter(new StringConverter<>() {
                @Override
                public String toString(TicketStatus s) {
                    return s == null ? "" : texts.get("care.ticket.status." + s.name());
                }

                @Override
                public TicketStatus fromString(String s) {
                    return null;
                }
            });
            next.setPromptText(texts.get("care.tickets.moveTo"));
            next.setOnAction(e -> model.changeStatus(next.getValue()));
            Button mine = new Button(texts.get("care.tickets.assignMe"));
            mine.setId("ticket-assign-me");
            mine.setOnAction(e -> model.assignToMe());
            for (Node n : new Node[] {attach, reply, note, next, mine}) {
                n.disableProperty().bind(model.busyProperty());
            }
            HBox writeActions = new HBox(8, reply, note);
            HBox ticketActions = new HBox(8, next, mine, attach);
            ticketActions.setAlignment(Pos.CENTER_LEFT);
            detail.getChildren().addAll(section("care.tickets.write"), draft, writeActions, ticketActions);
        }
    }

    private Label section(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private void chooseAttachment() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("care.tickets.attach"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("care.tickets.fileTypes"),
                "*.jpg", "*.jpeg", "*.png", "*.pdf"));
        var file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            desk.executor().run(() -> Files.readAllBytes(path), bytes -> model.attach(path.getFileName().toString(),
                    bytes), desk::showProblem);
        }
    }

    /** Saves an attachment to a temporary file of this workstation and opens it in the system's viewer. */
    private void show(AttachmentFile file) {
        desk.executor().run(() -> {
            Path dir = Files.createTempDirectory("ordo-attachment");
            Path target = dir.resolve(Path.of(file.fileName()).getFileName().toString());
            Files.write(target, file.content());
            target.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return target;
        }, desk::openFile, desk::showProblem);
    }

    @Override
    public String title() {
        return texts.get("ui.nav.tickets");
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void shown() {
        model.search().refresh();
    }

    @Override
    public void focus() {
        searchField.requestFocus();
    }

    @Override
    public void closed() {
        model.search().stopTyping();
    }
}
