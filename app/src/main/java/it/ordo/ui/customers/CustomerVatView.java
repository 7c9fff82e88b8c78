package it.ordo.ui.customers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.customer.VatService.CustomerVat;
import it.ordo.application.customer.VatService.DeclarationView;
import it.ordo.domain.order.VatTreatment;
import it.ordo.i18n.Texts;
import it.ordo.ui.Columns;
import it.ordo.ui.customers.CustomerVatViewModel.Field;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The customer's VAT tab: on the left who it is for tax purposes and how its orders are taxed (treatment, nature
 * code, legal wording, VIES record); on the right its declarations of intent and the form for a new one. Binds
 * only; the position part is rebuilt each time the view model loads.
 */
final class CustomerVatView extends ScrollPane {

    private final CustomerVatViewModel model;
    private final Texts texts;
    private final VBox position = new VBox(8);

    CustomerVatView(CustomerVatViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        setId("customer-vat");
        setFitToWidth(true);

        Label done = new Label();
        done.setId("customer-vat-done");
        done.textProperty().bind(model.doneProperty());
        done.getStyleClass().add(Styles.SUCCESS);
        done.setWrapText(true);
        shownWhenText(done);
        Label message = new Label();
        message.setId("customer-vat-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        shownWhenText(message);

        Node declarations = declarations();
        HBox columns = new HBox(24, position, declarations);
        HBox.setHgrow(position, Priority.ALWAYS);
        HBox.setHgrow(declarations, Priority.ALWAYS);
        // The declarations' table wants its columns whole: it gets the larger share of the width.
        position.setMinWidth(300);
        position.setPrefWidth(340);
        ((Region) declarations).setMinWidth(560);
        ((Region) declarations).setPrefWidth(800);
        VBox box = new VBox(8, message, done, columns);
        box.setPadding(new Insets(8, 12, 8, 12));
        setContent(box);

        model.positionProperty().addListener((o, a, p) -> show(p));
        show(model.positionProperty().get());
    }

    // --- who the customer is and how its orders are taxed

    private void show(CustomerVat p) {
        if (p == null) {
            return;
        }
        GridPane grid = grid();
        int row = 0;
        row(grid, row++, "customers.vat.kind", texts.get("cli.customer.kind." + p.kind().name()), "customer-vat-kind");
        row(grid, row++, "customers.vat.vatNumber", p.vatNumber(), "customer-vat-number");
        row(grid, row++, "customers.vat.fiscalCode", p.fiscalCode(), "customer-vat-fiscal-code");
        VatTreatment t = p.treatment();
        Label treatment = row(grid, row++, "customers.vat.treatment", texts.get(t.labelKey()), "customer-vat-treatment");
        treatment.getStyleClass().add(Styles.TEXT_BOLD);
        row(grid, row++, "customers.vat.nature", t.natureCode(), "customer-vat-nature");
        row(grid, row++, "customers.vat.law", t.lawReference(), "customer-vat-law");
        String note = texts.get(t.noteKey(), p.reference() == null ? "" : p.reference());
        row(grid, row++, "customers.vat.wording", note, "customer-vat-wording");
        if (t == VatTreatment.SPLIT_PAYMENT) {
            row(grid, row++, "customers.vat.officeCode", p.reference(), "customer-vat-office");
        }
        Label title = new Label(texts.get("customers.vat.position"));
        title.getStyleClass().add(Styles.TITLE_4);
        position.getChildren().setAll(title, grid);

        // Why the treatment is not the one the kind suggests (VIES missing, goods staying in Italy...).
        if (!p.notes().isEmpty()) {
            Label why = new Label(texts.render(p.notes()));
            why.setId("customer-vat-notes");
            why.setWrapText(true);
            why.setGraphic(new FontIcon(Material2AL.INFO));
            why.getStyleClass().add(Styles.WARNING);
            position.getChildren().add(why);
        }
        if (p.kind() == it.ordo.domain.customer.CustomerKind.EU_BUSINESS) {
            position.getChildren().add(vies(p));
        }
    }

    private Node vies(CustomerVat p) {
        Label title = new Label(texts.get("customers.vat.vies"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label state = new Label(p.viesConfirmedAt() == null ? texts.get("customers.vat.vies.none", p.vatNumber())
                : texts.get("customers.vat.vies.confirmed", p.viesConfirmedBy(),
                        texts.dateTime(p.viesConfirmedAt().atZone(ZoneId.systemDefault()))));
        state.setId("customer-vat-vies-state");
        state.setWrapText(true);
        if (p.viesConfirmedAt() == null) {
            state.getStyleClass().add(Styles.WARNING);
        }
        Button confirm = new Button(texts.get("customers.vat.vies.confirm"), new FontIcon(Material2MZ.VERIFIED_USER));
        confirm.setId("customer-vat-vies-confirm");
        confirm.setTooltip(new Tooltip(texts.get("customers.vat.vies.confirm.tooltip")));
        confirm.setOnAction(e -> model.confirmVies());
        confirm.disableProperty().bind(model.busyProperty());
        // Hidden, not just disabled, for a role that may not record it.
        confirm.visibleProperty().bind(model.viesOfferedProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        return new VBox(6, title, state, confirm);
    }

    // --- declarations of intent

    private Node declarations() {
        Label title = new Label(texts.get("customers.vat.declarations"));
        title.getStyleClass().add(Styles.TITLE_4);
        TableView<DeclarationView> table = new TableView<>(model.declarations());
        table.setId("customer-vat-declarations");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setPlaceholder(new Label(texts.get("customers.vat.declarations.empty")));
        // The protocol, dates and amounts are read whole (the protocol is 17 digits, a dash and 6): never cut.
        String date = texts.date(java.time.LocalDate.of(2026, 12, 31));
        String amount = texts.money(new java.math.BigDecimal("100000.00"));
        TableColumn<DeclarationView, String> protocol = Columns.text(texts.get("customers.vat.col.protocol"),
                DeclarationView::protocol, 190);
        table.getColumns().add(whole(protocol, "26011512345678901-000042", 24));
        protocol.setMaxWidth(protocol.getMinWidth());
        table.getColumns().add(whole(Columns.text(texts.get("customers.vat.col.from"), d -> texts.date(d.validFrom()),
                90), date, 0));
        table.getColumns().add(whole(Columns.text(texts.get("customers.vat.col.to"), d -> texts.date(d.validTo()), 90),
                date, 0));
        table.getColumns().add(whole(Columns.rightAligned(Columns.text(texts.get("customers.vat.col.ceiling"),
                (DeclarationView d) -> texts.money(d.ceiling()), 100)), amount, 0));
        table.getColumns().add(whole(Columns.rightAligned(Columns.text(texts.get("customers.vat.col.used"),
                (DeclarationView d) -> texts.money(d.used()), 100)), amount, 0));
        TableColumn<DeclarationView, DeclarationView> left = new TableColumn<>(texts.get("customers.vat.col.left"));
        left.setPrefWidth(110);
        left.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        left.setCellFactory(c -> new LeftCell());
        // Room for the warning sign beside the amount.
        table.getColumns().add(whole(left, amount, 22));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(120);
        table.setMinHeight(90);

        VBox box = new VBox(6, title, table, form());
        box.visibleProperty().bind(model.declarationsShownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A column at least as wide as {@code widest} in the table's (regular) font, plus room for a sign. */
    private static <C extends TableColumn<?, ?>> C whole(C column, String widest, double extra) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(widest);
        // The theme's table font is larger than the default one the probe measures with.
        column.setMinWidth(Math.ceil(probe.getLayoutBounds().getWidth() * 1.06) + 16 + extra);
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        return column;
    }

    /** What is left, in the warning colour once less than a tenth of the ceiling is (the rule orders warn by). */
    private final class LeftCell extends TableCell<DeclarationView, DeclarationView> {
        LeftCell() {
            getStyleClass().add(Columns.FIGURES);
        }

        @Override
        protected void updateItem(DeclarationView d, boolean empty) {
            super.updateItem(d, empty);
            boolean near = !empty && d != null && d.nearlyExhausted();
            Columns.emphasize(this, near ? Columns.WARNING : null, true);
            setGraphic(near ? new FontIcon(Material2MZ.WARNING) : null);
            setTooltip(near ? new Tooltip(texts.get("customers.vat.left.near", texts.money(d.remaining()),
                    texts.money(d.ceiling()))) : null);
            setText(empty || d == null ? null : texts.money(d.remaining()));
        }
    }

    private Node form() {
        Label title = new Label(texts.get("customers.vat.new"));
        title.getStyleClass().add(Styles.TEXT_BOLD);

        TextField protocol = new TextField();
        protocol.setId("customer-vat-protocol");
        protocol.setPromptText("26011512345678901-000042");
        protocol.textProperty().bindBidirectional(model.protocolProperty());
        DatePicker from = new DatePicker();
        from.setId("customer-vat-from");
        from.valueProperty().bindBidirectional(model.validFromProperty());
        from.setPrefWidth(135);
        DatePicker to = new DatePicker();
        to.setId("customer-vat-to");
        to.valueProperty().bindBidirectional(model.validToProperty());
        to.setPrefWidth(135);
        TextField ceiling = new TextField();
        ceiling.setId("customer-vat-ceiling");
        ceiling.setPrefColumnCount(10);
        ceiling.textProperty().bindBidirectional(model.ceilingProperty());

        Button register = new Button(texts.get("customers.vat.register"), new FontIcon(Material2AL.ADD));
        register.setId("customer-vat-register");
        register.getStyleClass().add(Styles.ACCENT);
        register.setOnAction(e -> model.registerDeclaration());
        register.disableProperty().bind(model.busyProperty());
        protocol.setOnAction(e -> model.registerDeclaration());
        ceiling.setOnAction(e -> model.registerDeclaration());

        // One row of fields, captions above and refusals below each, so the form fits beside the position in
        // the lower half of the customer's screen.
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        field(grid, 0, "customers.vat.field.protocol", protocol, Field.PROTOCOL, 250, protocol);
        field(grid, 1, "customers.vat.field.validity", new HBox(4, from, new Label("–"), to), Field.VALIDITY, 290,
                from, to);
        field(grid, 2, "customers.vat.field.ceiling", ceiling, Field.CEILING, 110, ceiling);
        Label other = problemLabel(Field.OTHER);
        other.setId("customer-vat-problem-other");

        VBox box = new VBox(4, title, grid, other, register);
        box.setPadding(new Insets(6, 0, 0, 0));
        box.visibleProperty().bind(model.declarationFormOfferedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A field of the form: its caption above, what is wrong with it below, and the field marked red then. */
    private void field(GridPane grid, int column, String captionKey, Node input, Field field, double width,
                       Node... marked) {
        Label caption = new Label(texts.get(captionKey));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = problemLabel(field);
        problem.setId("customer-vat-problem-" + field.name().toLowerCase(java.util.Locale.ROOT));
        problem.setMaxWidth(width);
        model.problem(field).addListener((o, a, now) -> {
            for (Node n : marked) {
                n.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            }
        });
        grid.add(caption, column, 0);
        grid.add(input, column, 1);
        grid.add(problem, column, 2);
        ColumnConstraints c = new ColumnConstraints();
        c.setPrefWidth(width);
        c.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(c);
    }

    private Label problemLabel(Field field) {
        Label problem = new Label();
        problem.textProperty().bind(model.problem(field));
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        shownWhenText(problem);
        return problem;
    }

    private static void shownWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(caption, value);
        return g;
    }

    private Label row(GridPane grid, int row, String captionKey, String value, String id) {
        Label caption = new Label(texts.get(captionKey));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label shown = new Label(value == null || value.isBlank() ? "—" : value);
        shown.setId(id);
        shown.setWrapText(true);
        grid.addRow(row, caption, shown);
        return shown;
    }
}
