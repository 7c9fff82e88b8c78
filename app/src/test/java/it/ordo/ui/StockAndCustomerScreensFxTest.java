package it.ordo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.security.Session;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.security.Role;
import it.ordo.testing.Headless;
import it.ordo.testing.StockFixture;
import it.ordo.testing.TestCompany;
import it.ordo.ui.customers.CustomerDetailScreen;
import it.ordo.ui.customers.CustomerListScreen;
import it.ordo.ui.stock.StockScreen;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
 * The stock and customer screens in a real (headless) window: the keys a desk
 * operator uses and where they lead. Runs on Monocle unless another glass
 * platform was chosen on the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockAndCustomerScreensFxTest {

    static {
        Headless.monocle();
    }

    private TestCompany company;
    private StockFixture fixture;
    private final List<String> navigation = new ArrayList<>();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        fixture = StockFixture.build(company);
        company.customers(TestCompany.row("code", "C-BLK", "name", "Omega Insolventi S.r.l.", "vatNumber",
                "01114601006", "creditLimit", "1000", "paymentTerms", "Contanti", "address", "Via Roma 1",
                "postalCode", "40121", "city", "Bologna", "blocked", "true"));
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    private Desk desk(OrdoContext ctx) {
        return new RecordingDesk(ctx, navigation, new ArrayList<>());
    }

    private <S extends Screen> S show(Callable<S> make) throws Exception {
        List<S> made = new ArrayList<>();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            try {
                made.add(make.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stage.setScene(new Scene(new StackPane(made.getFirst().content()), 1366, 768));
            stage.show();
            made.getFirst().shown();
            made.getFirst().focus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        navigation.clear();
        return made.getFirst();
    }

    private static Node focused(Screen screen) {
        return screen.content().getScene().getFocusOwner();
    }

    @Test
    void stockDrillDownFromAnOrderLineAndEnterOnTheAllocatingOrder() throws Exception {
        StockScreen stock = show(() -> new StockScreen(desk(company.ctx)));
        WaitForAsyncUtils.asyncFx(() -> stock.showProduct("P3")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(stock)).isInstanceOf(TextField.class);

        @SuppressWarnings("unchecked")
        TableView<StockRow> rows = (TableView<StockRow>) stock.content().lookupAll(".table-view").iterator().next();
        assertThat(rows.getItems()).extracting(StockRow::sku).containsOnly("P3");
        WaitForAsyncUtils.asyncFx(() -> {
            rows.requestFocus();
            rows.getSelectionModel().select(1); // P3 in Milan: held by Alfa's order
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        // Another desk takes more P3 from Milan: the next refresh shows it, on the same row still selected.
        company.order("C-B", "OTHER-DESK", "P3", 1);
        WaitForAsyncUtils.asyncFx(stock::shown).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getSelectionModel().getSelectedItem().warehouse()).isEqualTo("MIL");
        assertThat(rows.getSelectionModel().getSelectedItem().backordered()).isEqualByComparingTo("4");

        TableView<?> allocated = (TableView<?>) stock.content().lookupAll(".table-view").stream()
                .filter(t -> t != rows).findFirst().orElseThrow();
        assertThat(allocated.getItems()).hasSize(1);
        WaitForAsyncUtils.asyncFx(() -> {
            allocated.requestFocus();
            allocated.getSelectionModel().select(0);
        }).get();
        robot.type(KeyCode.ENTER);
        assertThat(navigation).containsExactly("order " + fixture.order);

        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(stock)).as("Ctrl+F goes back to the text filter").isInstanceOf(TextField.class);
        WaitForAsyncUtils.asyncFx(stock::closed).get();
    }

    @Test
    void enterOnACustomerOpensIt() throws Exception {
        CustomerListScreen list = show(() -> new CustomerListScreen(desk(company.ctx)));
        robot.write("omega");
        Thread.sleep(500); // the typing pause
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        assertThat(navigation).containsExactly("customer C-BLK");
    }

    @Test
    void newOrderIsOfferedOnlyToSellersForCustomersNotBlocked() throws Exception {
        CustomerDetailScreen alfa = show(() -> new CustomerDetailScreen(desk(company.ctx), "C-A"));
        assertThat(newOrderButton(alfa).isVisible()).isTrue();
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(navigation).containsExactly("new order C-A");

        CustomerDetailScreen blocked = show(() -> new CustomerDetailScreen(desk(company.ctx), "C-BLK"));
        assertThat(newOrderButton(blocked).isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(navigation).isEmpty();

        OrdoContext warehouse = company.ctx.as(new Session("magazzino", EnumSet.of(Role.WAREHOUSE), false));
        CustomerDetailScreen forWarehouse = show(() -> new CustomerDetailScreen(desk(warehouse), "C-A"));
        assertThat(newOrderButton(forWarehouse).isVisible()).isFalse();
    }

    private static Button newOrderButton(Screen screen) {
        return screen.content().lookupAll(".button").stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "New order for this customer".equals(b.getText())).findFirst().orElseThrow();
    }
}
