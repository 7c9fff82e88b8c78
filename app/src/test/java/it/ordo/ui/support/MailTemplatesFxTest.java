package it.ordo.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.notification.MailTemplateRow;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.Session;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailTemplateKey;
import it.ordo.domain.security.Role;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import it.ordo.ui.Screen;
import it.ordo.ui.customers.CustomerDetailScreen;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator edits a customer e-mail on the Outbox's Templates tab in a real (headless) window: a text
 * with a placeholder the message cannot fill is refused naming it, the preview is filled from a real order, the
 * saved text is what the service uses, and "back to the original" restores it. Customer service turns a kind of
 * e-mail off on the customer's E-mails tab; the order desk sees the switches but cannot change them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailTemplatesFxTest {

    static {
        Headless.monocle();
    }

    private TestCompany company;
    private OrderView order;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
        order = company.order("C-A", "FX-TPL", "P1", 2);
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    private void open(Function<RecordingDesk, Screen> screen, OrdoContext who) throws Exception {
        FxToolkit.setupStage(s -> {
            Screen shown = screen.apply(new RecordingDesk(who, new ArrayList<>(), new ArrayList<>()));
            s.setScene(new Scene(new StackPane(shown.content()), 1366, 768));
            s.show();
            shown.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tab(String tabs, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane pane = robot.lookup(tabs).queryAs(TabPane.class);
            pane.getSelectionModel().select(pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorEditsPreviewsSavesAndResetsATemplate() throws Exception {
        open(OutboxScreen::new, company.ctx);
        fx(() -> {
            TabPane pane = (TabPane) robot.lookup(".tab-pane").query();
            pane.getSelectionModel().select(pane.getTabs().get(1));
        });
        ListView<MailTemplateRow> list = robot.lookup("#templates-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(MailTemplateKey.values().length * 2);
        fx(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.key() == MailTemplateKey.ORDER_DELIVERED && r.language().equals("it")).findFirst()
                .orElseThrow()));
        TextField subject = robot.lookup("#templates-subject").queryAs(TextField.class);
        TextArea body = robot.lookup("#templates-body").queryAs(TextArea.class);
        assertThat(subject.getText()).isEqualTo("Ordine {order} consegnato");

        fx(() -> {
            subject.setText("Consegnato {order} - {tracking}");
            body.setText("Gentile {customer}, l'ordine {order} è arrivato il {date}.");
        });
        robot.clickOn("#templates-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#templates-message")).contains("{tracking}");
        assertThat(company.ctx.mail().template(MailTemplateKey.ORDER_DELIVERED, "it").changed()).isFalse();

        fx(() -> {
            subject.setText("Consegnato {order}");
            robot.lookup("#templates-preview-order").queryAs(TextField.class).setText(order.number());
        });
        robot.clickOn("#templates-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#templates-preview-text").queryAs(TextArea.class).getText())
                .startsWith("Consegnato " + order.number()).contains("Gentile Alfa S.r.l., l'ordine " + order.number());

        robot.clickOn("#templates-save");
        WaitForAsyncUtils.waitForFxEvents();
        MailTemplateRow saved = company.ctx.mail().template(MailTemplateKey.ORDER_DELIVERED, "it");
        assertThat(saved.changed()).isTrue();
        assertThat(saved.subject()).isEqualTo("Consegnato {order}");
        assertThat(label("#templates-about")).contains("tester");

        robot.clickOn("#templates-reset");
        WaitForAsyncUtils.waitForFxEvents();
        // The confirmation: OK.
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(company.ctx.mail().template(MailTemplateKey.ORDER_DELIVERED, "it").changed()).isFalse();
        assertThat(subject.getText()).isEqualTo("Ordine {order} consegnato");
    }

    @Test
    void customerServiceTurnsAKindOffOnTheCustomerAndTheOrderDeskOnlySeesIt() throws Exception {
        OrdoContext service = company.ctx.as(new Session("cs", EnumSet.of(Role.CUSTOMER_SERVICE), false));
        open(d -> new CustomerDetailScreen(d, "C-B"), service);
        tab("#customer-tabs", "customer-tab-mail");
        CheckBox delivered = robot.lookup("#customer-mail-ORDER_DELIVERED").queryAs(CheckBox.class);
        assertThat(delivered.isSelected()).isTrue();
        robot.clickOn(delivered);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(company.ctx.mail().optedOut("C-B")).containsExactly(MailKind.ORDER_DELIVERED);
        assertThat(label("#customer-mail-message")).contains("Delivered");

        OrdoContext desk = company.ctx.as(new Session("desk", EnumSet.of(Role.ORDER_DESK), false));
        open(d -> new CustomerDetailScreen(d, "C-B"), desk);
        tab("#customer-tabs", "customer-tab-mail");
        CheckBox seen = robot.lookup("#customer-mail-ORDER_DELIVERED").queryAs(CheckBox.class);
        assertThat(seen.isSelected()).isFalse();
        assertThat(seen.isDisabled()).isTrue();
    }
}
