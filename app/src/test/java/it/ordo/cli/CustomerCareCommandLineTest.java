package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer care from the command line: a ticket opened on an order line, noted, answered (the answer reaches a
 * real SMTP server with "mail send-pending"), resolved and closed; a return requested, authorised, received and
 * inspected back to stock; a request refused with its reason; the Delays list and its warning; bad input refused
 * with a message and exit code 1 or 2.
 */
class CustomerCareCommandLineTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String adminPassword;
    private static String orderNumber;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
        assertThat(run("product", "import", write("products.csv", """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                P1;4006381333931;Vite 4x40;Viteria;PCS;22;5,00;10,00;0,010
                """).toString()).exit()).isZero();
        assertThat(run("customer", "import", write("customers.json", """
                {"customers": [
                  {"code": "C-A", "name": "Alfa S.r.l.", "vatNumber": "01114601006", "tier": "A", "email": "ordini@alfa.it",
                   "creditLimit": 100000, "paymentTerms": "Bonifico 30 gg", "acceptsBackorders": true,
                   "address": "Via Roma 1", "postalCode": "20121", "city": "Milano", "province": "MI"}
                ]}
                """).toString()).exit()).isZero();
        assertThat(run("receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "100").exit()).isZero();
        Result placed = run("order", "place", write("order.json", """
                {"externalRef": "CARE-1", "channel": "PHONE", "customer": "C-A", "lines": [{"sku": "P1", "qty": 10}]}
                """).toString(), "--json");
        assertThat(placed.exit()).isZero();
        orderNumber = placed.out().replaceAll("(?s).*?(ORD-\\d{4}-\\d{6}).*", "$1");
        for (String step : List.of("pick", "pack", "ship")) {
            assertThat(run("order", step, orderNumber).exit()).as(step).isZero();
        }
        assertThat(run("mail", "settings", "--host", "127.0.0.1", "--port", Integer.toString(SMTP.getSmtp().getPort()),
                "--no-starttls", "--from", "ordini@prova.it").exit()).isZero();
    }

    @Test
    void theBacklogIsSetAsideByDayAndABadDayIsRefusedOnStderr() {
        Result bad = run("mail", "set-aside", "--before", "31/02/2026");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("31/02/2026");

        Result future = run("mail", "set-aside", "--before", java.time.LocalDate.now().plusDays(3).toString());
        assertThat(future.exit()).isNotZero();
        assertThat(future.err()).contains("future");

        // A day before anything was written: the other tests' messages here still wait for them.
        Result done = run("mail", "set-aside", "--before", "2000-01-01");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).startsWith("Set aside 0 waiting messages written before");
    }

    @Test
    void aTicketIsOpenedAnsweredByMailAndResolved() throws Exception {
        Result opened = run("ticket", "open", "--customer", "C-A", "--category", "damaged-goods", "--subject",
                "Viti arrivate piegate", "--line", orderNumber + ":1", "--json");
        assertThat(opened.exit()).as(opened.err()).isZero();
        String number = JSON.readTree(opened.out()).get("number").asText();

        assertThat(run("ticket", "note", number, "Chiesta foto al cliente").exit()).isZero();
        assertThat(run("ticket", "reply", number, "Ci manda una foto delle viti?").exit()).isZero();
        Result sent = run("mail", "send-pending");
        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(List.of(SMTP.getReceivedMessages())).as(sent.out() + run("mail", "outbox").out()).anyMatch(m -> {
            try {
                return m.getSubject().equals("[" + number + "] Viti arrivate piegate");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(run("ticket", "status", number, "resolved").out()).contains("RESOLVED");

        Result list = run("ticket", "list", "--order", orderNumber, "--json");
        JsonNode rows = JSON.readTree(list.out()).get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("RESOLVED");
        Result shown = run("ticket", "show", number);
        assertThat(shown.out()).contains("Chiesta foto al cliente").contains("P1").contains("Viti arrivate piegate");
        Result outbox = run("mail", "outbox", "--status", "sent");
        assertThat(outbox.out()).contains("TICKET_REPLY").contains("ORDER_CONFIRMED");
        Result closed = run("ticket", "close", number);
        assertThat(closed.exit()).as(closed.err()).isZero();
        assertThat(closed.out()).isEqualTo("Ticket " + number + " is now CLOSED." + System.lineSeparator());
        assertThat(run("ticket", "close", number).exit()).as("closed already").isEqualTo(1);
    }

    @Test
    void aReturnIsRequestedAuthorisedReceivedAndInspectedBackToStock() throws Exception {
        Result opened = run("return", "create", "--order", orderNumber, "--reason", "Non richieste", "--line", "1:2",
                "--json");
        assertThat(opened.exit()).as(opened.err()).isZero();
        String rma = JSON.readTree(opened.out()).get("rmaNumber").asText();
        assertThat(JSON.readTree(opened.out()).get("status").asText()).isEqualTo("REQUESTED");
        assertThat(run("return", "receive", rma).err()).as("not authorised yet").contains(rma).contains("REQUESTED");
        Result authorised = run("return", "authorise", rma);
        assertThat(authorised.exit()).as(authorised.err()).isZero();
        assertThat(authorised.out()).contains("AUTHORISED").contains("admin");
        assertThat(run("return", "authorise", rma).exit()).as("authorised once").isEqualTo(1);
        double before = JSON.readTree(run("stock", "P1", "--json").out()).get(0).get("onHand").asDouble();

        // The parcel scanned in: nothing in stock until its line is inspected.
        Result received = run("return", "receive", rma);
        assertThat(received.exit()).as(received.err()).isZero();
        assertThat(received.out()).contains("RECEIVED");
        assertThat(JSON.readTree(run("stock", "P1", "--json").out()).get(0).get("onHand").asDouble())
                .isEqualTo(before);
        Result scannedTwice = run("return", "receive", rma);
        assertThat(scannedTwice.exit()).isEqualTo(1);
        assertThat(scannedTwice.err()).contains("already received");
        Result inspected = run("return", "inspect", rma, "--line", "1:restock");
        assertThat(inspected.exit()).as(inspected.err()).isZero();
        assertThat(inspected.out()).contains("INSPECTED").contains("RESTOCK");
        assertThat(JSON.readTree(run("stock", "P1", "--json").out()).get(0).get("onHand").asDouble())
                .isEqualTo(before + 2);
        assertThat(run("return", "inspect", rma, "--line", "1:restock").exit()).as("inspected once").isEqualTo(1);
        assertThat(run("return", "list").out()).contains(rma);
        assertThat(run("check").exit()).isZero();

        java.nio.file.Path pdf = dir.resolve("credit-note.pdf");
        Result credited = run("return", "credit", rma, "--pdf", pdf.toString());
        assertThat(credited.exit()).as(credited.err()).isZero();
        assertThat(credited.out()).contains("CREDITED").contains("NC-");
        String note = credited.out().lines().filter(l -> l.contains("NC-")).findFirst().orElseThrow()
                .replaceAll(".*(NC-\\d{4}-\\d{6}).*", "$1");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(pdf))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(note).contains(rma);
        }
        Result twice = run("return", "credit", rma);
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains(note);
        Result notes = run("return", "credit-notes", "--from", "2000-01-01", "--to", "2100-12-31");
        assertThat(notes.exit()).as(notes.err()).isZero();
        assertThat(notes.out()).contains(note).contains(rma);
        assertThat(run("return", "credit-notes", "--from", "ieri", "--to", "2100-12-31").exit()).isEqualTo(2);

        assertThat(run("return", "window", "14").out()).contains("14");
        assertThat(run("return", "window").out()).contains("14");
        assertThat(run("return", "window", "0").exit()).isEqualTo(1);
    }

    @Test
    void aReplacementIsInspectedClosedAndItsLabelPrinted() throws Exception {
        Result opened = run("return", "create", "--authorise", "--order", orderNumber, "--reason", "Rotte", "--wish",
                "replacement", "--line", "1:2", "--json");
        assertThat(opened.exit()).as(opened.err()).isZero();
        String rma = JSON.readTree(opened.out()).get("rmaNumber").asText();
        java.nio.file.Path label = dir.resolve("label.pdf");
        Result printed = run("return", "label", rma, label.toString());
        assertThat(printed.exit()).as(printed.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(label))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(rma);
        }
        assertThat(run("return", "label", rma, label.toString()).exit()).as("never overwritten").isEqualTo(2);

        assertThat(run("return", "receive", rma, "--line", "1:broken").exit()).isEqualTo(1);
        Result received = run("return", "receive", rma, "--line", "1:scrap");
        assertThat(received.exit()).as(received.err()).isZero();
        assertThat(received.out()).contains("SCRAP").contains("INSPECTED");
        Result closed = run("return", "close", rma, "--json");
        assertThat(closed.exit()).as(closed.err()).isZero();
        String replacement = JSON.readTree(closed.out()).get("replacementOrderNumber").asText();
        assertThat(JSON.readTree(closed.out()).get("status").asText()).isEqualTo("REPLACED");
        assertThat(run("return", "show", rma).out()).contains(replacement).contains("REPLACED");
        assertThat(run("order", "show", replacement).out()).contains(rma);
        assertThat(run("return", "close", rma).exit()).isEqualTo(1);
        assertThat(run("check").exit()).isZero();
    }

    @Test
    void aRequestIsRefusedWithItsReasonAndTheCustomerToldWhy() throws Exception {
        Result opened = run("return", "create", "--order", orderNumber, "--reason", "Non piacciono", "--line", "1:1",
                "--json");
        assertThat(opened.exit()).as(opened.err()).isZero();
        String rma = JSON.readTree(opened.out()).get("rmaNumber").asText();
        assertThat(run("return", "refuse", rma).exit()).as("a reason is required").isEqualTo(2);
        assertThat(run("return", "refuse", rma, "--reason", " ").err()).contains("Say why return " + rma);
        Result refused = run("return", "refuse", rma, "--reason", "Merce su misura: non si rende", "--json");
        assertThat(refused.exit()).as(refused.err()).isZero();
        assertThat(JSON.readTree(refused.out()).get("status").asText()).isEqualTo("REFUSED");
        assertThat(JSON.readTree(refused.out()).get("refusalReason").asText()).isEqualTo("Merce su misura: non si rende");
        assertThat(run("return", "authorise", rma).err()).contains(rma).contains("REFUSED");
        assertThat(run("return", "show", rma).out()).contains("Merce su misura: non si rende");

        assertThat(run("mail", "send").exit()).isZero();
        assertThat(List.of(SMTP.getReceivedMessages())).anyMatch(m -> {
            try {
                return m.getSubject().contains(rma) && m.getAllRecipients()[0].toString().equals("ordini@alfa.it")
                        && String.valueOf(m.getContent()).contains("Merce su misura: non si rende");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theDelaysAreListedAndACustomerWarned() throws Exception {
        // More than there is, with nothing on order from a supplier: the order has no date and goes on the list.
        Result placed = run("order", "place", write("late.json", """
                {"externalRef": "CARE-LATE", "channel": "PHONE", "customer": "C-A", "lines": [{"sku": "P1", "qty": 500}]}
                """).toString(), "--json");
        assertThat(placed.exit()).as(placed.err()).isZero();
        String late = placed.out().replaceAll("(?s).*?(ORD-\\d{4}-\\d{6}).*", "$1");
        Result delays = run("delays");
        assertThat(delays.exit()).as(delays.err()).isZero();
        assertThat(delays.out().lines().filter(l -> l.contains(late)).findFirst().orElseThrow())
                .contains("C-A").contains("no date yet");
        JsonNode rows = JSON.readTree(run("delays", "--json").out());
        assertThat(rows.findValuesAsText("orderNumber")).contains(late).doesNotContain(orderNumber);
        assertThat(run("delays", "--limit", "0").exit()).isEqualTo(2);

        Result warned = run("delays", "--warn", late);
        assertThat(warned.exit()).as(warned.err()).isZero();
        assertThat(warned.out()).contains(late).contains("C-A");
        String id = warned.out().replaceAll("(?s).*\\(message (\\d+)\\).*", "$1");
        assertThat(run("mail", "outbox").out().lines().filter(l -> l.strip().startsWith(id + " ")).findFirst()
                .orElseThrow()).contains("ORDER_DELAYED").contains(late);
        assertThat(run("delays", "--warn", "ORD-1999-000001").exit()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        Result tooMuch = run("return", "create", "--order", orderNumber, "--reason", "x", "--line", "1:50");
        assertThat(tooMuch.exit()).isEqualTo(1);
        assertThat(tooMuch.err()).contains("50");
        Result badLine = run("return", "create", "--order", orderNumber, "--reason", "x", "--line", "uno");
        assertThat(badLine.exit()).isEqualTo(2);
        Result unknown = run("ticket", "open", "--customer", "C-NONE", "--category", "other", "--subject", "x");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("C-NONE");
        Result category = run("ticket", "open", "--customer", "C-A", "--category", "boh", "--subject", "x");
        assertThat(category.exit()).isEqualTo(1);
        assertThat(category.err()).contains("DAMAGED_GOODS");
        Result badMail = run("mail", "settings", "--host", "smtp.prova.it", "--from", "nessuno");
        assertThat(badMail.exit()).isEqualTo(1);
        assertThat(badMail.err()).contains("nessuno");
    }

    @Test
    void aTemplateIsChangedPreviewedAndResetAndAKindTurnedOffForACustomer() throws IOException {
        Path body = write("delivered.txt", "Gentile {customer},\nl'ordine {order} è arrivato il {date}.\n{company}");
        Result unknown = run("mail", "template", "set", "ORDER_DELIVERED", "--language", "it",
                "--subject", "Consegnato {order} {tracking}", "--body-file", body.toString());
        assertThat(unknown.exit()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("{tracking}");

        Result set = run("mail", "template", "set", "order-delivered", "--language", "it",
                "--subject", "Consegnato: {order}", "--body-file", body.toString());
        assertThat(set.exit()).as(set.err()).isZero();
        Result show = run("mail", "template", "show", "ORDER_DELIVERED", "--language", "it", "--json");
        assertThat(show.out()).contains("\"changed\" : true").contains("Consegnato: {order}");
        Result preview = run("mail", "template", "preview", "ORDER_DELIVERED", "--language", "it",
                "--order", orderNumber);
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out()).startsWith("Consegnato: " + orderNumber)
                .contains("Gentile Alfa S.r.l.,").contains("Distribuzioni Prova S.r.l.");
        assertThat(run("mail", "template", "list").out()).contains("ORDER_DELIVERED").contains("admin");
        assertThat(run("mail", "template", "reset", "ORDER_DELIVERED", "--language", "it").exit()).isZero();
        assertThat(run("mail", "template", "show", "ORDER_DELIVERED", "--language", "it").out())
                .contains("Ordine {order} consegnato");

        Result off = run("customer", "mail-optout", "C-A", "--kind", "delivered", "--off");
        assertThat(off.exit()).as(off.err()).isZero();
        assertThat(off.out()).contains("ORDER_DELIVERED");
        assertThat(run("customer", "mail-optout", "C-A", "--kind", "nonsense", "--off").err()).contains("nonsense");
        assertThat(run("customer", "mail-optout", "C-A", "--kind", "delivered").exit()).as("on or off?").isEqualTo(2);
        assertThat(run("customer", "mail-optout", "C-A", "--kind", "ORDER_DELIVERED", "--on").out())
                .contains("every kind");
    }

    @Test
    void goodsInQuarantineAreReleasedToStockFromTheCommandLine() throws Exception {
        Result opened = run("return", "create", "--authorise", "--order", orderNumber, "--reason", "Da controllare",
                "--line", "1:1", "--json");
        assertThat(opened.exit()).as(opened.err()).isZero();
        String rma = JSON.readTree(opened.out()).get("rmaNumber").asText();
        assertThat(run("return", "receive", rma, "--line", "1:quarantine").exit()).isZero();
        Result held = run("return", "quarantine");
        assertThat(held.out()).contains("P1").contains("MAIN");
        double before = JSON.readTree(run("stock", "P1", "--json").out()).get(0).get("onHand").asDouble();

        Result both = run("return", "quarantine", "--release", "--scrap", "--sku", "P1", "--warehouse", "MAIN",
                "--qty", "1");
        assertThat(both.exit()).isEqualTo(2);
        Result tooMany = run("return", "quarantine", "--release", "--sku", "P1", "--warehouse", "MAIN", "--qty", "99");
        assertThat(tooMany.exit()).isEqualTo(Cli.REFUSED);
        assertThat(tooMany.err()).contains("99");
        Result released = run("return", "quarantine", "--release", "--sku", "P1", "--warehouse", "MAIN", "--qty", "1",
                "--note", "Integro");
        assertThat(released.exit()).as(released.err()).isZero();
        assertThat(released.out()).startsWith("1 of P1 back to stock in MAIN");
        assertThat(JSON.readTree(run("stock", "P1", "--json").out()).get(0).get("onHand").asDouble())
                .isEqualTo(before + 1);
        assertThat(run("check").exit()).isZero();
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

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
