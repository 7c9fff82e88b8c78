package it.ordo.ui.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.pricing.ConditionsService;
import it.ordo.application.pricing.ConditionsService.Rule;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.application.order.OrderView;
import it.ordo.application.pricing.PriceListService.Header;
import it.ordo.application.pricing.PriceListService.Item;
import it.ordo.application.pricing.PriceListService.Summary;
import it.ordo.application.security.Session;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.PriceListScope;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sales manager at the price screens in a real (headless) window: a price changed in a list is what the price
 * tester then answers for a customer, and a promotion for one channel changes the tester's answer for that channel
 * only; a promotion that would collide with it is refused beside its validity, naming the other. A list loaded
 * today for next month shows in the tester for next month, while an order confirmed today keeps today's price.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PricesScreenFxTest {

    static {
        Headless.monocle();
    }

    private TestCompany company;
    private PricesScreen screen;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        OrdoContext manager = company.ctx.as(new Session("direzione", EnumSet.of(Role.MANAGER), false));
        List<PricesScreen> made = new ArrayList<>();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            made.add(new PricesScreen(new RecordingDesk(manager, new ArrayList<>(), new ArrayList<>())));
            Scene scene = new Scene(new StackPane(made.getFirst().content()), 1366, 768);
            // The desktop's own stylesheet, as the window has it: the timeline's bars are drawn by it.
            scene.getStylesheets().add(PricesScreenFxTest.class.getResource("/it/ordo/ui/ordo.css").toExternalForm());
            stage.setScene(scene);
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

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) robot.lookup(id).query();
    }

    private <T> void select(TableView<T> table, java.util.function.Predicate<T> which) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            T row = table.getItems().stream().filter(which).findFirst().orElseThrow();
            table.requestFocus();
            table.getSelectionModel().select(row);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window as a PNG, in target/screenshots or the folder named by -Dordo.screenshots (docs/screenshots). */
    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> screen.content().getScene().snapshot(null)).get();
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("ordo.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve(name + ".png").toFile());
    }

    private static String money(String amount) {
        return new Texts(Locale.ENGLISH).money(new BigDecimal(amount));
    }

    private void tab(int index) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((TabPane) screen.content()).getSelectionModel().select(index)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the manager types into a field (set at once: typing character by character only costs time here). */
    private void type(String field, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(field).queryAs(TextField.class).setText(text)).get();
    }

    private String text(String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    /**
     * A button pressed on the JavaFX thread: the robot's click measures the node from the test thread while the
     * screen may be laying itself out, which now and then broke the layout pass under load.
     */
    private void press(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire()).get();
    }

    private String field(String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.TextField.class).getText();
    }

    /** The tester's figures for the customer, product and channel: list price, discount, net unit price. */
    private List<String> testerSays(String customer, String sku, Channel channel) throws Exception {
        return testerSays(customer, sku, channel, TestCompany.TODAY);
    }

    private List<String> testerSays(String customer, String sku, Channel channel, LocalDate day) throws Exception {
        tab(2);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tester-date").queryAs(DatePicker.class).setValue(day)).get();
        type("#tester-customer", customer);
        type("#tester-sku", sku);
        type("#tester-qty", "1");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tester-channel").queryAs(ComboBox.class).setValue(channel)).get();
        press("#tester-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#tester-problem")).isEmpty();
        return List.of(text("#tester-value-1"), text("#tester-value-2"), text("#tester-value-3"));
    }

    @Test
    void aPriceChangedInAListIsWhatTheTesterShowsAndAChannelPromotionOnlyForItsChannel() throws Exception {
        assertThat(testerSays("C-C", "P1", null)).containsExactly(money("10.00"), "0 %", money("10.00"));

        tab(0);
        TableView<Summary> lists = table("#prices-lists");
        type("#prices-list-search", "zzz");
        Thread.sleep(600); // the typing pause
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lists.getItems()).isEmpty();
        type("#prices-list-search", "base");
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lists.getItems()).extracting(s -> s.header().code()).contains("BASE");
        select(lists, s -> s.header().code().equals("BASE"));
        TableView<Item> items = table("#prices-items");
        assertThat(items.getItems()).extracting(Item::sku).contains("P1", "P2", "P3");
        select(items, i -> i.sku().equals("P1"));

        // A price of zero is refused beside the field, and nothing changes.
        type("#prices-new-price", "0");
        press("#prices-change-price");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#prices-price-problem")).contains("0");
        assertThat(company.ctx.pricing().price("C-C", "P1", BigDecimal.ONE, TestCompany.TODAY).unitPrice())
                .isEqualByComparingTo("10.00");

        select(items, i -> i.sku().equals("P1"));
        type("#prices-new-price", "12.50");
        robot.clickOn("#prices-new-price").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#prices-price-problem")).isEmpty();
        screenshot("prices-lists-en");
        assertThat(items.getItems()).filteredOn(i -> i.sku().equals("P1")).extracting(Item::unitPrice)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("12.50"));

        assertThat(testerSays("C-C", "P1", null)).containsExactly(money("12.50"), "0 %", money("12.50"));
        assertThat(robot.lookup("#tester-reasons").queryListView().getItems())
                .anySatisfy(r -> assertThat(String.valueOf(r)).contains("BASE"));

        // A promotion for the web shop only.
        tab(1);
        type("#prices-rule-code", "PROMO-WEB");
        type("#prices-rule-description", "Solo sul sito");
        type("#prices-rule-sku", "P1");
        type("#prices-rule-percent", "10");
        press("#prices-rule-channel-WEB");
        press("#prices-rule-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#prices-rule-message")).contains("PROMO-WEB");
        assertThat(table("#prices-rules").getItems()).extracting(r -> ((Rule) r).code()).contains("PROMO-WEB");

        assertThat(testerSays("C-C", "P1", Channel.WEB)).containsExactly(money("12.50"), "10 %", money("11.25"));
        assertThat(robot.lookup("#tester-reasons").queryListView().getItems())
                .anySatisfy(r -> assertThat(String.valueOf(r)).contains("PROMO-WEB"));
        screenshot("prices-tester-en");
        assertThat(testerSays("C-C", "P1", Channel.PHONE)).containsExactly(money("12.50"), "0 %", money("12.50"));
        assertThat(testerSays("C-C", "P1", null)).containsExactly(money("12.50"), "0 %", money("12.50"));

        // A second web promotion on the same product for the same days is refused beside the validity.
        tab(1);
        type("#prices-rule-code", "PROMO-WEB2");
        type("#prices-rule-percent", "5");
        assertThat(robot.lookup("#prices-rule-channel-WEB").queryAs(CheckBox.class).isSelected()).isTrue();
        press("#prices-rule-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#prices-rule-validity-problem")).contains("PROMO-WEB2").contains("PROMO-WEB ");
        screenshot("prices-rules-en");
        assertThat(company.ctx.conditions().rules(RuleSet.PROMOTIONS)).extracting(Rule::code)
                .doesNotContain("PROMO-WEB2");
    }

    @Test
    void aListFromNextMonthIsCheckedInTheTesterWhileAnOrderTodayKeepsTodaysPrice() throws Exception {
        LocalDate nextMonth = TestCompany.TODAY.plusMonths(1).withDayOfMonth(1);
        company.ctx.priceLists().save(new Header("GAMMA-27", "Gamma netti 2027", PriceListScope.CUSTOMER, null, "C-C",
                nextMonth, null));
        assertThat(company.ctx.priceLists().importItems(List.of(TestCompany.row("list", "GAMMA-27", "sku", "P3",
                "minQty", "1", "unitPrice", "80,00", "validFrom", "", "validTo", ""))).errors()).isEmpty();

        // On the lists' timeline the new list starts later, the open base list holds today.
        tab(0);
        type("#prices-list-search", "A");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table("#prices-lists").getItems()
                .stream().anyMatch(r -> ((Summary) r).header().code().equals("GAMMA-27")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prices-lists .validity-future").queryAll()).hasSize(1);
        assertThat(robot.lookup("#prices-lists .validity-now").queryAll()).isNotEmpty();
        screenshot("prices-lists-timeline-en");

        assertThat(testerSays("C-C", "P3", null, nextMonth)).containsExactly(money("80.00"), "0 %", money("80.00"));
        assertThat(robot.lookup("#tester-reasons").queryListView().getItems())
                .anySatisfy(r -> assertThat(String.valueOf(r)).contains("GAMMA-27"));
        assertThat(testerSays("C-C", "P3", null, nextMonth.minusDays(1)))
                .containsExactly(money("100.00"), "0 %", money("100.00"));

        company.receive("P3", "MIL", "5");
        OrderView today = company.order("C-C", "TODAY-1", "P3", 1);
        assertThat(today.lines().getFirst().unitPrice()).isEqualByComparingTo("100.00");
    }

    @Test
    void promotionsFromAnExcelFileArePreviewedWithTheirRefusedRowAndOnlyTheGoodRowIsApplied() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("promozioni", ".xlsx");
        try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("promotions");
            String[][] rows = {
                    {"code", "description", "sku", "category", "percent", "validFrom", "validTo"},
                    {"PROMO-XMAS", "Natale", "P2", "", "15", TestCompany.TODAY.toString(), ""},
                    {"PROMO-BAD", "Troppo", "P3", "", "150", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        tab(3);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#import-holds").queryAs(ComboBox.class)
                .getSelectionModel().select(1)).get();
        WaitForAsyncUtils.asyncFx(() -> screen.importRulesFile(file)).get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !table("#rule-import-refused").getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table("#rule-import-changes").getItems()).extracting(c -> ((ConditionsService.RuleChange) c).code())
                .containsExactly("PROMO-XMAS");
        assertThat(table("#rule-import-refused").getItems())
                .extracting(e -> ((it.ordo.application.imports.ImportReport.RowError) e).line()).containsExactly(3);
        screenshot("prices-import-rules-en");
        // A refused row stops the import until the manager chooses to leave it out.
        assertThat(robot.lookup("#rule-import-apply").queryButton().isDisabled()).isTrue();
        press("#rule-import-keep-good");
        press("#rule-import-apply");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> text("#rule-import-message").contains("1"));
        assertThat(company.ctx.conditions().rules(RuleSet.PROMOTIONS)).extracting(Rule::code)
                .contains("PROMO-XMAS").doesNotContain("PROMO-BAD");
        assertThat(testerSays("C-C", "P2", null)).element(1).isEqualTo("15 %");
    }

    @Test
    void aCustomersNetListIsCreatedOnTheScreenItsPriceAddedAndASecondForTheSameDaysRefused() throws Exception {
        tab(0);
        type("#prices-list-search", "NETTI");
        type("#prices-newlist-code", "NETTI-CB");
        type("#prices-newlist-name", "Netti cliente B");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#prices-newlist-scope").queryAs(ComboBox.class)
                .setValue(PriceListScope.CUSTOMER)).get();
        type("#prices-newlist-target", "C-B");
        press("#prices-newlist-create");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> screenOpened("NETTI-CB"));
        assertThat(text("#prices-newlist-problem")).isEmpty();

        type("#prices-add-sku", "P2");
        type("#prices-add-minqty", "1");
        type("#prices-add-price", "1,80");
        press("#prices-add");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> table("#prices-items").getItems().size() == 1);
        assertThat(text("#prices-price-problem")).isEmpty();
        assertThat(testerSays("C-B", "P2", null)).element(2).isEqualTo(money("1.80"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(field("#prices-add-sku"), field("#prices-add-minqty"), field("#prices-add-price")))
                .as("the row is ready for the next product").containsOnly("");

        // The same customer cannot have two lists on the same days: refused beside the form, naming the first.
        tab(0);
        type("#prices-newlist-code", "NETTI-CB2");
        press("#prices-newlist-create");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !text("#prices-newlist-problem").isEmpty());
        assertThat(text("#prices-newlist-problem")).contains("NETTI-CB");
        assertThat(company.ctx.priceLists().search("NETTI-CB2")).isEmpty();
    }

    private boolean screenOpened(String code) {
        return table("#prices-lists").getItems().stream().anyMatch(r -> ((Summary) r).header().code().equals(code))
                && !robot.lookup("#prices-add").queryButton().isDisabled();
    }
}
