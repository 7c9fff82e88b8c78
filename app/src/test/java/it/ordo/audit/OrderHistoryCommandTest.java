package it.ordo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.ordo.application.Workstation;
import it.ordo.cli.Cli;
import it.ordo.cli.FirstAdministrator;
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
 * {@code ordo order history}: an order taken from a file, half backordered,
 * filled by a receipt, put on hold and released, told step by step with the
 * user and the workstation.
 */
class OrderHistoryCommandTest {

    @TempDir
    static Path dir;

    /** Who works on the company once init made its administrator: every step is recorded under this name. */
    private static final String USER = FirstAdministrator.NAME;
    private static String password;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void anOrderWithAStory() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).as(init.err()).isZero();
        password = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
        ok("product", "import", write("products.csv", """
                sku;description;category;unit;vatRate;unitCost;listPrice
                P1;Vite 4x40;Viteria;PCS;22;5;10
                P2;Dado M8;Viteria;PCS;22;0,1;0,30
                """).toString());
        ok("customer", "import", write("customers.csv", """
                code;name;vatNumber;creditLimit;paymentTerms;address;postalCode;city
                C-A;Alfa S.r.l.;01114601006;100000;Bonifico 30 gg;Via Roma 1;20121;Milano
                """).toString());
        ok("receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "100");
        ok("order", "place", write("order.csv", """
                externalRef;channel;customer;sku;qty
                H-1;PHONE;C-A;P1;5
                H-1;PHONE;C-A;P2;8
                """).toString());
        ok("receive", "--sku", "P2", "--warehouse", "MAIN", "--qty", "20");
        ok("order", "hold", "ORD-" + java.time.Year.now() + "-000001", "--reason", "cliente da richiamare");
        ok("order", "release", "ORD-" + java.time.Year.now() + "-000001");
    }

    @Test
    void theHistoryTellsEveryStatusStepAndLineChangeWithUserAndWorkstation() {
        Result r = run("order", "history", number());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("History of order " + number())
                .contains("When", "User", "Workstation", "What", "Change")
                .contains(USER).contains(Workstation.name())
                .contains("Order", "created: customer C-A, channel PHONE, reference H-1, warehouse MAIN")
                .contains("(none) → DRAFT", "DRAFT → CONFIRMED", "CONFIRMED → ON_HOLD (cliente da richiamare)",
                        "ON_HOLD → CONFIRMED")
                // stored and allocated in one transaction: recorded as created with the quantities it took
                .contains("Line 1", "created: SKU P1, quantity 5, price 10, discount % 0, allocated 5, backordered 0")
                // line 2 waited for P2 and was filled by the receipt
                .contains("Line 2", "created: SKU P2, quantity 8, price 0.3, discount % 0, allocated 0, backordered 8")
                .contains("allocated: 0 → 8", "backordered: 8 → 0");
        List<String> lines = r.out().lines().toList();
        assertThat(indexOf(lines, "DRAFT → CONFIRMED")).isLessThan(indexOf(lines, "backordered: 8 → 0"));
        assertThat(indexOf(lines, "backordered: 8 → 0")).isLessThan(indexOf(lines, "CONFIRMED → ON_HOLD"));
        assertThat(indexOf(lines, "CONFIRMED → ON_HOLD")).isLessThan(indexOf(lines, "ON_HOLD → CONFIRMED"));
    }

    @Test
    void jsonListsEveryEntryWithItsChanges() throws IOException {
        Result r = run("order", "history", number().toLowerCase(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode history = new ObjectMapper().readTree(r.out());
        assertThat(history.get("number").asText()).isEqualTo(number());
        List<JsonNode> entries = new ArrayList<>();
        history.get("entries").forEach(entries::add);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("user").asText()).isEqualTo(USER);
            assertThat(e.get("workstation").asText()).isEqualTo(Workstation.name());
            assertThat(e.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        });
        assertThat(entries).filteredOn(e -> e.get("action").asText().equals("STATUS"))
                .extracting(e -> e.get("changes").get(0).get("to").asText())
                .containsExactly("DRAFT", "CONFIRMED", "ON_HOLD", "CONFIRMED");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo("LINE");
            assertThat(e.get("lineNo").asInt()).isEqualTo(2);
            assertThat(e.get("changes").toString()).contains("\"field\":\"backorderedQty\"", "\"from\":\"8\"",
                    "\"to\":\"0\"");
        });
        assertThat(entries).filteredOn(e -> e.get("action").asText().equals("STATUS")
                        && e.get("changes").get(0).get("to").asText().equals("ON_HOLD"))
                .singleElement().satisfies(e -> assertThat(e.get("reason").asText()).isEqualTo("cliente da richiamare"));
    }

    @Test
    void anUnknownOrderIsRefused() {
        Result r = run("order", "history", "ORD-1999-000042");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("ORD-1999-000042");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with \"" + text + "\"");
    }

    private static String number() {
        return "ORD-" + java.time.Year.now() + "-000001";
    }

    private static void ok(String... args) {
        Result r = run(args);
        assertThat(r.exit()).as("%s: %s", String.join(" ", args), r.err()).isZero();
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Result run(String... args) {
        List<String> list = new ArrayList<>();
        if (password != null) {
            list.addAll(List.of("--user", USER));
        }
        list.addAll(List.of(args));
        list.addAll(List.of("--data-dir", dir.resolve("company").toString()));
        String[] all = list.toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all, o, e, password == null ? Map.of() : Map.of("ORDO_PASSWORD", password));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
