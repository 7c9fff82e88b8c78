package it.ordo.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.intake.IntakeField;
import it.ordo.application.intake.IntakeResult;
import it.ordo.application.intake.PreviewRow;
import it.ordo.application.intake.RowStatus;
import it.ordo.application.order.OrderQuery;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order desk imports a customer's Excel order whose columns Ordo has never seen: maps them, fixes two rows
 * in the preview (a product for the customer's own code, a quantity written in words), confirms, and imports
 * the same file again without a duplicate. A real (headless) window over a real database.
 */
@Tag("ui")
class ImportOrdersScreenTest extends FxRobot {

    private static Stage stage;
    private TestCompany company;
    private ImportOrdersScreen screen;
    /** What the screen asked the desk for: a problem shown would be "problem …". */
    private final List<String> problems = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() throws Exception {
        Headless.monocle();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @BeforeEach
    void open() throws Exception {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "20");
        // The customer's manual code was resolved on an earlier file.
        company.ctx.intake().resolveArticle("C-A", "MAN-3", "P3");
        RecordingDesk desk = new RecordingDesk(company.ctx, problems, new ArrayList<>());
        FxToolkit.setupStage(s -> {
            screen = new ImportOrdersScreen(desk);
            Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.content()), 1366, 768);
            scene.getStylesheets().add(ImportOrdersScreen.class.getResource("/it/ordo/ui/ordo.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.setScene(new Scene(new javafx.scene.layout.StackPane())));
        company.close();
    }

    /** The customer's file: a title, then columns named their way. */
    private Path customerFile() throws IOException {
        Path file = dir.resolve("ordine-alfa.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Ordine");
            s.createRow(0).createCell(0).setCellValue("ALFA S.r.l. - ordine fornitore");
            Row h = s.createRow(2);
            String[] header = {"Rif. Vs. ordine", "Vostro cod.", "Articolo desc", "Pezzi richiesti", "Consegna entro"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            String[][] rows = {{"PO-77", "BX-1", "Viti zincate", "10", "15/12/2026"},
                    {"PO-77", "MAN-3", "Manuale", "due", "15/12/2026"},
                    {"PO-78", "BX-1", "Viti zincate", "5", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (c == 3 && rows[r][c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private TableView<PreviewRow> preview() {
        return lookup("#intake-preview").queryTableView();
    }

    private void select(int row) {
        interact(() -> preview().getSelectionModel().select(row));
    }

    @Test
    void aCustomersFileIsMappedFixedConfirmedAndImportedAgainWithoutDuplicates() throws IOException {
        long before = orders();
        clickOn("#intake-customer").write("C-A");
        Path file = customerFile();
        interact(() -> screen.open(file));
        ImportOrdersViewModel model = screen.model();
        assertThat(model.detectedProperty().get()).contains("XLSX").contains("row 3");
        // Suggested from the words: the quantity and the date; the rest is the operator's.
        assertThat(field(model, "Pezzi richiesti")).isEqualTo(IntakeField.QUANTITY);
        assertThat(field(model, "Consegna entro")).isEqualTo(IntakeField.REQUESTED_DATE);
        interact(() -> {
            map(model, "Rif. Vs. ordine", IntakeField.ORDER_KEY);
            map(model, "Vostro cod.", IntakeField.CUSTOMER_ARTICLE);
            map(model, "Articolo desc", IntakeField.DESCRIPTION);
            model.preview();
        });
        clickOn("#intake-mapping-name").write("Alfa");
        clickOn("#intake-save-mapping");
        assertThat(company.ctx.intake().mappings()).extracting(m -> m.name()).contains("Alfa");
        assertThat(preview().getItems()).extracting(PreviewRow::status)
                .containsExactly(RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR);
        screenshot("import-mapping-en");

        // Fix 1: the customer's BX-1 is our P1, remembered for the next row and file.
        select(0);
        clickOn("#intake-fix-product").write("P1").type(KeyCode.ENTER);
        // Fix 2: "due" is 2.
        select(1);
        clickOn("#intake-fix-qty").write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview().getItems()).extracting(PreviewRow::sku).containsExactly("P1", "P3", "P1");
        assertThat(preview().getItems()).extracting(PreviewRow::status).doesNotContain(RowStatus.ERROR);
        assertThat(preview().getItems().get(1).quantity()).isEqualByComparingTo("2");
        screenshot("import-preview-en");

        clickOn("#intake-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        IntakeResult first = model.resultProperty().get();
        assertThat(first.orders()).extracting(IntakeResult.OrderOutcome::outcome)
                .containsExactly(IntakeResult.Outcome.CONFIRMED, IntakeResult.Outcome.CONFIRMED);
        assertThat(orders()).isEqualTo(before + 2);
        assertThat(lookup("#intake-status").queryLabeled().getText())
                .isEqualTo("2 orders: 2 confirmed, 0 on hold, 0 refused, 0 already imported.");
        Path report = dir.resolve("report.xlsx");
        interact(() -> model.exportResult(report));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("Confirmed");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo(first.orders().getFirst().orderNumber());
        }

        // The same file tomorrow: the saved mapping applies, and nothing is placed twice.
        interact(() -> screen.open(file));
        interact(() -> model.useSavedMapping(model.savedMappings().stream().filter(m -> m.name().equals("Alfa"))
                .findFirst().orElseThrow()));
        assertThat(preview().getItems().getFirst().sku()).isEqualTo("P1");
        clickOn("#intake-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.resultProperty().get().orders()).extracting(IntakeResult.OrderOutcome::outcome)
                .containsOnly(IntakeResult.Outcome.ALREADY_IMPORTED);
        assertThat(orders()).isEqualTo(before + 2);
        assertThat(problems).isEmpty();
    }

    private static IntakeField field(ImportOrdersViewModel model, String header) {
        return model.mapping().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow()
                .fieldProperty().get();
    }

    private static void map(ImportOrdersViewModel model, String header, IntakeField field) {
        model.mapping().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow()
                .fieldProperty().set(field);
    }

    private long orders() {
        return company.ctx.orders().search(OrderQuery.newest(1)).total();
    }

    /** The window as PNG beside the other screenshots (target/screenshots, or -Dordo.screenshots). */
    private void screenshot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = stage.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of(System.getProperty("ordo.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(png, "png", out.resolve(name + ".png").toFile());
    }
}
