package it.ordo.ui.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.order.OrderView;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.application.pricing.PriceListService.Item;
import it.ordo.application.pricing.PriceListService.PriceChange;
import it.ordo.application.security.Session;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.Desk;
import it.ordo.ui.Navigator;
import it.ordo.ui.RecordingDesk;
import it.ordo.ui.SameThreadExecutor;
import it.ordo.ui.TaskExecutor;
import it.ordo.ui.entry.NewOrderViewModel;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sales manager loads next month's prices from an Excel file on the Prices screen, in a real (headless)
 * window: the preview shows each old price and the new one with the change in percent, the refused rows with
 * their reasons and the prices the file leaves out; nothing is written until the good rows are chosen and
 * applied. The tester then gives a customer next month's price for next month and today's for today, and an
 * order confirmed today on New order keeps today's price.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceImportFxTest {

    static {
        Headless.monocle();
    }

    private static final LocalDate NEXT_MONTH = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    private TestCompany company;
    private OrdoContext manager;
    private PricesScreen screen;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The screen reads the lists as it is built: on a busy machine that is more than TestFX's default minute.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(300_000);
        company = TestCompany.standard();
        manager = company.ctx.as(new Session("direzione", EnumSet.of(Role.MANAGER), false));
        List<PricesScreen> made = new ArrayList<>();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            made.add(new PricesScreen(new RecordingDesk(manager, new ArrayList<>(), new ArrayList<>())));
            stage.setScene(new Scene(new StackPane(made.getFirst().content()), 1366, 768));
            stage.show();
            made.getFirst().shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        screen = made.getFirst();
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    /** Next month's prices as a sales manager writes them: no start of validity in the file, two rows wrong. */
    private Path workbook() throws Exception {
        Path file = folder.resolve("listino-dicembre.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Listino");
            Object[][] rows = {
                    {"List", "SKU", "Min qty", "Unit price"},
                    {"BASE", "P1", 1, 11.0},
                    {"BASE", "P3", 1, 95.5},
                    {"BASE", "NOPE", 1, 3.0},
                    {"BASE", "P2", 1, "due euro"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) robot.lookup(id).query();
    }

    private String text(String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    private static String money(String amount) {
        return new Texts(Locale.ENGLISH).money(new BigDecimal(amount));
    }

    private void tab(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane tabs = (TabPane) screen.content();
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String field, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(field).queryAs(TextField.class).setText(text)).get();
    }

    /** The tester's unit price for the customer, product and day, and the list it came from. */
    private String testerPrice(String customer, String sku, LocalDate day) throws Exception {
        tab("prices-tab-tester");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tester-date").queryAs(DatePicker.class).setValue(day)).get();
        type("#tester-customer", customer);
        type("#tester-sku", sku);
        type("#tester-qty", "1");
        robot.clickOn("#tester-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#tester-problem")).isEmpty();
        return text("#tester-value-3");
    }

    @Test
    void nextMonthsListLoadedTodayIsCheckedInTheTesterAndAnOrderTodayKeepsTodaysPrice() throws Exception {
        Path file = workbook();
        tab("prices-tab-import");
        assertThat(robot.lookup("#import-valid-from").queryAs(DatePicker.class).getValue())
                .as("the first day of next month is offered").isEqualTo(NEXT_MONTH);

        WaitForAsyncUtils.asyncFx(() -> screen.importFile(file)).get();
        WaitForAsyncUtils.waitForFxEvents();

        TableView<PriceChange> changes = table("#import-changes");
        assertThat(changes.getItems()).extracting(PriceChange::sku, PriceChange::validFrom, PriceChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", NEXT_MONTH, Change.REPLACES),
                        org.assertj.core.groups.Tuple.tuple("P3", NEXT_MONTH, Change.REPLACES));
        PriceImportViewModel shown = new PriceImportViewModel(null, null, new Texts(Locale.ENGLISH), new SameThreadExecutor(),
                TestCompany.TODAY, () -> { });
        assertThat(shown.percent(changes.getItems().getFirst())).isEqualTo("+10 %");
        assertThat(shown.percent(changes.getItems().get(1))).isEqualTo("-4.5 %");
        TableView<ImportReport.RowError> refused = table("#import-refused");
        assertThat(refused.getItems()).extracting(ImportReport.RowError::line).containsExactly(4, 5);
        assertThat(shown.reasons(refused.getItems().getFirst())).contains("NOPE");
        assertThat(shown.reasons(refused.getItems().get(1))).contains("unitPrice").contains("due euro");
        assertThat(table("#import-not-in-file").getItems()).extracting(i -> ((Item) i).sku()).containsExactly("P2");
        Button apply = robot.lookup("#import-apply").queryButton();
        assertThat(apply.isDisabled()).as("refused rows: nothing is applied unless the good rows are chosen").isTrue();
        assertThat(testerPrice("C-C", "P1", NEXT_MONTH)).as("the preview wrote nothing").isEqualTo(money("10.00"));

        tab("prices-tab-import");
        robot.clickOn("#import-keep-good");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apply.isDisabled()).isFalse();
        screenshot(screen, "prices-import-en");
        screenshotInItalian(file);
        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#import-message")).isEqualTo("Imported: 2 new prices, 0 changed; 2 rows refused.");

        assertThat(testerPrice("C-C", "P1", NEXT_MONTH)).isEqualTo(money("11.00"));
        assertThat(testerPrice("C-C", "P3", NEXT_MONTH)).isEqualTo(money("95.50"));
        assertThat(testerPrice("C-C", "P1", NEXT_MONTH.minusDays(1))).isEqualTo(money("10.00"));
        assertThat(testerPrice("C-C", "P1", TestCompany.TODAY)).isEqualTo(money("10.00"));

        // Today, on New order: the line is typed and confirmed at today's price.
        company.receive("P1", "MIL", "10");
        NewOrderViewModel entry = new NewOrderViewModel(manager.customers(), manager.orders(), manager.orderEntry(),
                manager.orderDrafts(), manager.documents(), new Texts(Locale.ENGLISH), new SameThreadExecutor());
        entry.customerPicker().search("C-C");
        entry.customerPicker().choose(entry.customerPicker().suggestions().stream()
                .filter(c -> c.code().equals("C-C")).findFirst().orElseThrow());
        entry.codeEntry().search("P1");
        entry.codeEntry().lookup();
        entry.codeEntry().quantityProperty().set("2");
        assertThat(entry.addLine()).isTrue();
        assertThat(entry.lines().getFirst().unitPrice()).isEqualByComparingTo("10.00");
        assertThat(entry.confirm()).isTrue();
        OrderView confirmed = entry.resultProperty().get();
        assertThat(confirmed.lines().getFirst().unitPrice()).isEqualByComparingTo("10.00");
        assertThat(company.ctx.orders().show(confirmed.number()).netTotal()).isEqualByComparingTo("20.00");
    }

    /** The same preview for an Italian user (the file chosen again on an Italian screen that is not shown). */
    private void screenshotInItalian(Path file) throws Exception {
        RecordingDesk english = new RecordingDesk(manager, new ArrayList<>(), new ArrayList<>());
        Texts italian = new Texts(Locale.ITALIAN);
        Desk desk = new Desk() {
            @Override
            public Texts texts() {
                return italian;
            }

            @Override
            public TaskExecutor executor() {
                return english.executor();
            }

            @Override
            public it.ordo.application.Services services() {
                return english.services();
            }

            @Override
            public Session session() {
                return english.session();
            }

            @Override
            public Navigator navigator() {
                return english.navigator();
            }

            @Override
            public void notify(String message) {
            }

            @Override
            public void openFile(Path f) {
            }

            @Override
            public void showProblem(Throwable problem) {
            }
        };
        PricesScreen it = WaitForAsyncUtils.asyncFx(() -> {
            PricesScreen s = new PricesScreen(desk);
            new Scene(new StackPane(s.content()), 1366, 768);
            TabPane tabs = (TabPane) s.content();
            tabs.getSelectionModel().selectLast();
            s.importFile(file);
            ((CheckBox) s.content().lookup("#import-keep-good")).setSelected(true);
            return s;
        }).get();
        screenshot(it, "prices-import-it");
    }

    /** The screen as a PNG, in target/screenshots or the folder named by -Dordo.screenshots (docs/screenshots). */
    private static void screenshot(PricesScreen shown, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> shown.content().getScene().snapshot(null)).get();
        Path dir = Path.of(System.getProperty("ordo.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve(name + ".png").toFile());
    }
}
