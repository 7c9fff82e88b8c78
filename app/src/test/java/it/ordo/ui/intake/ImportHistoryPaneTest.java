package it.ordo.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.Internals;
import it.ordo.application.intake.HistoryField;
import it.ordo.application.intake.HistoryRefusal;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.persistence.JpaTransactions;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
 * A manager brings in the old system's past orders on the desktop: the Past orders tab of Import orders reads the
 * file, the columns are mapped (some suggested from their headers), a dry run shows the figures and the refused
 * rows by reason and writes nothing, the import writes the orders with their ship and delivery dates, the refused
 * rows are saved to a file, and the same file again writes nothing new. A real (headless) window over a real
 * database.
 */
@Tag("ui")
class ImportHistoryPaneTest extends FxRobot {

    private static Stage stage;
    private TestCompany company;
    private ImportOrdersScreen screen;
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
        RecordingDesk desk = new RecordingDesk(company.ctx, problems, new ArrayList<>());
        FxToolkit.setupStage(s -> {
            screen = new ImportOrdersScreen(desk);
            Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.content()), 1366, 768);
            scene.getStylesheets().add(ImportOrdersScreen.class.getResource("/it/ordo/ui/ordo.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> ((TabPane) lookup("#import-tabs").query()).getSelectionModel().select(1));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.setScene(new Scene(new javafx.scene.layout.StackPane())));
        company.close();
    }

    /** The old system's export: Italian headers, some named as Ordo's fields, a refused row or two. */
    private Path oldSystemFile() throws IOException {
        Path file = dir.resolve("storico-vecchio-gestionale.csv");
        Files.write(file, List.of(
                "Fattura;Cliente;Articolo;Descrizione;Pezzi;Prezzo;Data;Stato;Ship date;Delivery date",
                "F-10;C-A;P1;Vite;4;9,50;02/06/2025 09:00;consegnato;03/06/2025 15:00;05/06/2025",
                "F-10;C-A;NEW-1;Articolo nuovo;1;20;02/06/2025 09:00;consegnato;03/06/2025 15:00;05/06/2025",
                "F-11;NUOVO;P2;Concime;3;2,50;04/06/2025;spedito;05/06/2025;",
                "F-12;C-B;P1;Vite;1;9,50;06/06/2025;consegnato;07/06/2025;06/06/2025",
                "F-13;C-B;P1;Vite;1;9,50;06/06/2025;smarrito;;"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void pastOrdersAreCheckedImportedWithTheirDatesAndTheRefusedRowsSaved() throws IOException {
        ImportHistoryPane pane = screen.history();
        ImportHistoryViewModel model = pane.model();
        Path file = oldSystemFile();
        interact(() -> pane.open(file));
        assertThat(model.detectedProperty().get()).contains("5 rows");
        assertThat(field(model, "Ship date")).isEqualTo(HistoryField.SHIP_DATE);
        assertThat(field(model, "Delivery date")).isEqualTo(HistoryField.DELIVERY_DATE);
        assertThat(model.sourceProperty().get()).isEqualTo("storico-vecchio-gestionale.csv");

        // A mapping without the order date is not run: the status line says which field is missing.
        interact(() -> {
            map(model, "Fattura", HistoryField.ORDER_KEY);
            map(model, "Cliente", HistoryField.CUSTOMER);
            map(model, "Articolo", HistoryField.SKU);
            map(model, "Descrizione", HistoryField.DESCRIPTION);
            map(model, "Pezzi", HistoryField.QUANTITY);
            map(model, "Prezzo", HistoryField.UNIT_PRICE);
            map(model, "Stato", HistoryField.STATUS);
        });
        clickOn("#history-dry-run");
        assertThat(lookup("#history-status").queryLabeled().getText())
                .isEqualTo("Map a column to \"Order date\": every past order needs it.");

        interact(() -> map(model, "Data", HistoryField.ORDER_DATE));
        long before = orders();
        clickOn("#history-dry-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#history-status").queryLabeled().getText()).isEqualTo("Dry run done: nothing was written.");
        assertThat(lookup("#history-figures").queryLabeled().getText())
                .isEqualTo("Dry run of 5 rows. Orders: 2 (sales: 2, cancellations: 0); lines: 3; new customers: 1;"
                        + " new products: 1. Sales 65.50 EUR, cancellations 0.00 EUR, net 65.50 EUR."
                        + " Already imported orders: 0. Refused rows: 2.");
        assertThat(model.reasons()).extracting(ImportHistoryViewModel.ReasonCount::reason,
                        ImportHistoryViewModel.ReasonCount::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryRefusal.BAD_STATUS, 1),
                        org.assertj.core.groups.Tuple.tuple(HistoryRefusal.DELIVERED_BEFORE_SHIPPED, 1));
        assertThat(orders()).isEqualTo(before);

        interact(() -> model.channelProperty().set(Channel.EMAIL));
        clickOn("#history-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#history-status").queryLabeled().getText()).isEqualTo("Import done.");
        assertThat(lookup("#history-figures").queryLabeled().getText())
                .startsWith("Imported from 5 rows. Orders: 2 (sales: 2, cancellations: 0); lines: 3;");
        assertThat(orders()).isEqualTo(before + 2);
        assertThat(count("SELECT COUNT(*) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.source = 'storico-vecchio-gestionale.csv' AND h.order_key = 'F-10'"
                + " AND o.status = 'DELIVERED' AND o.channel = 'EMAIL' AND h.shipped_at IS NOT NULL"
                + " AND h.delivered_at IS NOT NULL AND o.net_total = 58.00")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE code = 'NUOVO' AND history_batch_id IS NOT NULL"))
                .isEqualTo(1);
        screenshot("history-import-en");

        Path refused = dir.resolve("refused.csv");
        interact(() -> model.saveRefused(refused));
        String saved = Files.readString(refused, StandardCharsets.UTF_8);
        assertThat(saved).contains("Row,Reason,Fattura").contains("5,delivery date before the ship date")
                .contains("6,\"status not delivered").contains("smarrito");
        assertThat(lookup("#history-status").queryLabeled().getText())
                .isEqualTo("Refused rows saved to refused.csv: 2.");

        // The same file again: nothing new, and the run says so.
        clickOn("#history-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(orders()).isEqualTo(before + 2);
        assertThat(lookup("#history-figures").queryLabeled().getText())
                .startsWith("Imported from 5 rows. Orders: 0 ").contains("Already imported orders: 2.");
        assertThat(problems).isEmpty();
    }

    @Test
    void theOnlineRetailPresetMapsItsColumnsAndOptions() throws IOException {
        Path file = dir.resolve("online_retail_bit.csv");
        Files.write(file, List.of("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom",
                "536365,POST,POSTAGE,1,2010-12-01 08:26:00,18,17850,United Kingdom",
                "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-01 09:41:00,2.55,17850,United Kingdom"),
                StandardCharsets.UTF_8);
        ImportHistoryPane pane = screen.history();
        ImportHistoryViewModel model = pane.model();
        interact(() -> pane.open(file));
        clickOn("#history-online-retail");
        assertThat(field(model, "InvoiceNo")).isEqualTo(HistoryField.ORDER_KEY);
        assertThat(field(model, "CustomerID")).isEqualTo(HistoryField.CUSTOMER);
        assertThat(model.currencyProperty().get()).isEqualTo("GBP");
        assertThat(model.cancellationPrefixProperty().get()).isEqualTo("C");
        clickOn("#history-dry-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#history-figures").queryLabeled().getText())
                .startsWith("Dry run of 3 rows. Orders: 2 (sales: 1, cancellations: 1); lines: 3;")
                .contains("Sales 33.30 GBP, cancellations 2.55 GBP, net 30.75 GBP");
        assertThat(problems).isEmpty();
    }

    private static HistoryField field(ImportHistoryViewModel model, String header) {
        return model.mapping().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow()
                .fieldProperty().get();
    }

    private static void map(ImportHistoryViewModel model, String header, HistoryField field) {
        model.mapping().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow()
                .fieldProperty().set(field);
    }

    private long orders() {
        return company.ctx.orders().search(OrderQuery.newest(1)).total();
    }

    private long count(String sql) {
        JpaTransactions tx = Internals.transactions(company.ctx);
        return tx.read(() -> ((Number) tx.em().createNativeQuery(sql).getSingleResult()).longValue());
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
