package it.ordo.ui.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.fulfilment.ShippingSettingsView;
import it.ordo.application.order.OrderView;
import it.ordo.testing.FilePrintService;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The Warehouse place as an Italian warehouse sees it: every tab in Italian,
 * a wrong scan refused in Italian, a shipment with its parcels' SSCC. With
 * -Dordo.screenshots=DIR each tab is kept as a picture for the docs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseScreenItalianFxTest {

    static {
        Headless.monocle();
    }

    private TestCompany company;
    private final FxRobot robot = new FxRobot();
    private WarehouseScreen screen;

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        company.receive("P1", "MIL", "30");
        company.receive("P3", "MIL", "2");
        company.ctx.fulfilment().saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna",
                "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz={0}"));
        company.ctx.fulfilment().saveShippingSettings(new ShippingSettingsView("8034567", 0, List.of()));
        FilePrintService bench = FilePrintService.register("Banco-" + System.nanoTime(),
                Files.createTempDirectory("ordo-banco"));
        WarehousePrinters.Store printers = WarehousePrinters.inMemory(new WarehousePrinters.Choice(bench.getName(),
                bench.getName(), WarehousePrinters.LabelFormat.ZPL_203));
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            screen = new WarehouseScreen(new RecordingDesk(company.ctx, new ArrayList<>(), new ArrayList<>(),
                    Locale.ITALIAN), printers, List.of("MIL", "BOL"));
            stage.setScene(new Scene(new StackPane(screen.content()), 1366, 768));
            stage.show();
            screen.shown();
            screen.focus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    @Test
    void everyTabSpeaksItalian() throws Exception {
        OrderView waiting = company.order("C-A", "WEB-11", "P1", 4, "P3", 1);
        OrderView packing = company.order("C-B", "WEB-12", "P1", 6);
        OrderView shipped = company.order("C-C", "WEB-13", "P1", 10);
        company.ctx.fulfilment().startPicking(List.of(packing.number(), shipped.number()));
        ShipmentView s = company.ctx.fulfilment().ship(new ShipRequest(shipped.number(), null, "BRT", null, null,
                null, null, List.of(new ShipRequest.ParcelRequest(null, 40, 30, 20, "BRT0012345",
                        List.of(new ShipRequest.Item("P1", new BigDecimal("6")))),
                new ShipRequest.ParcelRequest(null, null, null, null, "BRT0012346",
                        List.of(new ShipRequest.Item("P1", new BigDecimal("4")))))));

        TabPane tabs = robot.lookup(".tab-pane").query();
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
                .containsExactly("Da prelevare", "Imballo", "Spedizioni", "Stampanti", "Impostazioni spedizione");

        WaitForAsyncUtils.asyncFx(() -> screen.pick().load()).get();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> queue = robot.lookup("#pick-table").query();
        assertThat(queue.getItems()).hasSize(1);
        robot.clickOn(waiting.number());
        picture("warehouse-to-pick-it");

        WaitForAsyncUtils.asyncFx(() -> screen.select(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        scan(packing.number());
        scan("2*4006381333931");
        scan("P2");
        Label answer = robot.lookup("#pack-answer").query();
        assertThat(answer.getText()).isEqualTo("P2 non è nell'ordine " + packing.number() + ": rimettilo a posto.");
        picture("warehouse-pack-refused-it");

        WaitForAsyncUtils.asyncFx(() -> screen.select(2)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> screen.shipments().find(s.ddtNumber())).get();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ShipmentView.ParcelView> parcels = robot.lookup("#shipment-parcels").query();
        assertThat(parcels.getItems()).extracting(ShipmentView.ParcelView::sscc)
                .allSatisfy(code -> assertThat(code).startsWith("08034567").hasSize(18));
        assertThat(parcels.getColumns()).extracting(c -> c.getText()).contains("Collo", "SSCC");
        picture("warehouse-shipments-it");

        WaitForAsyncUtils.asyncFx(() -> screen.select(3)).get();
        WaitForAsyncUtils.waitForFxEvents();
        picture("warehouse-printers-it");
    }

    private void scan(String code) {
        robot.clickOn((Node) robot.lookup("#pack-scan").query());
        robot.write(code);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void picture(String name) throws Exception {
        String dir = System.getProperty("ordo.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = screen.content().getScene().snapshot(null)).get();
        Path file = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
