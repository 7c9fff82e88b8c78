package it.ordo.ui.intake;

import atlantafx.base.theme.Styles;
import it.ordo.application.intake.HistoryField;
import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import it.ordo.ui.Desk;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Past orders tab of Import orders, for managers and administrators: a past-orders file, its columns mapped
 * (or the Online Retail preset), a dry run with the figures and the refused rows by reason, the import with
 * progress and cancel, and the refused rows saved to a file.
 */
final class ImportHistoryPane {

    private final Desk desk;
    private final Texts t;
    private final ImportHistoryViewModel model;
    private final BorderPane root = new BorderPane();

    ImportHistoryPane(Desk desk) {
        this.desk = desk;
        this.t = desk.texts();
        this.model = new ImportHistoryViewModel(desk.services(), desk.executor(), t, desk::showProblem);
        root.setId("import-history");
        root.setPadding(new Insets(10));
        root.setTop(fileBar());
        SplitPane split = new SplitPane(mappingTable(), resultPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        root.setCenter(split);
        root.setBottom(runBar());
    }

    Node content() {
        return root;
    }

    ImportHistoryViewModel model() {
        return model;
    }

    /** Reads a file as if chosen in the dialog. */
    void open(Path file) {
        model.open(file);
    }

    private Node fileBar() {
        Button choose = new Button(t.get("intake.chooseFile"));
        choose.setId("history-choose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t.get("intake.chooseFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("history.ui.fileTypes"),
                    "*.xlsx", "*.xls", "*.csv", "*.csv.gz", "*.txt"));
            java.io.File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                model.open(f.toPath());
            }
        });
        Label fileName = new Label();
        fileName.setId("history-file");
        fileName.textProperty().bind(model.fileProperty().map(p -> p.getFileName().toString()).orElse(""));
        Button preset = new Button(t.get("history.ui.onlineRetail"));
        preset.setId("history-online-retail");
        preset.disableProperty().bind(model.tableProperty().isNull().or(model.busyProperty()));
        preset.setOnAction(e -> model.useOnlineRetail());
        Label detected = new Label();
        detected.setId("history-detected");
        detected.getStyleClass().add(Styles.TEXT_MUTED);
        detected.textProperty().bind(model.detectedProperty());
        Label intro = new Label(t.get("history.ui.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox line = new HBox(8, choose, fileName, preset);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, intro, line, detected);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node mappingTable() {
        TableView<ImportHistoryViewModel.MappingRow> table = new TableView<>(model.mapping());
        table.setId("history-mapping");
        table.setEditable(true);
        TableColumn<ImportHistoryViewModel.MappingRow, String> header = new TableColumn<>(t.get("intake.col.column"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        header.setPrefWidth(130);
        TableColumn<ImportHistoryViewModel.MappingRow, String> sample = new TableColumn<>(t.get("intake.col.sample"));
        sample.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        sample.setPrefWidth(130);
        TableColumn<ImportHistoryViewModel.MappingRow, HistoryField> field =
                new TableColumn<>(t.get("intake.col.field"));
        field.setCellValueFactory(c -> c.getValue().fieldProperty());
        StringConverter<HistoryField> names = new StringConverter<>() {
            @Override
            public String toString(HistoryField f) {
                return f == null ? t.get("intake.field.none") : t.get("history.field." + f);
            }

            @Override
            public HistoryField fromString(String s) {
                return null;
            }
        };
        var choices = FXCollections.<HistoryField>observableArrayList();
        choices.add(null);
        choices.addAll(HistoryField.values());
        field.setCellFactory(ComboBoxTableCell.forTableColumn(names, choices));
        field.setOnEditCommit(e -> e.getRowValue().fieldProperty().set(e.getNewValue()));
        field.setPrefWidth(170);
        table.getColumns().setAll(List.of(header, sample, field));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label title = new Label(t.get("intake.mappingTitle"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title, table, options());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node options() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(t.get("history.ui.source")), text("history-source", model.sourceProperty(), 16));
        grid.addRow(1, new Label(t.get("history.ui.currency")), text("history-currency", model.currencyProperty(), 4));
        grid.addRow(2, new Label(t.get("history.ui.cancellationPrefix")),
                text("history-cancellation-prefix", model.cancellationPrefixProperty(), 4));
        grid.addRow(3, new Label(t.get("history.ui.productCodes")),
                text("history-product-codes", model.productCodesProperty(), 12));
        ComboBox<Channel> channel = new ComboBox<>(FXCollections.observableArrayList(Channel.values()));
        channel.setId("history-channel");
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Channel c) {
                return c == null ? "" : t.get("customers.channel." + c);
            }

            @Override
            public Channel fromString(String s) {
                return null;
            }
        });
        grid.addRow(4, new Label(t.get("history.ui.channel")), channel);
        grid.disableProperty().bind(model.busyProperty());
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Node resultPane() {
        Label title = new Label(t.get("history.ui.figuresTitle"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label figures = new Label();
        figures.setId("history-figures");
        figures.setWrapText(true);
        figures.textProperty().bind(model.figuresProperty());
        TableView<ImportHistoryViewModel.ReasonCount> reasons = new TableView<>(model.reasons());
        reasons.setId("history-reasons");
        reasons.setPlaceholder(new Label(t.get("history.ui.noneRefused")));
        TableColumn<ImportHistoryViewModel.ReasonCount, String> reason =
                new TableColumn<>(t.get("history.ui.col.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(t.get("history.refusal." + c.getValue().reason())));
        reason.setPrefWidth(420);
        TableColumn<ImportHistoryViewModel.ReasonCount, Number> rows = new TableColumn<>(t.get("history.ui.col.rows"));
        rows.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rows()));
        rows.setPrefWidth(80);
        rows.setMaxWidth(110);
        reasons.getColumns().setAll(List.of(reason, rows));
        reasons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(6, title, figures, reasons);
        VBox.setVgrow(reasons, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private Node runBar() {
        Button dry = new Button(t.get("history.ui.dryRun"));
        dry.setId("history-dry-run");
        dry.disableProperty().bind(model.busyProperty().or(model.tableProperty().isNull()));
        dry.setOnAction(e -> model.dryRun());
        Button run = new Button(t.get("history.ui.import"));
        run.setId("history-import");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.busyProperty().or(model.tableProperty().isNull()));
        run.setOnAction(e -> model.importAll());
        Button cancel = new Button(t.get("intake.cancel"));
        cancel.setId("history-cancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("history-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty().or(model.resultProperty().isNotNull()));
        Label status = new Label();
        status.setId("history-status");
        status.textProperty().bind(model.statusProperty());
        Button save = new Button(t.get("history.ui.saveRefused"));
        save.setId("history-save-refused");
        save.disableProperty().bind(model.busyProperty().or(model.resultProperty().isNull())
                .or(javafx.beans.binding.Bindings.isEmpty(model.reasons())));
        save.setOnAction(e -> desk.chooseSaveFile(root.getScene().getWindow(), t.get("history.ui.refusedName")
                        + ".xlsx", List.of(new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
                        new FileChooser.ExtensionFilter("CSV", "*.csv")))
                .ifPresent(model::saveRefused));
        HBox box = new HBox(10, dry, run, cancel, bar, status, save);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 0, 0, 0));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
