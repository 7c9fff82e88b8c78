package it.ordo.ui.intake;

import atlantafx.base.theme.Styles;
import it.ordo.application.intake.IntakeField;
import it.ordo.application.intake.IntakeMapping;
import it.ordo.application.intake.PreviewRow;
import it.ordo.application.intake.RowIssue;
import it.ordo.application.intake.RowStatus;
import it.ordo.application.security.Permission;
import it.ordo.i18n.Texts;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Import orders: a customer's Excel or CSV file, its columns mapped to Ordo's fields, every row previewed with
 * its status (the cell at fault highlighted), fixed in place, then confirmed order by order with progress and
 * cancel; the result exportable to Excel. Managers and administrators also have a Past orders tab, the history
 * import ({@link ImportHistoryPane}).
 */
public final class ImportOrdersScreen implements Screen {

    private final Desk desk;
    private final Texts t;
    private final ImportOrdersViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<PreviewRow> preview = new TableView<>();
    private final TextField product = new TextField();
    private final TextField quantity = new TextField();
    private final CheckBox remember = new CheckBox();
    /** The Past orders tab, for who may import a history; null for everyone else. */
    private final ImportHistoryPane history;
    private final Node content;

    public ImportOrdersScreen(Desk desk) {
        this.desk = desk;
        this.t = desk.texts();
        this.model = new ImportOrdersViewModel(desk.services(), desk.executor(), t, desk::showProblem);
        root.setId("import-orders");
        root.setPadding(new Insets(10));
        root.setTop(fileBar());
        SplitPane split = new SplitPane(mappingTable(), previewPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27);
        root.setCenter(split);
        root.setBottom(confirmBar());
        if (desk.services().access().allows(Permission.IMPORT_HISTORY)) {
            history = new ImportHistoryPane(desk);
            Tab orders = new Tab(t.get("history.ui.tab.orders"), root);
            Tab past = new Tab(t.get("history.ui.tab.history"), history.content());
            orders.setClosable(false);
            past.setClosable(false);
            TabPane tabs = new TabPane(orders, past);
            tabs.setId("import-tabs");
            content = tabs;
        } else {
            history = null;
            content = root;
        }
    }

    @Override
    public String title() {
        return t.get("intake.title");
    }

    @Override
    public Node content() {
        return content;
    }

    /** Reads a file as if chosen in the dialog (also what the TestFX scenario uses). */
    public void open(Path file) {
        model.open(file);
    }

    ImportOrdersViewModel model() {
        return model;
    }

    /** The Past orders tab; null when the user may not import a history. */
    ImportHistoryPane history() {
        return history;
    }

    private Node fileBar() {
        Button choose = new Button(t.get("intake.chooseFile"));
        choose.setId("intake-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t.get("intake.chooseFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("intake.fileTypes"),
                    "*.xlsx", "*.xls", "*.csv", "*.txt"));
            java.io.File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                model.open(f.toPath());
            }
        });
        Label fileName = new Label();
        fileName.setId("intake-file");
        fileName.textProperty().bind(model.fileProperty().map(p -> p.getFileName().toString()).orElse(""));
        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("intake-sheet");
        model.sheetProperty().addListener((o, a, b) -> sheet.setValue(b));
        sheet.setOnAction(e -> model.chooseSheet(sheet.getValue()));
        TextField customer = new TextField();
        customer.setId("intake-customer");
        customer.setPromptText(t.get("intake.customerPrompt"));
        customer.setPrefColumnCount(10);
        customer.textProperty().bindBidirectional(model.customerProperty());
        customer.setOnAction(e -> model.preview());
        ComboBox<IntakeMapping> saved = new ComboBox<>(model.savedMappings());
        saved.setId("intake-saved");
        saved.setPromptText(t.get("intake.savedMappings"));
        saved.setConverter(new StringConverter<>() {
            @Override
            public String toString(IntakeMapping m) {
                return m == null ? "" : m.name();
            }

            @Override
            public IntakeMapping fromString(String s) {
                return null;
            }
        });
        saved.setOnAction(e -> model.useSavedMapping(saved.getValue()));
        TextField name = new TextField();
        name.setId("intake-mapping-name");
        name.setPromptText(t.get("intake.mappingNamePrompt"));
        name.setPrefColumnCount(10);
        Button save = new Button(t.get("intake.saveMapping"));
        save.setId("intake-save-mapping");
        save.disableProperty().bind(name.textProperty().isEmpty().or(model.tableProperty().isNull()));
        save.setOnAction(e -> model.saveMapping(name.getText()));
        Label detected = new Label();
        detected.setId("intake-detected");
        detected.getStyleClass().add(Styles.TEXT_MUTED);
        detected.textProperty().bind(model.detectedProperty());
        HBox line1 = new HBox(8, choose, fileName, new Label(t.get("intake.sheet")), sheet,
                new Label(t.get("intake.customer")), customer, saved, name, save);
        line1.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, line1, detected);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node mappingTable() {
        TableView<ImportOrdersViewModel.MappingRow> table = new TableView<>(model.mapping());
        table.setId("intake-mapping");
        table.setEditable(true);
        TableColumn<ImportOrdersViewModel.MappingRow, String> header = new TableColumn<>(t.get("intake.col.column"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        header.setPrefWidth(120);
        TableColumn<ImportOrdersViewModel.MappingRow, String> sample = new TableColumn<>(t.get("intake.col.sample"));
        sample.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        TableColumn<ImportOrdersViewModel.MappingRow, IntakeField> field = new TableColumn<>(t.get("intake.col.field"));
        field.setCellValueFactory(c -> c.getValue().fieldProperty());
        StringConverter<IntakeField> names = new StringConverter<>() {
            @Override
            public String toString(IntakeField f) {
                return f == null ? t.get("intake.field.none") : t.get("intake.field." + f);
            }

            @Override
            public IntakeField fromString(String s) {
                return null;
            }
        };
        var choices = FXCollections.<IntakeField>observableArrayList();
        choices.add(null);
        choices.addAll(IntakeField.values());
        field.setCellFactory(ComboBoxTableCell.forTableColumn(names, choices));
        field.setOnEditCommit(e -> {
            e.getRowValue().fieldProperty().set(e.getNewValue());
            model.preview();
        });
        field.setPrefWidth(170);
        table.getColumns().setAll(java.util.List.of(header, sample, field));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label title = new Label(t.get("intake.mappingTitle"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node previewPane() {
        preview.setId("intake-preview");
        preview.setItems(model.rows());
        preview.getColumns().setAll(java.util.List.of(
                column("intake.col.row", r -> String.valueOf(r.row()), Set.of(), 48),
                statusColumn(),
                column("intake.col.order", PreviewRow::orderKey, Set.of(IntakeField.ORDER_KEY), 80),
                column("intake.col.customer", PreviewRow::customer, Set.of(IntakeField.CUSTOMER), 80),
                column("intake.col.code", PreviewRow::code,
                        EnumSet.of(IntakeField.SKU, IntakeField.EAN, IntakeField.CUSTOMER_ARTICLE), 100),
                column("intake.col.sku", PreviewRow::sku, Set.of(), 70),
                column("intake.col.description", PreviewRow::description, Set.of(IntakeField.DESCRIPTION), 150),
                column("intake.col.qty", r -> r.quantity() == null ? r.quantityText() : t.number(r.quantity()),
                        Set.of(IntakeField.QUANTITY), 70),
                column("intake.col.price", r -> r.unitPrice() == null ? money(r.filePrice()) : money(r.unitPrice()),
                        Set.of(IntakeField.UNIT_PRICE), 80),
                column("intake.col.net", r -> money(r.netAmount()), Set.of(), 80),
                column("intake.col.promise", r -> r.promiseDate() == null ? "" : t.date(r.promiseDate()),
                        Set.of(IntakeField.REQUESTED_DATE), 90),
                column("intake.col.problems", r -> t.render(r.issues().stream().map(RowIssue::message).toList()),
                        Set.of(), 320)));
        preview.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("intake-valid", "intake-warning", "intake-error", "intake-skipped");
                if (!empty && item != null) {
                    getStyleClass().add("intake-" + item.status().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        Label summary = new Label();
        summary.setId("intake-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label title = new Label(t.get("intake.previewTitle"));
        title.getStyleClass().add(Styles.TITLE_4);
        // The selected row's reasons in full: the Problems column is often scrolled out of sight.
        Label why = new Label();
        why.setId("intake-why");
        why.setWrapText(true);
        why.textProperty().bind(preview.getSelectionModel().selectedItemProperty().map(r -> r.issues().isEmpty() ? ""
                : t.get("intake.row.problem", r.row(), t.render(r.issues().stream().map(RowIssue::message).toList())))
                .orElse(""));
        VBox box = new VBox(6, title, preview, summary, why, fixBar());
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private String money(BigDecimal amount) {
        return amount == null ? "" : t.money(amount);
    }

    private TableColumn<PreviewRow, String> statusColumn() {
        TableColumn<PreviewRow, String> c = new TableColumn<>(t.get("intake.col.status"));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(t.get("intake.status." + r.getValue().status())));
        c.setPrefWidth(80);
        return c;
    }

    /** A column whose cell is highlighted when a problem of the row is about one of {@code fields}. */
    private TableColumn<PreviewRow, String> column(String key, Function<PreviewRow, String> value,
                                                   Set<IntakeField> fields, double width) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(t.get(key));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("intake-cell-error", "intake-cell-warning");
                PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.status() != RowStatus.SKIPPED) {
                    for (RowIssue i : row.issues()) {
                        if (i.field() != null && fields.contains(i.field())) {
                            getStyleClass().add(i.problem().error() ? "intake-cell-error" : "intake-cell-warning");
                            setTooltip(new javafx.scene.control.Tooltip(t.render(i.message())));
                            return;
                        }
                    }
                }
                setTooltip(null);
            }
        });
        return c;
    }

    private Node fixBar() {
        product.setId("intake-fix-product");
        product.setPromptText(t.get("intake.fix.productPrompt"));
        product.setPrefColumnCount(10);
        quantity.setId("intake-fix-qty");
        quantity.setPromptText(t.get("intake.fix.qtyPrompt"));
        quantity.setPrefColumnCount(6);
        remember.setId("intake-fix-remember");
        remember.setText(t.get("intake.fix.remember"));
        remember.setSelected(true);
        Button useProduct = new Button(t.get("intake.fix.useProduct"));
        useProduct.setId("intake-fix-use-product");
        useProduct.setOnAction(e -> selected(r -> {
            if (!product.getText().isBlank()) {
                model.chooseProduct(r, product.getText(), remember.isSelected());
                product.clear();
            }
        }));
        product.setOnAction(e -> useProduct.fire());
        Button useQty = new Button(t.get("intake.fix.useQty"));
        useQty.setId("intake-fix-use-qty");
        useQty.setOnAction(e -> selected(r -> {
            try {
                model.correctQuantity(r, new BigDecimal(quantity.getText().strip().replace(',', '.')));
                quantity.clear();
            } catch (NumberFormatException bad) {
                model.statusProperty().set(t.get("intake.fix.badQty", quantity.getText()));
            }
        }));
        quantity.setOnAction(e -> useQty.fire());
        Button skip = new Button(t.get("intake.fix.skip"));
        skip.setId("intake-fix-skip");
        skip.setOnAction(e -> selected(r -> model.skip(r, r.status() != RowStatus.SKIPPED)));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, new Label(t.get("intake.fix.title")),
                product, remember, useProduct, quantity, useQty, skip);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        bar.disableProperty().bind(preview.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        return bar;
    }

    private void selected(java.util.function.Consumer<PreviewRow> fix) {
        PreviewRow row = preview.getSelectionModel().getSelectedItem();
        if (row != null) {
            int index = preview.getSelectionModel().getSelectedIndex();
            fix.accept(row);
            if (index < preview.getItems().size()) {
                preview.getSelectionModel().select(index);
            }
        }
    }

    private Node confirmBar() {
        Button confirm = new Button(t.get("intake.confirm"));
        confirm.setId("intake-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(model.busyProperty().or(model.previewProperty().isNull()));
        confirm.setOnAction(e -> model.confirm());
        Button cancel = new Button(t.get("intake.cancel"));
        cancel.setId("intake-cancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("intake-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty().or(model.resultProperty().isNotNull()));
        Label status = new Label();
        status.setId("intake-status");
        status.textProperty().bind(model.statusProperty());
        Button export = new Button(t.get("intake.exportResult"));
        export.setId("intake-export");
        export.disableProperty().bind(model.resultProperty().isNull().or(model.busyProperty()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(t.get("intake.exportName") + ".xlsx");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
            java.io.File f = chooser.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                model.exportResult(f.toPath());
            }
        });
        HBox box = new HBox(10, confirm, cancel, bar, status, export);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 0, 0, 0));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
