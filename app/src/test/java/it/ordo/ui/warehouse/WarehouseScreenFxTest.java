package it.ordo.ui.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.PickQueueRow;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.order.OrderView;
import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.FilePrintService;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * The warehouse's day on the desktop, in a real (headless) window: the
 * picker starts picking from the queue and the pick list prints; the packer
 * scans the order and its items, one wrong item is refused in red and
 * changes nothing; part of the order ships, the DDT and ZPL labels go to the
 * bench's printer (a javax.print service writing files), and the shipment is
 * in the Shipments list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseScreenFxTest {

    static {
        Headless.monocle();
    }

    private TestCompany company;
    private FilePrintService bench;
    private final List<String> navigation = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final FxRobot robot = new FxRobot();
    private WarehouseScreen screen;

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
        company.receive("P3", "MIL", "1");
        company.ctx.fulfilment().saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna",
                "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz={0}"));
        bench = FilePrintService.register("Bench-" + System.nanoTime(), Files.createTempDirectory("ordo-bench"));
        WarehousePrinters.Store printers = WarehousePrinters.inMemory(new WarehousePrinters.Choice(bench.getName(),
                bench.getName(), WarehousePrinters.LabelFormat.ZPL_203));
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            screen = new WarehouseScreen(new RecordingDesk(company.ctx, navigation, notices), printers,
                    List.of("MIL", "BOL"));
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

    private <T extends Node> T find(String id) {
        return robot.lookup("#" + id).query();
    }

    private void scan(String code) {
        robot.clickOn((Node) find("pack-scan"));
        robot.write(code);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Dordo.screenshots=DIR the screens are kept as PNG pictures for the docs. */
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

    private String answer() {
        return ((Label) find("pack-answer")).getText();
    }

    @Test
    void picksPacksByScannerShipsPartlyAndPrints() throws Exception {
        OrderView order = company.order("C-B", "WEB-77", "P1", 15, "P3", 1);

        // To pick: the order is in the queue; start picking prints the pick list.
        WaitForAsyncUtils.asyncFx(() -> screen.pick().load()).get();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PickQueueRow> queue = find("pick-table");
        assertThat(queue.getItems()).extracting(PickQueueRow::orderNumber).containsExactly(order.number());
        robot.clickOn(order.number());
        picture("warehouse-to-pick-en");
        robot.clickOn((Node) find("pick-start"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(company.ctx.orders().show(order.number()).status()).isEqualTo(OrderStatus.PICKING);
        assertThat(queue.getItems()).isEmpty();
        assertThat(bench.jobs()).hasSize(1);
        assertThat(new String(Files.readAllBytes(bench.jobs().getFirst()), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // Pack: the order barcode, six screws by EAN, a product of no line refused, the manual by code.
        WaitForAsyncUtils.asyncFx(() -> screen.select(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        scan(order.number().toLowerCase());
        assertThat(answer()).contains(order.number()).contains("Beta S.p.A.");
        scan("6*4006381333931");
        assertThat(answer()).startsWith("6 × P1");
        assertThat(((Label) find("pack-answer")).getStyleClass()).contains("success");
        scan("P2");
        assertThat(answer()).isEqualTo("P2 is not in order " + order.number() + ": put it back.");
        assertThat(((Label) find("pack-answer")).getStyleClass()).contains("danger").doesNotContain("success");
        picture("warehouse-pack-refused-en");
        scan("5*4006381333931");
        assertThat(answer()).startsWith("Too many P1");
        assertThat(screen.pack().rows()).extracting(r -> r.packed().intValue()).containsExactly(6, 0);
        robot.type(KeyCode.F6);
        scan("p3");
        assertThat(screen.pack().parcels()).hasSize(2);
        assertThat(screen.pack().parcels().getLast().contentsProperty().get()).isEqualTo("1 × P3");

        // The packer types each parcel's tracking number from the carrier's sticker.
        WaitForAsyncUtils.asyncFx(() -> {
            screen.pack().parcels().get(0).trackingProperty().set("BRT-P1");
            screen.pack().parcels().get(1).trackingProperty().set("BRT-P2");
        }).get();
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        ShipmentView shipped = screen.pack().shippedProperty().get();
        assertThat(shipped).isNotNull();
        assertThat(shipped.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(shipped.parcels()).hasSize(2);
        assertThat(shipped.lines()).extracting(ShipmentView.Line::sku, l -> l.quantity().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 6), org.assertj.core.groups.Tuple.tuple("P3", 1));
        assertThat(company.ctx.integrity().check()).isEmpty();
        // DDT as PDF, labels as ZPL, both on the bench's printer.
        assertThat(bench.jobs()).hasSize(3);
        assertThat(new String(Files.readAllBytes(bench.jobs().get(1)), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        String zpl = Files.readString(bench.jobs().get(2));
        assertThat(zpl).contains("^XA").contains(shipped.ddtNumber());
        assertThat(zpl.split("\\^XA", -1)).hasSize(3);   // one label per parcel

        // Shipments: today's list holds it, with its parcels.
        WaitForAsyncUtils.asyncFx(() -> screen.select(2)).get();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ShipmentView> shipments = find("shipments-table");
        assertThat(shipments.getItems()).extracting(ShipmentView::ddtNumber).contains(shipped.ddtNumber());
        robot.clickOn(shipped.ddtNumber());
        WaitForAsyncUtils.waitForFxEvents();
        picture("warehouse-shipments-en");
        TableView<ShipmentView.ParcelView> parcels = find("shipment-parcels");
        assertThat(parcels.getItems()).hasSize(2);
        assertThat(navigation).noneMatch(n -> n.startsWith("problem"));

        // The rest ships later; then the carrier's tracking file arrives until both shipments are delivered.
        company.ctx.fulfilment().startPicking(List.of(order.number()));
        ShipmentView rest = company.ctx.fulfilment().ship(new it.ordo.application.fulfilment.ShipRequest(
                order.number(), null, "BRT", null, null, null, null, List.of(
                new it.ordo.application.fulfilment.ShipRequest.ParcelRequest(null, null, null, null, "BRT-R1",
                        List.of(new it.ordo.application.fulfilment.ShipRequest.Item("P1",
                                new java.math.BigDecimal("4")))))));
        assertThat(rest.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);   // 5 still backordered
        company.receive("P1", "MIL", "5");
        company.ctx.fulfilment().startPicking(List.of(order.number()));
        ShipmentView last = company.ctx.fulfilment().ship(new it.ordo.application.fulfilment.ShipRequest(
                order.number(), null, "BRT", null, null, null, null, List.of(
                new it.ordo.application.fulfilment.ShipRequest.ParcelRequest(null, null, null, null, "BRT-R2",
                        List.of(new it.ordo.application.fulfilment.ShipRequest.Item("P1",
                                new java.math.BigDecimal("5")))))));
        assertThat(last.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        var report = company.ctx.fulfilment().importTracking(List.of(
                tracking(2, "BRT-R1", "2026-11-28 09:00", "CONSEGNATA"),
                tracking(3, "BRT-R2", "2026-11-29 09:00", "IN CONSEGNA"),
                tracking(4, "BRT-R2", "2026-11-29 12:00", "CONSEGNATA")));
        assertThat(report.errors()).isEmpty();
        assertThat(company.ctx.orders().show(order.number()).status()).isEqualTo(OrderStatus.SHIPPED);
        company.ctx.fulfilment().importTracking(List.of(tracking(2, "BRT-P2", "2026-11-28 10:00", "CONSEGNATA")));
        assertThat(company.ctx.orders().show(order.number()).status()).isEqualTo(OrderStatus.DELIVERED);
        WaitForAsyncUtils.asyncFx(() -> screen.shipments().find(shipped.ddtNumber())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) find("shipment-tracking")).getText()).startsWith("Tracking: delivered");
        picture("warehouse-shipment-tracking-en");

        // The order's detail shows its three shipments, each delivered, to any role that sees the order.
        List<OrderShipmentsView> made = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            OrderShipmentsView view = new OrderShipmentsView(company.ctx.fulfilment(),
                    new it.ordo.i18n.Texts(java.util.Locale.ENGLISH), new it.ordo.ui.SameThreadExecutor(),
                    TestCompany.ROME, order.number());
            view.load();
            made.add(view);
        }).get();
        @SuppressWarnings("unchecked")
        TableView<ShipmentView> ofOrder = (TableView<ShipmentView>) made.getFirst().getItems().getFirst();
        assertThat(ofOrder.getItems()).extracting(s -> s.tracking().deliveredAt() != null).containsExactly(true, true, true);
        Label state = (Label) made.getFirst().getItems().get(1).lookup("#shipment-tracking");
        assertThat(state.getText()).startsWith("Tracking: delivered");
    }

    private static it.ordo.application.imports.ImportRow tracking(int line, String number, String time, String status) {
        return new it.ordo.application.imports.ImportRow(line, java.util.Map.of("tracking", number, "time", time,
                "status", status));
    }
    /**
     * The administrator sets the GS1 prefix and a DDT series for Bologna on the settings tab: a series with a
     * digit is refused with the rule, and nothing is saved; corrected, it is saved and the next DDT of Bologna
     * is numbered in it.
     */
    @Test
    void theAdministratorSetsTheGs1PrefixAndADdtSeriesOnTheSettingsTab() throws Exception {
        robot.interact(() -> screen.select(4));
        robot.interact(screen::shown);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#shipping-series-BOL").tryQuery().isPresent());

        robot.clickOn((Node) find("shipping-gs1-prefix")).write("8012345");
        robot.clickOn((Node) find("shipping-series-BOL")).write("B1");
        robot.clickOn((Node) find("shipping-save"));
        Label message = find("shipping-message");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !message.getText().isEmpty() && !screen.setup().busyProperty().get());
        assertThat(message.getText()).contains("B1");
        assertThat(message.getStyleClass()).contains(atlantafx.base.theme.Styles.DANGER);
        assertThat(company.ctx.fulfilment().shippingSettings().gs1Prefix()).as("nothing saved").isNull();

        TextField bologna = find("shipping-series-BOL");
        robot.interact(() -> bologna.setText(""));
        robot.clickOn(bologna).write("dbo");
        robot.clickOn((Node) find("shipping-save"));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> message.getStyleClass().contains(atlantafx.base.theme.Styles.SUCCESS));
        picture("warehouse-shipping-settings");

        var saved = company.ctx.fulfilment().shippingSettings();
        assertThat(saved.gs1Prefix()).isEqualTo("8012345");
        assertThat(saved.ddtSeries()).containsExactly(
                new it.ordo.application.fulfilment.ShippingSettingsView.WarehouseSeries("BOL", "DBO"));
        assertThat(((TextField) find("shipping-series-BOL")).getText()).as("shown as stored").isEqualTo("DBO");
        // The other test's labels and DDTs are checked without an SSCC or a series.
        company.ctx.fulfilment().saveShippingSettings(
                new it.ordo.application.fulfilment.ShippingSettingsView(null, 0, List.of()));
        robot.interact(() -> screen.select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
