package it.ordo.ui.reporting;

import atlantafx.base.theme.Styles;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.i18n.Texts;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Reports: choose a period; accounting exports its sales to Excel (with
 * the CSV for the accounting software), a manager saves or prints the
 * sales report by customer, channel, product or category, the
 * fulfilment report of one warehouse or all, and the returns, tickets and
 * stock reports. Each part shows
 * only to the roles that may use it.
 */
public final class ReportsScreen implements Screen {

    private final Desk desk;
    private final ReportsViewModel model;
    private final VBox root = new VBox(14);

    public ReportsScreen(Desk desk) {
        this.desk = desk;
        this.model = new ReportsViewModel(desk.services(), desk.texts(), desk.executor());
        Texts t = desk.texts();
        root.setId("reports");
        root.setPadding(new Insets(14));

        Label title = new Label(t.get("reports.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox period = new HBox(8, new Label(t.get("reports.from")), from, new Label(t.get("reports.to")), to, busy);
        period.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, period);

        if (model.mayExportSales()) {
            Label heading = new Label(t.get("reports.accounting"));
            heading.getStyleClass().add(Styles.TITLE_4);
            Label explain = new Label(t.get("reports.accounting.explain"));
            explain.setWrapText(true);
            Button export = new Button(t.get("reports.accounting.export"), new FontIcon(Material2AL.GRID_ON));
            export.setId("reports-export-sales");
            export.disableProperty().bind(model.busyProperty());
            export.setOnAction(e -> choose(t.get("reports.accounting.fileName") + ".xlsx", "*.xlsx", "*.csv")
                    .ifPresent(file -> model.exportSales(file, f -> { })));
            root.getChildren().add(new VBox(6, heading, explain, export));
        }
        if (model.mayPrintReports()) {
            Label heading = new Label(t.get("reports.sales"));
            heading.getStyleClass().add(Styles.TITLE_4);
            ComboBox<SalesGrouping> by = new ComboBox<>();
            by.setId("reports-grouping");
            by.getItems().setAll(model.groupings());
            by.valueProperty().bindBidirectional(model.groupingProperty());
            by.setButtonCell(groupingCell(t));
            by.setCellFactory(list -> groupingCell(t));
            Button pdf = new Button(t.get("reports.sales.pdf"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
            pdf.setOnAction(e -> choose(fileName(t) + ".pdf", "*.pdf")
                    .ifPresent(file -> model.saveReport(file, desk::openFile)));
            Button excel = new Button(t.get("reports.sales.excel"), new FontIcon(Material2AL.GRID_ON));
            excel.setOnAction(e -> choose(fileName(t) + ".xlsx", "*.xlsx")
                    .ifPresent(file -> model.saveReport(file, f -> { })));
            Button print = new Button(t.get("reports.sales.print"), new FontIcon(Material2MZ.PRINT));
            print.setOnAction(e -> model.print(ReportPrinting.defaultPrinter()));
            Button look = previewButton(t, () -> model.previewReport(this::showPreview));
            for (Button b : new Button[] {pdf, excel, print}) {
                b.disableProperty().bind(model.busyProperty());
            }
            HBox actions = new HBox(8, by, look, pdf, excel, print);
            actions.setAlignment(Pos.CENTER_LEFT);
            root.getChildren().add(new VBox(6, heading, new Label(t.get("reports.sales.explain")), actions));

            Label fulfilment = new Label(t.get("reports.fulfilment"));
            fulfilment.getStyleClass().add(Styles.TITLE_4);
            Label explain = new Label(t.get("reports.fulfilment.explain"));
            explain.setWrapText(true);
            TextField warehouse = new TextField();
            warehouse.setId("reports-warehouse");
            warehouse.setPromptText(t.get("reports.fulfilment.allWarehouses"));
            warehouse.setPrefColumnCount(8);
            warehouse.textProperty().bindBidirectional(model.warehouseProperty());
            Button fPdf = new Button(t.get("reports.sales.pdf"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
            fPdf.setId("reports-fulfilment-pdf");
            fPdf.setOnAction(e -> choose(fulfilmentFileName(t) + ".pdf", "*.pdf")
                    .ifPresent(file -> model.saveFulfilment(file, desk::openFile)));
            Button fExcel = new Button(t.get("reports.sales.excel"), new FontIcon(Material2AL.GRID_ON));
            fExcel.setOnAction(e -> choose(fulfilmentFileName(t) + ".xlsx", "*.xlsx")
                    .ifPresent(file -> model.saveFulfilment(file, f -> { })));
            Button fPrint = new Button(t.get("reports.sales.print"), new FontIcon(Material2MZ.PRINT));
            fPrint.setOnAction(e -> model.printFulfilment(ReportPrinting.defaultPrinter()));
            Button fLook = previewButton(t, () -> model.previewFulfilment(this::showPreview));
            for (Button b : new Button[] {fPdf, fExcel, fPrint}) {
                b.disableProperty().bind(model.busyProperty());
            }
            HBox fActions = new HBox(8, new Label(t.get("reports.fulfilment.warehouse")), warehouse, fLook, fPdf,
                    fExcel, fPrint);
            fActions.setAlignment(Pos.CENTER_LEFT);
            root.getChildren().add(new VBox(6, fulfilment, explain, fActions));

            root.getChildren().add(managementSection(t));
        }
        Label message = new Label();
        message.setId("reports-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(b ? Styles.DANGER : Styles.SUCCESS);
        });
        root.getChildren().add(message);
    }

    /**
     * Returns, tickets and stock: one choice of report, the warehouse typed above (returns and stock) and the
     * slow movers' days (stock), saved as PDF or Excel or printed.
     */
    private VBox managementSection(Texts t) {
        Label heading = new Label(t.get("reports.management"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(t.get("reports.management.explain"));
        explain.setWrapText(true);
        ComboBox<ManagementReport> which = new ComboBox<>();
        which.setId("reports-management");
        which.getItems().setAll(model.managementReports());
        which.valueProperty().bindBidirectional(model.managementProperty());
        which.setButtonCell(managementCell(t));
        which.setCellFactory(list -> managementCell(t));
        TextField days = new TextField();
        days.setId("reports-slow-days");
        days.setPrefColumnCount(4);
        days.textProperty().bindBidirectional(model.slowDaysProperty());
        Label daysLabel = new Label(t.get("reports.management.days"));
        daysLabel.setLabelFor(days);
        for (javafx.scene.Node n : new javafx.scene.Node[] {days, daysLabel}) {
            n.visibleProperty().bind(model.managementProperty().isEqualTo(ManagementReport.STOCK));
            n.managedProperty().bind(n.visibleProperty());
        }
        Button pdf = new Button(t.get("reports.sales.pdf"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.setId("reports-management-pdf");
        pdf.setOnAction(e -> choose(managementFileName(t) + ".pdf", "*.pdf")
                .ifPresent(file -> model.saveManagement(file, desk::openFile)));
        Button excel = new Button(t.get("reports.sales.excel"), new FontIcon(Material2AL.GRID_ON));
        excel.setId("reports-management-excel");
        excel.setOnAction(e -> choose(managementFileName(t) + ".xlsx", "*.xlsx")
                .ifPresent(file -> model.saveManagement(file, f -> { })));
        Button print = new Button(t.get("reports.sales.print"), new FontIcon(Material2MZ.PRINT));
        print.setOnAction(e -> model.printManagement(ReportPrinting.defaultPrinter()));
        Button look = previewButton(t, () -> model.previewManagement(this::showPreview));
        look.setId("reports-management-preview");
        for (Button b : new Button[] {pdf, excel, print}) {
            b.disableProperty().bind(model.busyProperty());
        }
        HBox actions = new HBox(8, which, daysLabel, days, look, pdf, excel, print);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, explain, actions);
    }

    private Button previewButton(Texts t, Runnable preview) {
        Button look = new Button(t.get("reports.preview"), new FontIcon(Material2MZ.VISIBILITY));
        look.setOnAction(e -> preview.run());
        look.disableProperty().bind(model.busyProperty());
        return look;
    }

    /** The pages drawn in the background, one under the other in a window of their own. */
    private void showPreview(PdfPages.Pages pages) {
        VBox sheets = new VBox(12);
        sheets.setPadding(new Insets(12));
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setStyle("-fx-background-color: #8A8F98;");
        for (java.awt.image.BufferedImage page : pages.pages()) {
            sheets.getChildren().add(new javafx.scene.image.ImageView(
                    javafx.embed.swing.SwingFXUtils.toFXImage(page, null)));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setId("reports-preview");
        javafx.stage.Stage stage = new javafx.stage.Stage();
        if (root.getScene() != null) {
            stage.initOwner(root.getScene().getWindow());
        }
        stage.setTitle(desk.texts().get("reports.preview.title", pages.title(), pages.total()));
        stage.setScene(new javafx.scene.Scene(scroll, 860, 900));
        stage.show();
    }

    private String managementFileName(Texts t) {
        String name = t.get("reports.management." + model.managementProperty().get().name());
        return model.managementProperty().get() == ManagementReport.STOCK ? name + " "
                + java.time.LocalDate.now(desk.services().clock())
                : name + " " + model.fromProperty().get() + " " + model.toProperty().get();
    }

    private static ListCell<ManagementReport> managementCell(Texts t) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ManagementReport item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : t.get("reports.management." + item.name()));
            }
        };
    }

    private String fileName(Texts t) {
        return t.get("reports.grouping." + model.groupingProperty().get().name()) + " "
                + model.fromProperty().get() + " " + model.toProperty().get();
    }

    private String fulfilmentFileName(Texts t) {
        return t.get("reports.fulfilment") + " " + model.fromProperty().get() + " " + model.toProperty().get();
    }

    private static ListCell<SalesGrouping> groupingCell(Texts t) {
        return new ListCell<>() {
            @Override
            protected void updateItem(SalesGrouping item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : t.get("reports.grouping." + item.name()));
            }
        };
    }

    private Optional<Path> choose(String suggested, String... patterns) {
        return desk.chooseSaveFile(root.getScene() == null ? null : root.getScene().getWindow(), suggested,
                java.util.Arrays.stream(patterns).map(p -> new FileChooser.ExtensionFilter(p, p)).toList());
    }

    @Override
    public String title() {
        return desk.texts().get("reports.title");
    }

    @Override
    public Node content() {
        return root;
    }

    /** The view model, for tests of the screen. */
    ReportsViewModel model() {
        return model;
    }
}
