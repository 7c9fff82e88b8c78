package it.ordo.ui.support;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.returns.CreditNote;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.ReturnView;
import it.ordo.application.security.Permission;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.reporting.ExportAction;
import it.ordo.ui.reporting.TableExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Returns and credit notes. Customer service authorises a return from an
 * order's shipped lines, or records the request and authorises or refuses it
 * later; the warehouse receives it and inspects each line (to stock,
 * quarantine or scrap); customer service closes it as the customer wished
 * (a credit numbers its credit note); accounting lists and exports the credit
 * notes of a period.
 */
public final class ReturnsScreen implements Screen {

    private final Desk desk;
    private final Texts texts;
    private final ReturnsViewModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final BorderPane root = new BorderPane();
    private final TableView<ReturnView> table = new TableView<>();
    private final TableView<ReturnView.Line> lines = new TableView<>();
    private final TextField customerField = new TextField();
    /** The return last selected or created, selected again when the list is read again. */
    private String worked;

    public ReturnsScreen(Desk desk) {
        this.desk = desk;
        this.texts = desk.texts();
        this.model = new ReturnsViewModel(desk.services().returns(), desk.services().orders(), texts, desk.executor(),
                LocalDate.now(desk.services().clock()));
        var access = desk.services().access();

        Label title = new Label(texts.get("care.returns.title"));
        title.getStyleClass().add(Styles.TITLE_3);

        customerField.setId("returns-customer");
        customerField.setPromptText(texts.get("care.returns.customerPrompt"));
        customerField.textProperty().bindBidirectional(model.customerProperty());
        customerField.setOnAction(e -> model.refresh());
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button create = new Button(texts.get("care.returns.new"), new FontIcon(Material2AL.ADD));
        create.setId("returns-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> returnForm(null));
        create.setVisible(access.allows(Permission.HANDLE_RETURNS));
        create.setManaged(create.isVisible());
        Button authorise = new Button(texts.get("care.returns.authoriseSelected"), new FontIcon(Material2AL.CHECK));
        authorise.setId("returns-authorise");
        authorise.disableProperty().bind(none.or(model.busyProperty()).or(inStatus(ReturnStatus.REQUESTED).not()));
        authorise.setOnAction(e -> selected().ifPresent(model::authorise));
        Button refuse = new Button(texts.get("care.returns.refuse"), new FontIcon(Material2AL.BLOCK));
        refuse.setId("returns-refuse");
        refuse.disableProperty().bind(authorise.disableProperty());
        refuse.setOnAction(e -> selected().ifPresent(this::refuse));
        for (Button b : List.of(authorise, refuse)) {
            b.setVisible(access.allows(Permission.HANDLE_RETURNS));
            b.setManaged(b.isVisible());
        }
        Button receive = new Button(texts.get("care.returns.receive"), new FontIcon(Material2MZ.MOVE_TO_INBOX));
        receive.setId("returns-receive");
        // An authorised return is received (and inspected at the bench); a received one has lines left to inspect.
        receive.textProperty().bind(Bindings.when(inStatus(ReturnStatus.RECEIVED))
                .then(texts.get("care.returns.inspect")).otherwise(texts.get("care.returns.receive")));
        receive.disableProperty().bind(none.or(model.busyProperty())
                .or(inStatus(ReturnStatus.AUTHORISED).or(inStatus(ReturnStatus.RECEIVED)).not()));
        receive.setOnAction(e -> selected().ifPresent(this::receive));
        receive.setVisible(access.allows(Permission.RECEIVE_RETURNS));
        receive.setManaged(receive.isVisible());
        Button credit = new Button(texts.get("care.returns.credit"), new FontIcon(Material2MZ.RECEIPT));
        credit.setId("returns-credit");
        credit.disableProperty().bind(none.or(model.busyProperty()).or(inStatus(ReturnStatus.INSPECTED).not()));
        credit.setOnAction(e -> selected().ifPresent(model::credit));
        credit.setVisible(access.allows(Permission.HANDLE_RETURNS));
        credit.setManaged(credit.isVisible());
        Button close = new Button(texts.get("care.returns.close"), new FontIcon(Material2AL.DONE_ALL));
        close.setId("returns-close");
        close.disableProperty().bind(none.or(model.busyProperty()).or(inStatus(ReturnStatus.INSPECTED).not()));
        close.setOnAction(e -> selected().ifPresent(model::close));
        close.setVisible(access.allows(Permission.HANDLE_RETURNS));
        close.setManaged(close.isVisible());
        // The warehouse scans the RMA barcode on the parcel's label: the return opens for receiving.
        TextField scan = new TextField();
        scan.setId("returns-scan");
        scan.setPromptText(texts.get("care.returns.scanPrompt"));
        scan.setOnAction(e -> {
            model.scanned(scan.getText(), this::receive);
            scan.clear();
        });
        scan.setVisible(access.allows(Permission.RECEIVE_RETURNS));
        scan.setManaged(scan.isVisible());
        Button pdf = new Button(texts.get("care.returns.creditNote"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.setId("returns-credit-note");
        pdf.disableProperty().bind(none.or(Bindings.createBooleanBinding(() ->
                selected().map(r -> r.creditNoteNumber() == null).orElse(true),
                table.getSelectionModel().selectedItemProperty(), table.getItems())));
        pdf.setOnAction(e -> selected().ifPresent(r -> openCreditNote(r.rmaNumber(), r.creditNoteNumber())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The list narrowed to the returns behind the dashboard's return rate, with the way back to every day.
        Label period = new Label();
        period.setId("returns-period");
        Button allDays = it.ordo.ui.PagedSearchControls.iconButton(org.kordamp.ikonli.material2.Material2AL.CLEAR,
                texts.get("care.returns.allDays"));
        allDays.setId("returns-all-days");
        allDays.setOnAction(e -> model.showAll());
        HBox periodBox = new HBox(4, period, allDays);
        periodBox.setAlignment(Pos.CENTER_LEFT);
        model.authorisedFromProperty().addListener((o, was, now) -> {
            period.setText(model.periodText());
            periodBox.setVisible(now != null);
        });
        periodBox.setVisible(false);
        periodBox.managedProperty().bind(periodBox.visibleProperty());
        customerField.visibleProperty().bind(periodBox.visibleProperty().not());
        customerField.managedProperty().bind(customerField.visibleProperty());
        HBox bar = new HBox(8, customerField, periodBox, scan, spacer, create, authorise, refuse, receive, credit, close,
                pdf);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("returns-table");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.fitting(Columns.text(texts.get("care.returns.col.rma"), ReturnView::rmaNumber, 0),
                        "RMA-2026-000000"),
                Columns.fitting(Columns.text(texts.get("care.returns.col.order"), ReturnView::orderNumber, 0),
                        "ORD-2026-000000"),
                Columns.text(texts.get("care.returns.col.customer"), ReturnView::customerName, 150),
                Columns.text(texts.get("care.returns.col.status"),
                        r -> texts.get("care.return.status." + r.status().name()), 90),
                Columns.wholeHeader(Columns.text(texts.get("care.returns.col.wish"),
                        r -> texts.get("care.return.wish." + r.wish().name()), 90)),
                Columns.fitting(Columns.text(texts.get("care.returns.col.created"), r -> at(r.createdAt()), 0),
                        at(LATE_IN_THE_YEAR)),
                Columns.rightAligned(Columns.text(texts.get("care.returns.col.credit"),
                        r -> texts.money(r.creditGross()), 90)),
                Columns.fitting(Columns.text(texts.get("care.returns.col.creditNote"),
                        r -> r.creditNoteNumber() == null ? "" : r.creditNoteNumber(), 0), "NC-2026-000000")));

        lines.setId("return-lines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().addAll(List.of(
                Columns.text(texts.get("care.returns.col.line"), l -> Integer.toString(l.lineNo()), 40),
                Columns.text(texts.get("care.returns.col.sku"), ReturnView.Line::sku, 90),
                Columns.text(texts.get("care.returns.col.description"), ReturnView.Line::description, 200),
                Columns.rightAligned(Columns.text(texts.get("care.returns.col.quantity"),
                        l -> texts.number(l.quantity()), 70)),
                Columns.text(texts.get("care.returns.col.outcome"), l -> l.outcome() == null ? ""
                        : texts.get("care.return.outcome." + l.outcome().name()), 100),
                Columns.rightAligned(Columns.text(texts.get("care.returns.col.net"), l -> texts.money(l.creditNet()),
                        90))));
        Label returnInfo = new Label();
        returnInfo.setId("return-info");
        returnInfo.setWrapText(true);
        // Its whole height: the request, authorisation, receipt and refund make two lines at 1366 px.
        returnInfo.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            lines.getItems().setAll(r == null ? List.of() : r.lines());
            returnInfo.setText(r == null ? "" : describe(r));
        });
        // The list is read again after every change: the return worked on stays selected.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                worked = r.rmaNumber();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<ReturnView>) c -> {
            if (worked != null && table.getSelectionModel().isEmpty()) {
                model.rows().stream().filter(r -> r.rmaNumber().equals(worked)).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        VBox lower = new VBox(6, returnInfo, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        BorderPane returnsPane = new BorderPane(split);
        returnsPane.setTop(bar);
        BorderPane.setMargin(bar, new Insets(8, 0, 8, 0));

        Tab returnsTab = new Tab(texts.get("care.returns.tab"), returnsPane);
        returnsTab.setClosable(false);
        Tab notesTab = new Tab(texts.get("care.returns.notesTab"), creditNotes());
        notesTab.setId("returns-notes-tab");
        notesTab.setClosable(false);
        notesTab.setOnSelectionChanged(e -> {
            if (notesTab.isSelected()) {
                model.refreshNotes();
            }
        });
        TabPane tabs = new TabPane(returnsTab, notesTab);
        // What returns left in quarantine, judged later by the warehouse.
        QuarantinePane quarantine = new QuarantinePane(new QuarantineViewModel(desk.services().returns(), texts,
                desk.executor()), texts, desk.services().access().allows(Permission.RECEIVE_RETURNS));
        Tab quarantineTab = new Tab(texts.get("care.quarantine.tab"), quarantine.content());
        quarantineTab.setId("returns-quarantine-tab");
        quarantineTab.setClosable(false);
        quarantineTab.setOnSelectionChanged(e -> {
            if (quarantineTab.isSelected()) {
                quarantine.shown();
            }
        });
        tabs.getTabs().add(quarantineTab);

        Label message = new Label();
        message.setId("returns-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        root.setTop(title);
        root.setCenter(tabs);
        root.setBottom(message);
        BorderPane.setMargin(title, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
    }

    /** True while the selected return is in {@code status}. */
    private BooleanBinding inStatus(ReturnStatus status) {
        return Bindings.createBooleanBinding(() -> selected().map(r -> r.status() == status).orElse(false),
                table.getSelectionModel().selectedItemProperty(), table.getItems());
    }

    private String describe(ReturnView r) {
        String s = texts.get("care.returns.describe", r.rmaNumber(), r.orderNumber(), r.reason(),
                r.createdBy(), texts.money(r.creditNet()), texts.money(r.creditVat()), texts.money(r.creditGross()));
        if (r.authorisedBy() != null) {
            s += " " + texts.get("care.returns.describeAuthorised", r.authorisedBy(), at(r.authorisedAt()));
        }
        if (r.refusedBy() != null) {
            s += " " + texts.get("care.returns.describeRefused", r.refusedBy(), at(r.refusedAt()), r.refusalReason());
        }
        if (r.receivedBy() != null) {
            s += " " + texts.get("care.returns.describeReceived", r.receivedBy(), at(r.receivedAt()));
        }
        if (r.inspectedBy() != null) {
            s += " " + texts.get("care.returns.describeInspected", r.inspectedBy(), at(r.inspectedAt()));
        }
        if (r.windowOverrideReason() != null) {
            s += " " + texts.get("care.returns.describeOverride", r.windowOverrideBy(), r.windowOverrideReason());
        }
        if (r.replacementOrderNumber() != null) {
            s += " " + texts.get("care.returns.describeReplacement", r.replacementOrderNumber());
        }
        if (r.closedBy() != null) {
            s += " " + texts.get("care.returns.describeClosed", r.closedBy(), at(r.closedAt()));
        }
        return s;
    }

    private Node creditNotes() {
        TableView<CreditNote> notes = new TableView<>(model.notes());
        notes.setId("credit-notes-table");
        notes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.getColumns().addAll(List.of(
                Columns.text(texts.get("care.notes.col.number"), CreditNote::number, 120),
                Columns.text(texts.get("care.notes.col.date"), n -> texts.date(n.date()), 90),
                Columns.text(texts.get("care.notes.col.customer"), CreditNote::customerName, 150),
                Columns.text(texts.get("care.notes.col.vatNumber"),
                        n -> n.customerVatNumber() == null ? "" : n.customerVatNumber(), 100),
                Columns.text(texts.get("care.notes.col.rma"), CreditNote::rmaNumber, 120),
                Columns.rightAligned(Columns.text(texts.get("care.notes.col.net"), n -> texts.money(n.net()), 90)),
                Columns.rightAligned(Columns.text(texts.get("care.notes.col.vat"), n -> texts.money(n.vat()), 80)),
                Columns.rightAligned(Columns.text(texts.get("care.notes.col.gross"), n -> texts.money(n.gross()), 90))));
        DatePicker from = new DatePicker();
        from.setId("notes-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("notes-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button(texts.get("care.notes.show"), new FontIcon(Material2MZ.REFRESH));
        show.setOnAction(e -> model.refreshNotes());
        Button pdf = new Button(texts.get("care.returns.creditNote"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.disableProperty().bind(notes.getSelectionModel().selectedItemProperty().isNull());
        pdf.setOnAction(e -> {
            CreditNote n = notes.getSelectionModel().getSelectedItem();
            openCreditNote(n.rmaNumber(), n.number());
        });
        ExportAction export = new ExportAction(desk, this::notesExport, texts.get("care.notes.fileName"));
        HBox bar = new HBox(8, new Label(texts.get("care.notes.from")), from, new Label(texts.get("care.notes.to")), to,
                show, pdf, export.controls());
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane pane = new BorderPane(notes);
        pane.setTop(bar);
        BorderPane.setMargin(bar, new Insets(8, 0, 8, 0));
        export.bindKey(pane);
        return pane;
    }

    /** Accounting's export: one row per credit note and VAT rate, as the VAT register wants it. */
    private TableExport<List<Object>> notesExport() {
        List<SheetColumn> columns = List.of(
                SheetColumn.of(texts.get("care.notes.col.number"), CellType.TEXT),
                SheetColumn.of(texts.get("care.notes.col.date"), CellType.DATE),
                SheetColumn.of(texts.get("care.notes.col.customerCode"), CellType.TEXT),
                SheetColumn.of(texts.get("care.notes.col.customer"), CellType.TEXT),
                SheetColumn.of(texts.get("care.notes.col.vatNumber"), CellType.TEXT),
                SheetColumn.of(texts.get("care.notes.col.rma"), CellType.TEXT),
                SheetColumn.of(texts.get("care.notes.col.order"), CellType.TEXT),
                SheetColumn.of(texts.get("care.notes.col.rate"), CellType.PERCENT),
                SheetColumn.of(texts.get("care.notes.col.net"), CellType.MONEY),
                SheetColumn.of(texts.get("care.notes.col.vat"), CellType.MONEY),
                SheetColumn.of(texts.get("care.notes.col.gross"), CellType.MONEY));
        List<List<Object>> rows = new ArrayList<>();
        for (CreditNote n : model.notes()) {
            for (CreditNote.Rate r : n.rates()) {
                rows.add(Arrays.asList(n.number(), n.date(), n.customerCode(), n.customerName(),
                        n.customerVatNumber(), n.rmaNumber(), n.orderNumber(), r.vatRate(), r.net(), r.vat(),
                        r.net().add(r.vat())));
            }
        }
        List<SheetLayout.Filter> filters = List.of(
                new SheetLayout.Filter(texts.get("care.notes.from"), String.valueOf(model.fromProperty().get())),
                new SheetLayout.Filter(texts.get("care.notes.to"), String.valueOf(model.toProperty().get())));
        return new TableExport<>(new SheetLayout(texts.get("care.notes.sheet"), columns, filters),
                TableExport.of(rows), r -> r);
    }

    private Optional<ReturnView> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /** A moment whose date and time are as wide as any in the list (two-digit day and hour). */
    private static final Instant LATE_IN_THE_YEAR = Instant.parse("2026-12-28T22:58:00Z");

    private String at(Instant instant) {
        return instant == null ? "" : texts.dateTime(instant.atZone(zone));
    }

    private void openCreditNote(String rmaNumber, String noteNumber) {
        model.creditNotePdf(rmaNumber, bytes -> desk.executor().run(() -> {
            Path file = Files.createTempFile(noteNumber + "-", ".pdf");
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        }, desk::openFile, desk::showProblem));
    }

    /**
     * Asked from an order (its lines in the form) or a customer (the list
     * narrowed to their returns, the form empty): the new-return form, for
     * who may authorise returns.
     */
    public void newReturn(String orderNumber, String customerCode) {
        if (!desk.services().access().allows(Permission.HANDLE_RETURNS)) {
            return;
        }
        if (orderNumber == null && customerCode != null) {
            model.customerProperty().set(customerCode);
            model.showAll(); // the customer's returns of any day
        }
        // The tab was just put on screen: its content joins the window on the next pulse.
        if (root.getScene() == null) {
            javafx.application.Platform.runLater(() -> returnForm(orderNumber));
        } else {
            returnForm(orderNumber);
        }
    }

    /** The new-return form: the order's lines with what comes back, the reason and the customer's wish. */
    private void returnForm(String orderNumber) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(texts.get("care.returns.new"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        TextField order = new TextField();
        order.setId("new-return-order");
        order.setPromptText(texts.get("care.returns.orderPrompt"));
        Button load = new Button(texts.get("care.returns.loadOrder"));
        load.setId("new-return-load");
        TextField ticket = new TextField();
        ticket.setId("new-return-ticket");
        ticket.setPromptText(texts.get("care.returns.ticketPrompt"));
        TextField reason = new TextField();
        reason.setId("new-return-reason");
        reason.setPromptText(texts.get("care.returns.reasonPrompt"));
        ComboBox<ReturnWish> wish = new ComboBox<>();
        wish.setId("new-return-wish");
        wish.getItems().addAll(ReturnWish.values());
        wish.setValue(ReturnWish.REFUND);
        wish.setConverter(converter("care.return.wish."));
        TextField override = new TextField();
        override.setId("new-return-override");
        override.setPromptText(texts.get("care.returns.overridePrompt"));
        boolean manager = desk.services().access().allows(Permission.MANAGE_RETURN_WINDOW);
        override.setVisible(manager);
        override.setManaged(manager);

        TableView<ReturnsViewModel.DraftLine> draft = new TableView<>();
        draft.setId("new-return-lines");
        draft.setEditable(true);
        draft.setPrefHeight(200);
        draft.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReturnsViewModel.DraftLine, String> qty = new TableColumn<>(texts.get("care.returns.col.returnQty"));
        qty.setCellValueFactory(c -> c.getValue().quantityProperty());
        qty.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        qty.setEditable(true);
        qty.setSortable(false);
        qty.setPrefWidth(90);
        draft.getColumns().addAll(List.of(
                Columns.text(texts.get("care.returns.col.line"), d -> Integer.toString(d.line().lineNo()), 40),
                Columns.text(texts.get("care.returns.col.sku"), d -> d.line().sku(), 80),
                Columns.text(texts.get("care.returns.col.description"), d -> d.line().description(), 180),
                Columns.rightAligned(Columns.text(texts.get("care.returns.col.sold"),
                        d -> texts.number(d.line().quantity()), 60)),
                qty));
        load.setOnAction(e -> model.loadOrder(order.getText(), draft.getItems()::setAll));
        order.setOnAction(e -> load.fire());

        GridPane form = new GridPane(8, 8);
        form.addRow(0, new Label(texts.get("care.returns.order")), new HBox(6, order, load));
        form.addRow(1, new Label(texts.get("care.returns.ticket")), ticket);
        form.addRow(2, new Label(texts.get("care.returns.reason")), reason);
        form.addRow(3, new Label(texts.get("care.returns.wish")), wish);
        if (manager) {
            form.addRow(4, new Label(texts.get("care.returns.override")), override);
        }
        Label hint = new Label(texts.get("care.returns.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("new-return-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.messageProperty());
        VBox content = new VBox(10, form, hint, draft, problem);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        ButtonType authorise = new ButtonType(texts.get("care.returns.authorise"), ButtonBar.ButtonData.OK_DONE);
        ButtonType requestOnly = new ButtonType(texts.get("care.returns.requestOnly"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(authorise, requestOnly, ButtonType.CANCEL);
        // The dialog stays open until the return is written, so a refusal is read and corrected in place.
        for (ButtonType type : List.of(authorise, requestOnly)) {
            Button ok = (Button) dialog.getDialogPane().lookupButton(type);
            ok.setId(type == authorise ? "new-return-authorise" : "new-return-request");
            ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume();
                draft.edit(-1, null);
                model.create(order.getText(), ticket.getText(), reason.getText(), wish.getValue(),
                        List.copyOf(draft.getItems()), override.getText(), type == authorise, done -> {
                            dialog.close();
                            worked = done.rmaNumber();
                        });
            });
        }
        dialog.show();
        if (orderNumber != null) {
            order.setText(orderNumber);
            load.fire();
            reason.requestFocus();
        } else {
            order.requestFocus();
        }
    }

    /**
     * The receiving form of an authorised return, or the inspection form of a received one: each line not yet
     * inspected back to stock (the usual), into quarantine, to scrap, or left for later.
     */
    private void receive(ReturnView r) {
        boolean inspecting = r.status() == ReturnStatus.RECEIVED;
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(texts.get(inspecting ? "care.returns.inspectTitle" : "care.returns.receiveTitle",
                r.rmaNumber()));
        dialog.initOwner(root.getScene().getWindow());
        GridPane grid = new GridPane(10, 8);
        List<ReturnView.Line> open = r.lines().stream().filter(l -> l.outcome() == null).toList();
        List<ComboBox<ReturnOutcome>> boxes = new ArrayList<>();
        int row = 0;
        for (ReturnView.Line l : open) {
            ComboBox<ReturnOutcome> box = new ComboBox<>();
            box.setId("receive-outcome-" + l.lineNo());
            // null: the line waits for a later inspection (a technician, a supplier's opinion).
            box.getItems().add(null);
            box.getItems().addAll(ReturnOutcome.values());
            box.setValue(ReturnOutcome.RESTOCK);
            box.setConverter(converter("care.return.outcome.", "care.returns.inspectLater"));
            // The default cells show nothing for null: these name it, in the list and (as the prompt) when chosen.
            box.setPromptText(texts.get("care.returns.inspectLater"));
            javafx.util.Callback<javafx.scene.control.ListView<ReturnOutcome>,
                    javafx.scene.control.ListCell<ReturnOutcome>> cells = v -> new javafx.scene.control.ListCell<>() {
                        @Override
                        protected void updateItem(ReturnOutcome item, boolean empty) {
                            super.updateItem(item, empty);
                            setText(empty ? null : box.getConverter().toString(item));
                        }
                    };
            box.setCellFactory(cells);
            boxes.add(box);
            grid.addRow(row++, new Label(l.lineNo() + " · " + l.sku() + " " + l.description()),
                    new Label(texts.number(l.quantity())), box);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType receive = new ButtonType(texts.get(inspecting ? "care.returns.inspect" : "care.returns.receive"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(receive, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(receive).setId("receive-confirm");
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == receive) {
                List<LineOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < open.size(); i++) {
                    if (boxes.get(i).getValue() != null) {
                        outcomes.add(new LineOutcome(open.get(i).lineNo(), boxes.get(i).getValue()));
                    }
                }
                model.receive(r, outcomes);
            }
        });
        dialog.show();
    }

    /** Asks why the return is refused; the reason goes to the customer. */
    private void refuse(ReturnView r) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.setTitle(texts.get("care.returns.refuseTitle", r.rmaNumber()));
        dialog.setHeaderText(texts.get("care.returns.refuseHeader"));
        dialog.setContentText(texts.get("care.returns.refusePrompt"));
        dialog.getEditor().setId("refuse-reason");
        dialog.getEditor().setPrefColumnCount(40);
        dialog.initOwner(root.getScene().getWindow());
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("refuse-confirm");
        dialog.resultProperty().addListener((o, was, reason) -> {
            if (reason != null) {
                model.refuse(r, reason);
            }
        });
        dialog.show();
    }

    private <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return converter(prefix, null);
    }

    /** Names the values through {@code prefix}; null by {@code nullKey} (empty when none). */
    private <E extends Enum<E>> StringConverter<E> converter(String prefix, String nullKey) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? (nullKey == null ? "" : texts.get(nullKey)) : texts.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    /** Only the returns authorised on these days: the list behind the dashboard's return rate. */
    public void showAuthorised(LocalDate from, LocalDate to) {
        model.showAuthorised(from, to);
    }

    @Override
    public String title() {
        return texts.get("ui.nav.returns");
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
