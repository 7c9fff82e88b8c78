package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.ordo.testing.FilePrintService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse day from the command line: the queue, picking, a scripted pack
 * and ship in two parcels, the DDT shown, written and printed, labels as ZPL,
 * and bad input refused with the exit codes of docs/cli.md.
 */
class WarehouseCommandLineTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String adminPassword;
    private static FilePrintService printer;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
        Path products = Files.writeString(dir.resolve("products.csv"), """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                P1;4006381333931;Vite 4x40;Viteria;PCS;22;5,00;10,00;0,010
                P3;5901234123457;Manuale tecnico;Libri;PCS;4;60;100;0.5
                """);
        assertThat(run("product", "import", products.toString()).exit()).isZero();
        Path customers = Files.writeString(dir.resolve("customers.json"), """
                {"customers": [
                  {"code": "C-A", "name": "Alfa S.r.l.", "vatNumber": "01114601006", "tier": "A",
                   "creditLimit": 100000, "paymentTerms": "Bonifico 30 gg", "acceptsBackorders": true,
                   "address": "Via Roma 1", "postalCode": "20121", "city": "Milano", "province": "MI"}
                ]}
                """);
        assertThat(run("customer", "import", customers.toString()).exit()).isZero();
        assertThat(run("receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "100").exit()).isZero();
        assertThat(run("receive", "--sku", "P3", "--warehouse", "MAIN", "--qty", "10").exit()).isZero();
        printer = FilePrintService.register("Ufficio Laser " + System.nanoTime(), dir);
    }

    @Test
    void anOrderIsPickedPackedShippedInTwoParcelsAndItsDdtPrinted() throws IOException {
        Path order = Files.writeString(dir.resolve("order.json"), """
                {"externalRef": "WH-1", "channel": "WEB", "customer": "C-A",
                 "lines": [{"sku": "P1", "qty": 20}, {"sku": "P3", "qty": 2}]}
                """);
        assertThat(run("order", "place", order.toString()).exit()).isZero();
        String number = json(run("pick", "list", "main", "--json").out()).get(0).get("orderNumber").asText();
        assertThat(run("bin", "P3", "MAIN", "a-01-1").out()).contains("A-01-1");
        assertThat(run("carrier", "save", "BRT", "--name", "BRT S.p.A.", "--address", "Via Emilia 1, Bologna",
                "--tracking-url", "https://vas.brt.it/track?n={0}").exit()).isZero();

        assertThat(run("pick", "start", number).out()).contains(number).contains(FirstAdministrator.NAME);
        Result pack = run("pack", number);
        assertThat(pack.out()).contains("A-01-1").contains("4006381333931").contains("20");

        Result ship = run("ship", number, "--carrier", "BRT",
                "--parcel", "4006381333931=20;tracking=BRT0001;size=30x20x10",
                "--parcel", "P3=1;weight=1,5", "--json");
        assertThat(ship.exit()).as(ship.err()).isZero();
        JsonNode shipment = json(ship.out());
        String ddt = shipment.get("ddtNumber").asText();
        assertThat(ddt).matches("DDT-2026-\\d{6}|DDT-\\d{4}-\\d{6}");
        assertThat(shipment.get("orderStatus").asText()).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(shipment.get("parcels")).hasSize(2);

        Result show = run("ddt", "show", ddt);
        assertThat(show.out()).contains("BRT S.p.A.").contains("BRT0001").contains("https://vas.brt.it/track?n=BRT0001");

        Path pdf = dir.resolve("ddt.pdf");
        assertThat(run("ddt", "pdf", ddt, "--out", pdf.toString()).exit()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(ddt).contains("Alfa S.r.l.").contains("Vendita");
        }
        // Written again without --force: refused, the first file is kept.
        assertThat(run("ddt", "pdf", ddt, "--out", pdf.toString()).exit()).isEqualTo(Cli.USAGE);

        Result printed = run("ddt", "pdf", ddt, "--printer", printer.getName());
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(Files.readAllBytes(printer.jobs().getLast())).isEqualTo(Files.readAllBytes(pdf));

        Path zpl = dir.resolve("labels.zpl");
        assertThat(run("label", ddt, "--format", "zpl", "--dpi", "300", "--out", zpl.toString()).exit()).isZero();
        assertThat(Files.readString(zpl)).startsWith("^XA").contains("^PW1200").contains("^FDBRT0001^FS");
        assertThat(run("label", ddt, "--format", "zpl", "--printer", printer.getName()).exit()).isZero();
        assertThat(Files.readString(printer.jobs().getLast())).contains("^PW812");
    }

    @Test
    void badParcelsAndWrongGoodsAreRefusedWithTheirExitCodes() throws IOException {
        Path order = Files.writeString(dir.resolve("order2.json"), """
                {"externalRef": "WH-2", "channel": "WEB", "customer": "C-A", "lines": [{"sku": "P1", "qty": 3}]}
                """);
        assertThat(run("order", "place", order.toString()).exit()).isZero();
        String number = json(run("order", "list", "--json").out()).findValues("number").stream()
                .map(JsonNode::asText).filter(n -> !n.isBlank()).findFirst().orElseThrow();
        run("pick", "start", number);

        Result unreadable = run("ship", number, "--parcel", "P1=3;colour=red");
        assertThat(unreadable.exit()).isEqualTo(Cli.USAGE);
        assertThat(unreadable.err()).contains("colour=red");
        Result wrong = run("ship", number, "--parcel", "P3=1");
        assertThat(wrong.exit()).isEqualTo(Cli.REFUSED);
        assertThat(wrong.err()).contains("P3");
        Result tooMany = run("ship", number, "--parcel", "P1=4");
        assertThat(tooMany.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run("label", "DDT-2026-999999").exit()).isEqualTo(Cli.REFUSED);
        assertThat(run("check").exit()).isZero();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (adminPassword != null) {
            all.addAll(List.of("--user", FirstAdministrator.NAME));
        }
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("company").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all.toArray(String[]::new), o, e,
                    adminPassword == null ? Map.of() : Map.of("ORDO_PASSWORD", adminPassword));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTrackingFileDeliversTheOrderAndItsBadRowsAreNamed() throws IOException {
        Path order = Files.writeString(dir.resolve("order-track.json"), """
                {"externalRef": "WH-TRACK", "channel": "WEB", "customer": "C-A",
                 "lines": [{"sku": "P1", "qty": 3}]}
                """);
        Result placed = run("order", "place", order.toString());
        assertThat(placed.exit()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ORD-\\d{4}-\\d{6}").matcher(placed.out());
        assertThat(m.find()).as(placed.out()).isTrue();
        String number = m.group();
        run("carrier", "save", "GLS", "--name", "GLS Italy");
        run("pick", "start", number);
        Result ship = run("ship", number, "--carrier", "GLS", "--parcel", "P1=3;tracking=GLS-777", "--json");
        assertThat(ship.exit()).as(ship.err()).isZero();
        String ddt = json(ship.out()).get("ddtNumber").asText();

        Path csv = Files.writeString(dir.resolve("gls.csv"), """
                tracking;time;status;place;text;sensor;value
                GLS-777;2026-11-28 08:00;INTRANSIT;Piacenza;;;
                NOPE-1;2026-11-28 08:00;INTRANSIT;Piacenza;;;
                GLS-777;2026-11-28 09:10;;Piacenza;;SHOCK;3,2
                GLS-777;2026-11-28 15:42;DELIVERED;Milano;Firmato Bianchi;;
                """);
        Result imported = run("tracking", "import", csv.toString());
        assertThat(imported.exit()).isEqualTo(Cli.REFUSED);
        assertThat(imported.out()).contains("4 rows read: 3 events recorded (1 sensor readings)")
                .contains("1 shipments delivered (1 orders)");
        assertThat(imported.err()).contains("line 3 (NOPE-1): No parcel has tracking number NOPE-1");
        assertThat(json(run("order", "show", number, "--json").out()).get("status").asText()).isEqualTo("DELIVERED");

        Path again = Files.writeString(dir.resolve("gls.json"), """
                {"events": [{"tracking": "GLS-777", "time": "2026-11-28T15:42", "status": "DELIVERED",
                             "place": "Milano", "text": "Firmato Bianchi"}]}
                """);
        Result repeat = run("tracking", "import", again.toString(), "--json");
        assertThat(repeat.exit()).as(repeat.err()).isZero();
        assertThat(json(repeat.out()).get("duplicates").asInt()).isEqualTo(1);
        assertThat(run("ddt", "show", ddt).out()).contains("DELIVERED (DELIVERED)").contains("SHOCK 3.2")
                .contains("Piacenza");
    }

    @Test
    void aWatchedFolderImportsNewFilesAndMovesThemToDoneOrToFailedWithAReport() throws Exception {
        String number = placed("WH-WATCH", 2);
        run("carrier", "save", "SDA", "--name", "SDA Express Courier");
        run("pick", "start", number);
        assertThat(run("ship", number, "--carrier", "SDA", "--parcel", "P1=2;tracking=SDA-900").exit()).isZero();

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("sda-1.csv"), """
                tracking;time;status;place;text;sensor;value
                SDA-900;2026-11-28 08:00;TRN;Bologna;;;
                """);
        Files.writeString(inbox.resolve("sda-2.csv"), """
                tracking;time;status;place;text;sensor;value
                SDA-900;2026-11-28 09:00;TRN;Modena;;;
                NOPE-2;2026-11-28 09:00;TRN;Modena;;;
                SDA-900;yesterday;TRN;Modena;;;
                """);
        Files.writeString(inbox.resolve("broken.json"), "{\"events\": [ {\"tracking\": ");
        Files.writeString(inbox.resolve("sda-3.csv.part"), "still being copied");

        Result once = run("tracking", "watch", inbox.toString(), "--once");
        assertThat(once.exit()).as(once.err()).isEqualTo(Cli.REFUSED);
        assertThat(once.out()).contains("sda-1.csv: 1 rows read: 1 events recorded");
        assertThat(inbox.resolve("done/sda-1.csv")).exists();
        assertThat(inbox.resolve("failed/sda-2.csv")).exists();
        assertThat(Files.readString(inbox.resolve("failed/sda-2.csv.errors.txt")))
                .contains("3 rows read: 1 events recorded")
                .contains("line 3 (NOPE-2): No parcel has tracking number NOPE-2")
                .contains("line 4 (SDA-900)").contains("yesterday is not a time");
        assertThat(inbox.resolve("failed/broken.json")).exists();
        assertThat(inbox.resolve("failed/broken.json.errors.txt")).isNotEmptyFile();
        assertThat(once.err()).contains("sda-2.csv: 2 problems").contains("broken.json: 1 problems");
        assertThat(inbox.resolve("sda-3.csv.part")).exists();              // not taken while being copied
        assertThat(inbox.resolve("sda-1.csv")).doesNotExist();

        // Watching: a file dropped in later is taken, one of the same name goes beside the first in done/.
        Result[] watched = new Result[1];
        Thread watcher = new Thread(() -> watched[0] = run("tracking", "watch", inbox.toString(), "--interval", "1"));
        watcher.start();
        Files.writeString(inbox.resolve("sda-1.csv"), """
                tracking;time;status;place;text;sensor;value
                SDA-900;2026-11-28 15:42;DELIVERED;Milano;Firmato Rossi;;
                """);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(inbox.resolve("done/sda-1-2.csv")) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        watcher.interrupt();                                                  // as a service manager stops it
        watcher.join(60_000);
        assertThat(watcher.isAlive()).isFalse();
        assertThat(watched[0].exit()).as(watched[0].err()).isZero();
        assertThat(watched[0].out()).contains("Watching").contains("sda-1.csv: 1 rows read: 1 events recorded")
                .contains("Stopped watching.");
        assertThat(inbox.resolve("done/sda-1-2.csv")).exists();
        assertThat(json(run("order", "show", number, "--json").out()).get("status").asText()).isEqualTo("DELIVERED");
        assertThat(run("tracking", "watch", dir.resolve("no-such-folder").toString()).exit()).isEqualTo(Cli.USAGE);
    }

    @Test
    void theGs1PrefixAndAWarehousesOwnDdtSeriesAreSetAndOrderShipIssuesTheDdt() throws IOException {
        Result bad = run("settings", "--gs1-prefix", "80123");
        assertThat(bad.exit()).isEqualTo(Cli.REFUSED);
        assertThat(bad.err()).contains("GS1 company prefix \"80123\" is not valid");
        assertThat(run("settings", "--ddt-series", "MAIN").exit()).isEqualTo(Cli.USAGE);

        Result set = run("settings", "--gs1-prefix", "8012345", "--sscc-extension", "1", "--ddt-series", "main=dma");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("Shipping settings saved.").contains("8012345").contains("MAIN: DMA")
                .contains("every other warehouse: DDT");
        try {
            // The one-step ship: the warehouse's own shipment, with its DDT in the warehouse's series.
            String number = placed("WH-ONE", 4);
            assertThat(run("order", "pick", number).exit()).isZero();
            Result shipped = run("order", "ship", number);
            assertThat(shipped.exit()).as(shipped.err()).isZero();
            assertThat(shipped.out()).containsPattern("Shipped with DMA-\\d{4}-000001: order " + number
                    + " is now SHIPPED");
            String ddt = shipped.out().replaceAll("(?s).*?(DMA-\\d{4}-\\d{6}).*", "$1");
            JsonNode shipment = json(run("ddt", "show", ddt, "--json").out());
            assertThat(shipment.get("parcels").get(0).get("sscc").asText()).startsWith("18012345").hasSize(18);
            assertThat(run("ddt", "show", ddt).out()).contains("SSCC (00) 18012345");
            assertThat(json(run("order", "show", number, "--json").out()).get("lines").get(0).get("allocated")
                    .decimalValue()).isEqualByComparingTo("0");
            assertThat(run("order", "ship", number).exit()).isEqualTo(Cli.REFUSED);
        } finally {
            assertThat(run("settings", "--gs1-prefix", "none", "--ddt-series", "MAIN=").exit()).isZero();
        }
        JsonNode settings = json(run("settings", "--json").out());
        assertThat(settings.get("gs1Prefix").isNull()).isTrue();
        assertThat(settings.get("ddtSeries")).isEmpty();
    }

    private static String placed(String ref, int qty) throws IOException {
        Path order = Files.writeString(dir.resolve(ref + ".json"), """
                {"externalRef": "%s", "channel": "WEB", "customer": "C-A", "lines": [{"sku": "P1", "qty": %d}]}
                """.formatted(ref, qty));
        Result placed = run("order", "place", order.toString());
        assertThat(placed.exit()).as(placed.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ORD-\\d{4}-\\d{6}").matcher(placed.out());
        assertThat(m.find()).as(placed.out()).isTrue();
        return m.group();
    }
}
