package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user drives it: real commands on a real embedded
 * Derby database, files written as a spreadsheet or a web shop would, and
 * what comes back on standard output, standard error and the exit code.
 * One company is set up for the class; each test works on its own products,
 * customers and order references so the tests do not depend on each other.
 */
class CommandLineTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exit, String out, String err) {
    }

    /** The administrator's chosen password, once init has made the administrator; every command then signs in. */
    private static String adminPassword;

    @BeforeAll
    static void company() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
        // As Italian Excel saves it: ';' between fields, ',' in decimals, a quoted field holding a ';'.
        Path products = write("products.csv", """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                P1;4006381333931;Vite 4x40;Viteria;PCS;22;5,00;10,00;0,010
                P2;;Concime granulare;Concimi;KG;10;1;2,50;1
                P3;5901234123457;"Manuale; tecnico";Libri;PCS;4;60;100;0.5
                S1;;Bullone M8;Viteria;PCS;22;0,20;0,50;0,02
                D1;;Dado M8;Viteria;PCS;22;0,10;0,30;0,01
                """);
        assertThat(run("product", "import", products.toString()).exit()).isZero();
        Path customers = write("customers.json", """
                {"customers": [
                  {"code": "C-A", "name": "Alfa S.r.l.", "vatNumber": "01114601006", "tier": "A",
                   "creditLimit": 100000, "paymentTerms": "Bonifico 30 gg", "acceptsBackorders": true,
                   "address": "Via Roma 1", "postalCode": "20121", "city": "Milano", "province": "MI"},
                  {"code": "C-X", "name": "Xeno S.p.A.", "vatNumber": "12345678903", "creditLimit": "50000,00",
                   "paymentTerms": "RiBa 60 gg", "address": "Via Emilia 10", "postalCode": "40121", "city": "Bologna"},
                  {"code": "C-D", "name": "Delta S.n.c.", "vatNumber": "07643520567", "creditLimit": 50000,
                   "paymentTerms": "RiBa 60 gg", "address": "Via Po 3", "postalCode": "10121", "city": "Torino"}
                ]}
                """);
        assertThat(run("customer", "import", customers.toString()).exit()).isZero();
        assertThat(run("receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "100").exit()).isZero();
    }

    @Test
    void initOnAnInitialisedDatabaseSaysSoAndSucceeds() {
        Result r = run("init");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("already set up").contains("Products");
    }

    @Test
    void initOfANewDatabaseWithoutTheCompanyIsAUsageError() {
        Result r = capture("init", "--data-dir", dir.resolve("other").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--company-name").contains("--vat-number");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("other/ordo")).doesNotExist();
    }

    @Test
    void stockAsJsonFollowsReceiptsAndOrders() throws IOException {
        run("receive", "--sku", "S1", "--warehouse", "MAIN", "--qty", "7");
        Path order = write("stock-order.json", """
                {"externalRef": "STOCK-1", "channel": "WEB", "customer": "C-A", "lines": [{"sku": "S1", "qty": 3}]}
                """);
        assertThat(run("order", "place", order.toString()).exit()).isZero();

        Result r = run("stock", "S1", "--json");

        assertThat(r.exit()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).hasSize(1);
        JsonNode main = rows.get(0);
        assertThat(main.get("sku").asText()).isEqualTo("S1");
        assertThat(main.get("warehouse").asText()).isEqualTo("MAIN");
        assertThat(main.get("onHand").decimalValue()).isEqualByComparingTo("7");
        assertThat(main.get("allocated").decimalValue()).isEqualByComparingTo("3");
        assertThat(main.get("available").decimalValue()).isEqualByComparingTo("4");
        assertThat(main.get("incoming").isArray()).isTrue();
    }

    @Test
    void placingACsvOfTwoOrdersPlacesTheGoodOneAndReportsTheOther() throws IOException {
        Path orders = write("two-orders.csv", """
                externalRef,channel,customer,warehouse,sku,ean,qty,requestedDate,priority
                B2B-1,B2B_PORTAL,C-X,MAIN,P1,,2,2026-12-01,HIGH
                B2B-1,B2B_PORTAL,C-X,MAIN,,5901234123457,1,2026-12-01,HIGH
                B2B-2,B2B_PORTAL,C-X,MAIN,NOPE,,1,,
                """);

        Result r = run("order", "place", orders.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("ORD-\\d{4}-\\d{6}  CONFIRMED  B2B-1");
        assertThat(r.err()).contains("B2B-2").contains("Line 1: unknown SKU \"NOPE\".");
        assertThat(r.err()).doesNotContain("B2B-1");
        Result list = run("order", "list", "--customer", "C-X", "--json");
        JsonNode listed = json(list.out());
        assertThat(listed).hasSize(1);
        String number = listed.get(0).get("number").asText();
        JsonNode placed = json(run("order", "show", number, "--json").out());
        assertThat(placed.get("externalRef").asText()).isEqualTo("B2B-1");
        assertThat(placed.get("lines")).hasSize(2);
        assertThat(placed.get("lines").get(1).get("backordered").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void codesAndPrioritiesFromAFileFollowTheRulesOfTheScreen() throws IOException {
        // Lower case and spaces as a person types them; "high" and "HIGH" on two rows are one priority.
        Path orders = write("loose.csv", """
                externalRef,channel,customer,warehouse,sku,ean,qty,priority
                loose-1,web, c-a ,main, p1 ,,2,high
                loose-1,WEB,C-A,MAIN,P1,,1,HIGH
                """);

        Result r = run("order", "place", orders.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("ORD-\\d{4}-\\d{6}  CONFIRMED  loose-1");
        // The same reference in other capitals, from the same channel, is the same order.
        Path again = write("loose-again.json", """
                [{"externalRef": "LOOSE-1", "channel": "Web", "customer": "C-A", "lines": [{"sku": "p1", "qty": 1}]}]
                """);
        Result dup = run("order", "place", again.toString());
        assertThat(dup.exit()).isEqualTo(1);
        assertThat(dup.err()).contains("LOOSE-1").contains("already imported");
    }

    @Test
    void anOrderWithoutLinesIsNamedByItsReferenceOrByItsPlaceInTheFile() throws IOException {
        Path orders = write("empty.json", """
                [{"externalRef": "EMPTY-1", "channel": "WEB", "customer": "C-A", "lines": []},
                 {"channel": "WEB", "customer": "C-A"}]
                """);

        Result r = run("order", "place", orders.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Order EMPTY-1 has no lines.").contains("The order (order 2 of the file) has no lines.")
                .doesNotContain("Order - has");
    }

    @Test
    void anUnknownPriorityInAFileNamesTheAllowedOnes() throws IOException {
        Path orders = write("bad-priority.json", """
                [{"externalRef": "PRIO-1", "channel": "WEB", "customer": "C-A", "priority": "soon",
                  "lines": [{"sku": "P1", "qty": 1}]}]
                """);

        Result r = run("order", "place", orders.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("PRIO-1").contains("\"soon\"").contains("LOW, NORMAL, HIGH, URGENT");
    }

    @Test
    void anOrderAlreadyImportedIsRefusedTheSecondTime() throws IOException {
        Path order = write("dup.json", """
                [{"externalRef": "SHOP-77", "channel": "web", "customer": "C-A",
                  "lines": [{"sku": "P1", "qty": "1"}]}]
                """);
        assertThat(run("order", "place", order.toString()).exit()).isZero();

        Result again = run("order", "place", order.toString(), "--json");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("SHOP-77").contains("already imported");
        JsonNode results = json(again.out());
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("placed").asBoolean()).isFalse();
        assertThat(results.get(0).get("order").isNull()).isTrue();
        assertThat(results.get(0).get("errors").get(0).asText()).contains("already imported");
    }

    @Test
    void aMalformedFileChangesNothing() throws IOException {
        Path products = write("broken.json", """
                [{"sku": "BAD1", "description": "Half a file", "category": "X", "unit": "PCS",
                """);
        Path orders = write("broken-orders.json", "[{\"externalRef\": \"BROKEN-1\", \"lines\": [}]");

        Result importing = run("product", "import", products.toString());
        Result placing = run("order", "place", orders.toString());

        assertThat(importing.exit()).isEqualTo(2);
        assertThat(importing.err()).contains("broken.json").contains("not valid JSON").contains("Nothing was changed");
        assertThat(run("product", "show", "BAD1").exit()).isEqualTo(1);
        assertThat(placing.exit()).isEqualTo(2);
        assertThat(placing.out()).isEmpty();
    }

    @Test
    void anInvalidPartitaIvaRowIsReportedWithItsLineAndTheOtherRowsAreApplied() throws IOException {
        Path customers = write("customers.csv", """
                code,name,vatNumber,creditLimit,paymentTerms,address,postalCode,city,tier
                C-G1,Gamma Uno S.r.l.,02839750995,1000,Bonifico,Via Uno 1,20100,Milano,B
                C-BAD,Sbagliata S.r.l.,12345678901,1000,Bonifico,Via Due 2,20100,Milano,B
                C-G2,Gamma Due S.r.l.,00488410010,"2500,50",Bonifico,Via Tre 3,20100,Milano,C
                """);

        Result r = run("customer", "import", customers.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Inserted 2, updated 0.");
        assertThat(r.err()).contains("line 3 (C-BAD): Partita IVA \"12345678901\" is not valid")
                .contains("the other rows were applied");
        assertThat(run("customer", "show", "C-BAD").exit()).isEqualTo(1);
        JsonNode g2 = json(run("customer", "show", "C-G2", "--json").out());
        assertThat(g2.get("creditLimit").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(g2.get("defaultWarehouse").asText()).isEqualTo("MAIN");
        assertThat(g2.get("shippingAddresses")).hasSize(1);
    }

    @Test
    void orderDocumentWritesAPdf() throws IOException {
        String number = placeOne("DOC-1", "P1", "1");
        Path pdf = dir.resolve("documents/2026/" + number + ".pdf");

        Result r = run("order", "document", number, "--out", pdf.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(pdf.toAbsolutePath().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void anOrderMovesFromPickingToDeliveryAndShippingTakesTheGoods() throws IOException {
        run("receive", "--sku", "D1", "--warehouse", "MAIN", "--qty", "10");
        String number = placeOne("SHIP-1", "D1", "4");

        List<String> said = new ArrayList<>();
        for (String step : List.of("pick", "pack", "ship", "deliver")) {
            Result r = run("order", step, number);
            assertThat(r.exit()).as(step + ": " + r.err()).isZero();
            said.add(r.out().strip());
        }

        assertThat(said.get(0)).isEqualTo("Order " + number + " is now PICKING.");
        assertThat(said.get(1)).isEqualTo("Order " + number + " is now PACKED.");
        // Shipping is the warehouse's shipment: a DDT, the lines' shipped quantities, the stock ledger.
        assertThat(said.get(2)).matches("Shipped with DDT-\\d{4}-000001: order " + number + " is now SHIPPED\\.");
        assertThat(said.get(3)).isEqualTo("Order " + number + " is now DELIVERED.");
        JsonNode stock = json(run("stock", "D1", "--json").out()).get(0);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("6");
        assertThat(stock.get("allocated").decimalValue()).isEqualByComparingTo("0");
        assertThat(run("order", "ship", number).exit()).isEqualTo(1);
    }

    @Test
    void aReceiptFillsTheBackorderWaitingForIt() throws IOException {
        String number = placeOne("BACK-1", "P2", "12,5");
        assertThat(json(run("order", "show", number, "--json").out()).get("lines").get(0).get("backordered")
                .decimalValue()).isEqualByComparingTo("12.5");

        Result r = run("receive", "--sku", "P2", "--warehouse", "MAIN", "--qty", "20");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Backorders filled:").contains(number).contains("12.5");
    }

    @Test
    void checkOfACleanDatabaseSucceeds() {
        Result r = run("check");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("No problems found.");
    }

    @Test
    void anUnknownOrderNumberIsReportedOnStandardError() {
        Result r = run("order", "show", "ORD-2099-999999");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Unknown order \"ORD-2099-999999\".");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void priceShowsTheFiguresAndTheExplanation() {
        Result r = run("price", "--customer", "C-A", "--sku", "P2", "--qty", "2,5", "--date", "2026-12-01");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("List price").contains("€2.50").contains("Line gross").contains("€6.88")
                .contains("How the price was found:").contains("from price list BASE");
    }

    @Test
    void aSupplyMovedLaterGivesTheWaitingOrdersTheNewDate() throws IOException {
        java.time.LocalDate soon = java.time.LocalDate.now().plusDays(10);
        java.time.LocalDate later = soon.plusDays(21);
        // A product of its own: a backorder on one the other tests receive would be filled by their receipts.
        Path product = write("move-product.csv", """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                M1;;Rondella M8;Viteria;PCS;22;0,05;0,15;0,01
                """);
        assertThat(run("product", "import", product.toString()).exit()).isZero();
        assertThat(run("supply", "add", "--sku", "M1", "--warehouse", "MAIN", "--qty", "50", "--date", soon.toString(),
                "--po", "PO-MOVE").exit()).isZero();
        Path order = write("move-order.json", """
                {"externalRef": "MOVE-1", "channel": "WEB", "customer": "C-A", "lines": [{"sku": "M1", "qty": 5}]}
                """);
        assertThat(run("order", "place", order.toString()).exit()).isZero();

        Result moved = run("supply", "move", "--po", "PO-MOVE", "--sku", "M1", "--warehouse", "MAIN", "--date",
                later.toString());
        Result unknown = run("supply", "move", "--po", "PO-NONE", "--sku", "M1", "--warehouse", "MAIN", "--date",
                later.toString());

        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("PO-MOVE").contains("orders with a new promised date: 1.");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("PO-NONE");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Result qty = run("price", "--customer", "C-A", "--sku", "P1", "--qty", "abc");
        Result date = run("supply", "add", "--sku", "P1", "--warehouse", "MAIN", "--qty", "5", "--date", "1/13/2026");
        Result unknown = run("stok");

        assertThat(qty.exit()).isEqualTo(2);
        assertThat(qty.err()).contains("\"abc\" is not a number").contains("ordo price --help");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("\"1/13/2026\" is not a date");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("stock");
    }

    @Test
    void anUnreachableDatabaseIsExitCodeThree() {
        Result r = capture("stock", "--db-url", "jdbc:derby://127.0.0.1:1/ordo", "--user", "someone");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("The database is not available").doesNotContain("Exception");
    }

    // --- helpers

    private static String placeOne(String ref, String sku, String qty) throws IOException {
        Path file = write(ref + ".csv", "externalRef;channel;customer;sku;qty\n%s;PHONE;C-D;%s;%s\n"
                .formatted(ref, sku, qty.contains(",") ? "\"" + qty + "\"" : qty));
        Result r = run("order", "place", file.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        return json(r.out()).get(0).get("order").get("number").asText();
    }

    /** A command on the class's company, signed in as its administrator once there is one. */
    private static Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (adminPassword != null) {
            all.addAll(List.of("--user", FirstAdministrator.NAME));
        }
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("company").toString()));
        return capture(all.toArray(String[]::new));
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Runs the command line in this JVM through the entry point Main uses, capturing both streams. */
    private static Result capture(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e, adminPassword == null ? Map.of() : Map.of("ORDO_PASSWORD", adminPassword));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
