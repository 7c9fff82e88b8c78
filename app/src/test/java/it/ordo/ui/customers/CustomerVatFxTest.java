package it.ordo.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.customer.VatService.DeclarationView;
import it.ordo.application.security.Session;
import it.ordo.domain.order.VatTreatment;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.Columns;
import it.ordo.ui.RecordingDesk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Accounting at a customer's VAT tab in a real (headless) window: a declaration of intent with a bad field is
 * refused beside that field and nothing is written; corrected, it is listed with what is left, the customer's
 * orders become non-taxable under it, and once orders have used it to within a tenth of its ceiling what is left
 * shows in the warning colour. An EU business is confirmed on VIES from the tab; the order desk sees the same
 * position but is offered neither the form nor the VIES action.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerVatFxTest {

    static {
        Headless.monocle();
    }

    private static final String PROTOCOL = "26011512345678901-000042";
    private static final Texts EN = new Texts(Locale.ENGLISH);

    private TestCompany company;
    private OrdoContext accounting;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    void setUp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        assertThat(company.customers(TestCompany.customerOfKind("DE-MUSTER", "EU_BUSINESS", "DE811907980", "", "",
                "10117", "Berlin", "", "DE")).errors()).isEmpty();
        accounting = company.ctx.as(new Session("contabilita", EnumSet.of(Role.ACCOUNTING), false));
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    /** The customer's detail as {@code who} opens it, on its VAT tab. */
    private void open(OrdoContext who, String customer) throws Exception {
        FxToolkit.setupStage(s -> {
            CustomerDetailScreen screen = new CustomerDetailScreen(new RecordingDesk(who, new ArrayList<>(),
                    new ArrayList<>()), customer);
            s.setScene(new Scene(new StackPane(screen.content()), 1366, 768));
            s.show();
            screen.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane tabs = robot.lookup("#customer-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "customer-tab-vat".equals(t.getId())).findFirst().orElseThrow());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String field, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(field).queryAs(TextField.class).setText(text)).get();
    }

    private void pick(String field, LocalDate day) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(field).queryAs(DatePicker.class).setValue(day)).get();
    }

    private void register() {
        robot.clickOn("#customer-vat-register");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Whether the node is on screen: it and every node around it visible. */
    private boolean shown(String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private TableView<DeclarationView> declarations() {
        return robot.lookup("#customer-vat-declarations").queryAs(TableView.class);
    }

    @Test
    void aDeclarationWithABadFieldIsRefusedBesideItThenRecordedAndListedWithWhatIsLeft() throws Exception {
        open(accounting, "C-B");
        assertThat(text("#customer-vat-kind")).isEqualTo(EN.get("cli.customer.kind.IT_BUSINESS"));
        assertThat(text("#customer-vat-treatment")).isEqualTo(EN.get(VatTreatment.DOMESTIC.labelKey()));
        assertThat(declarations().getItems()).isEmpty();

        // The end before the start: said beside the validity, nothing else marked, nothing written.
        type("#customer-vat-protocol", PROTOCOL);
        pick("#customer-vat-from", LocalDate.of(2026, 12, 31));
        pick("#customer-vat-to", LocalDate.of(2026, 1, 1));
        type("#customer-vat-ceiling", "1000");
        register();
        assertThat(text("#customer-vat-problem-validity")).contains(EN.date(LocalDate.of(2026, 1, 1)));
        assertThat(shown("#customer-vat-problem-validity")).isTrue();
        assertThat(text("#customer-vat-problem-protocol")).isEmpty();
        assertThat(text("#customer-vat-problem-ceiling")).isEmpty();
        assertThat(company.ctx.vat().declarations("C-B")).isEmpty();

        // Dates put right, but a negative ceiling: now the ceiling is marked, and the validity no longer.
        pick("#customer-vat-from", LocalDate.of(2026, 1, 1));
        pick("#customer-vat-to", LocalDate.of(2026, 12, 31));
        type("#customer-vat-ceiling", "-1000");
        register();
        assertThat(text("#customer-vat-problem-ceiling")).contains("-1000");
        assertThat(text("#customer-vat-problem-validity")).isEmpty();
        assertThat(company.ctx.vat().declarations("C-B")).isEmpty();
        // What was typed stays, to be corrected.
        assertThat(robot.lookup("#customer-vat-protocol").queryAs(TextField.class).getText()).isEqualTo(PROTOCOL);

        type("#customer-vat-ceiling", "1000");
        register();
        assertThat(text("#customer-vat-problem-ceiling")).isEmpty();
        assertThat(text("#customer-vat-done")).contains(PROTOCOL);
        assertThat(declarations().getItems()).singleElement().satisfies(d -> {
            assertThat(d.protocol()).isEqualTo(PROTOCOL);
            assertThat(d.remaining()).isEqualByComparingTo("1000.00");
            assertThat(d.nearlyExhausted()).isFalse();
        });
        assertThat(leftCell(EN.money(new BigDecimal("1000.00"))).getPseudoClassStates()).doesNotContain(Columns.WARNING);
        assertThat(robot.lookup("#customer-vat-protocol").queryAs(TextField.class).getText()).isEmpty();
        // Today falls within it: the customer's orders are now non-taxable under it, as the tab says.
        assertThat(text("#customer-vat-treatment")).isEqualTo(EN.get(VatTreatment.INTENT_DECLARATION.labelKey()));
        assertThat(text("#customer-vat-nature")).isEqualTo("N3.5");
        assertThat(text("#customer-vat-wording")).contains(PROTOCOL).contains("633/1972");

        // An order of 950.00 uses it to within a tenth of its ceiling: back on the tab, what is left is a warning.
        company.receive("P1", "MIL", "100");
        company.order("C-B", "VAT-1", "P1", 95);
        robot.clickOn("#customer-vat-declarations").type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(declarations().getItems()).singleElement().satisfies(d -> {
            assertThat(d.remaining()).isEqualByComparingTo("50.00");
            assertThat(d.nearlyExhausted()).isTrue();
        });
        assertThat(leftCell(EN.money(new BigDecimal("50.00"))).getPseudoClassStates()).contains(Columns.WARNING);

        // The same protocol again is refused beside the protocol.
        type("#customer-vat-protocol", PROTOCOL);
        pick("#customer-vat-from", LocalDate.of(2027, 1, 1));
        pick("#customer-vat-to", LocalDate.of(2027, 12, 31));
        type("#customer-vat-ceiling", "5000");
        register();
        assertThat(text("#customer-vat-problem-protocol")).contains(PROTOCOL);
        assertThat(company.ctx.vat().declarations("C-B")).hasSize(1);
    }

    private TableCell<?, ?> leftCell(String money) {
        return robot.from(declarations()).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && money.equals(c.getText())
                        && c.getTableColumn().getText().equals(EN.get("customers.vat.col.left")))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
    }

    @Test
    void anEuBusinessIsConfirmedOnViesFromTheTabAndItsOrdersBecomeIntraEu() throws Exception {
        open(accounting, "DE-MUSTER");
        assertThat(text("#customer-vat-kind")).isEqualTo(EN.get("cli.customer.kind.EU_BUSINESS"));
        assertThat(text("#customer-vat-number")).isEqualTo("DE811907980");
        assertThat(text("#customer-vat-treatment")).isEqualTo(EN.get(VatTreatment.DOMESTIC.labelKey()));
        assertThat(text("#customer-vat-vies-state")).contains("DE811907980");
        assertThat(text("#customer-vat-notes")).contains("VIES");
        // An EU business files no declaration of intent: no such section.
        assertThat(shown("#customer-vat-declarations")).isFalse();

        robot.clickOn("#customer-vat-vies-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#customer-vat-vies-state")).contains("contabilita");
        assertThat(text("#customer-vat-treatment")).isEqualTo(EN.get(VatTreatment.INTRA_EU.labelKey()));
        assertThat(text("#customer-vat-nature")).isEqualTo("N3.2");
        assertThat(text("#customer-vat-wording")).contains("DE811907980").contains("331/1993");
        assertThat(company.ctx.customers().show("DE-MUSTER").vatTreatment()).isEqualTo(VatTreatment.INTRA_EU);
    }

    @Test
    void theOrderDeskSeesThePositionButMayRecordNothing() throws Exception {
        OrdoContext desk = company.ctx.as(new Session("banco", EnumSet.of(Role.ORDER_DESK), false));
        open(desk, "C-C");
        assertThat(text("#customer-vat-treatment")).isEqualTo(EN.get(VatTreatment.DOMESTIC.labelKey()));
        assertThat(shown("#customer-vat-declarations")).isTrue();
        assertThat(shown("#customer-vat-register")).isFalse();
        open(desk, "DE-MUSTER");
        assertThat(shown("#customer-vat-vies-state")).isTrue();
        assertThat(shown("#customer-vat-vies-confirm")).isFalse();
    }
}
