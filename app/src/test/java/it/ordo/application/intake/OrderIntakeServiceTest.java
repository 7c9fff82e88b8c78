package it.ordo.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.ValidationException;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Tagged db: the intake tables' SQL (mappings and cross-references replaced, imports recorded) runs on each
 * database. A customer's file through intake: suggested mapping, preview with the prices and availability New order
 * shows, errors and warnings on their cells, fixes, confirmation order by order, and the same file again.
 */
@Tag("db")
class OrderIntakeServiceTest {

    private static TestCompany company;
    private static OrderIntakeService intake;
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @BeforeAll
    static void company() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "2");
        company.receive("P2", "MIL", "50");
        company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        intake = company.ctx.intake();
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static final List<String> HEADER = List.of("N. ordine", "Cliente", "Cod. art.", "EAN", "Descrizione",
            "Q.tà", "Prezzo", "Data consegna");

    private static IntakeTable table(String... rows) {
        List<IntakeTable.Row> list = new ArrayList<>();
        int n = 2;
        for (String r : rows) {
            list.add(new IntakeTable.Row(n++, List.of(r.split("\\|", -1))));
        }
        return new IntakeTable("ordini.xlsx", UUID.randomUUID().toString().replace("-", ""), "XLSX", "Foglio1", null,
                null, 1, HEADER, list);
    }

    private static IntakeMapping suggested() {
        return intake.suggestMapping(HEADER, null);
    }

    @Test
    void italianHeadersAreRecognised() {
        IntakeMapping m = intake.suggestMapping(List.of("Rif. ordine", "Codice articolo", "Descr.", "Quantità",
                "Prezzo unitario", "Data consegna", "Colore"), null);
        assertThat(m.fieldOf("Codice articolo")).contains(IntakeField.SKU);
        assertThat(m.fieldOf("Quantità")).contains(IntakeField.QUANTITY);
        assertThat(m.fieldOf("Prezzo unitario")).contains(IntakeField.UNIT_PRICE);
        assertThat(m.fieldOf("Data consegna")).contains(IntakeField.REQUESTED_DATE);
        assertThat(m.fieldOf("Rif. ordine")).contains(IntakeField.ORDER_KEY);
        assertThat(m.fieldOf("Descr.")).contains(IntakeField.DESCRIPTION);
        assertThat(m.fieldOf("Colore")).isEmpty();

        IntakeMapping en = intake.suggestMapping(List.of("PO Number", "SKU", "EAN", "Qty", "Price", "Delivery date"),
                null);
        assertThat(en.columns()).extracting(IntakeMapping.Column::field).containsExactly(IntakeField.ORDER_KEY,
                IntakeField.SKU, IntakeField.EAN, IntakeField.QUANTITY, IntakeField.UNIT_PRICE,
                IntakeField.REQUESTED_DATE);
        assertThat(suggested().fieldOf("Cliente")).contains(IntakeField.CUSTOMER);
    }

    @Test
    void theSavedMappingLastUsedForACustomerIsSuggestedFirst() {
        IntakeMapping mine = intake.saveMapping(new IntakeMapping("Gamma", List.of(
                new IntakeMapping.Column("Cod. art.", IntakeField.CUSTOMER_ARTICLE),
                new IntakeMapping.Column("Q.tà", IntakeField.QUANTITY))));
        assertThat(intake.mappings()).extracting(IntakeMapping::name).contains("Gamma");
        assertThat(intake.suggestMapping(HEADER, "C-C").fieldOf("Cod. art.")).contains(IntakeField.SKU);

        intake.resolveArticle("C-C", "G-99", "P1");
        IntakeResult r = intake.confirm(new IntakeRequest(table("||G-99|||1||"), mine, "C-C", List.of()));
        assertThat(r.orders()).singleElement().extracting(IntakeResult.OrderOutcome::outcome)
                .isEqualTo(IntakeResult.Outcome.CONFIRMED);

        assertThat(intake.suggestMapping(HEADER, "C-C")).isEqualTo(mine);
        // A file without the mapping's columns gets suggestions instead.
        assertThat(intake.suggestMapping(List.of("SKU", "Qty"), "C-C").name()).isNull();
    }

    @Test
    void theFileIsPreviewedWithNewOrdersPricesAndEveryProblemOnItsCell() {
        IntakePreview p = intake.preview(new IntakeRequest(table(
                "A1|C-A|P1||Vite|3|9,00|",
                "A1|C-A||5901234123457|Manuale|5||2026-11-30",
                "A1|C-A|ZZ-9||Bullone|2||",
                "A1|C-A||4006381333932||1||",
                "A1|C-A|P1|||tre||",
                "A2|C-X|P1|||1||",
                "A3|01114601006|P2|||2,5||31/12/2026"), suggested(), null, List.of()));

        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.WARNING, RowStatus.WARNING,
                RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.VALID);

        PreviewRow p1 = p.rows().get(0);
        LineQuote asNewOrder = company.ctx.orderEntry().quote("C-A", "P1", new BigDecimal("3"), null, null);
        assertThat(p1.unitPrice()).isEqualByComparingTo(asNewOrder.unitPrice());
        assertThat(p1.netAmount()).isEqualByComparingTo(asNewOrder.netAmount());
        assertThat(p1.availability()).isEqualTo(LineQuote.Availability.NOW);
        assertThat(p1.issues()).singleElement().satisfies(i -> {
            assertThat(i.problem()).isEqualTo(RowProblem.PRICE_DIFFERS);
            assertThat(i.field()).isEqualTo(IntakeField.UNIT_PRICE);
            assertThat(EN.render(i.message())).isEqualTo("The file says 9, our price is 10.");
        });
        PreviewRow byEan = p.rows().get(1);
        assertThat(byEan.sku()).isEqualTo("P3");
        assertThat(byEan.promiseDate()).isEqualTo(TestCompany.TODAY.plusDays(7));
        assertThat(byEan.issues()).extracting(RowIssue::problem).containsExactly(RowProblem.PROMISED_LATER);

        assertThat(p.rows().get(2).issues()).singleElement().satisfies(i -> {
            assertThat(i.problem()).isEqualTo(RowProblem.UNKNOWN_PRODUCT);
            assertThat(i.field()).isEqualTo(IntakeField.SKU);
        });
        assertThat(p.rows().get(3).issues()).extracting(RowIssue::problem).containsExactly(RowProblem.BAD_EAN);
        assertThat(p.rows().get(4).issues()).singleElement().satisfies(i -> {
            assertThat(i.problem()).isEqualTo(RowProblem.NOT_A_NUMBER);
            assertThat(i.field()).isEqualTo(IntakeField.QUANTITY);
            assertThat(EN.render(i.message())).isEqualTo("Column \"Q.tà\": \"tre\" is not a number.");
        });
        assertThat(p.rows().get(5).issues()).extracting(RowIssue::problem).containsExactly(RowProblem.UNKNOWN_CUSTOMER);
        // A customer named by Partita IVA, a comma decimal and an Italian date.
        PreviewRow beta = p.rows().get(6);
        assertThat(beta.customer()).isEqualTo("C-A");
        assertThat(beta.quantity()).isEqualByComparingTo("2.5");
        assertThat(p.orders()).extracting(IntakePreview.Order::orderKey).containsExactly("A1", "A2", "A3");
        assertThat(p.orders().get(2).externalRef()).isEqualTo("C-A/A3");
    }

    @Test
    void aMappingWithoutQuantityIsRefusedNamingTheSheet() {
        IntakeMapping noQty = new IntakeMapping(null, List.of(new IntakeMapping.Column("Cod. art.", IntakeField.SKU)));
        IntakePreview p = intake.preview(new IntakeRequest(table("A|C-A|P1||x|1||"), noQty, "C-A", List.of()));
        assertThat(p.rows()).isEmpty();
        assertThat(EN.render(p.problems())).isEqualTo("Sheet \"Foglio1\": no column is mapped to the quantity");
        assertThatThrownBy(() -> intake.confirm(new IntakeRequest(table("A|C-A|P1||x|1||"), noQty, "C-A", List.of())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void ordersAreConfirmedHeldOrRefusedEachAloneAndTheSameFileAgainCreatesNothing() {
        IntakeTable file = table(
                "B1|C-B|P1|||2||",
                "B1|C-B|P3|||1||",
                "B2|C-POOR|P1|||10||",
                "B3|C-B|NOPE|||1||",
                "B3|C-B|P1|||1||",
                "B4|C-B|P1|||x||");
        long before = orders();
        // The operator fixes B4's quantity and skips nothing else: B3 keeps its unknown code.
        IntakeRequest request = new IntakeRequest(file, suggested(), null,
                List.of(new RowFix(7, null, new BigDecimal("4"), false)));

        IntakeResult first = intake.confirm(request);

        assertThat(first.orders()).extracting(IntakeResult.OrderOutcome::orderKey, IntakeResult.OrderOutcome::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B1", IntakeResult.Outcome.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("B2", IntakeResult.Outcome.HELD),
                        org.assertj.core.groups.Tuple.tuple("B3", IntakeResult.Outcome.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("B4", IntakeResult.Outcome.CONFIRMED));
        assertThat(EN.render(first.orders().get(2).reasons())).isEqualTo("Row 5: Unknown product code \"NOPE\"");
        assertThat(orders()).isEqualTo(before + 3);
        var b4 = company.ctx.orders().show(first.orders().get(3).orderNumber());
        assertThat(b4.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("4"));
        assertThat(b4.externalRef()).isEqualTo("C-B/B4");

        IntakeResult again = intake.confirm(request);

        assertThat(again.orders()).extracting(IntakeResult.OrderOutcome::outcome).containsExactly(
                IntakeResult.Outcome.ALREADY_IMPORTED, IntakeResult.Outcome.ALREADY_IMPORTED,
                IntakeResult.Outcome.REFUSED, IntakeResult.Outcome.ALREADY_IMPORTED);
        assertThat(orders()).isEqualTo(before + 3);
        assertThat(intake.preview(request).rows().getFirst().issues()).extracting(RowIssue::problem)
                .contains(RowProblem.DUPLICATE_ORDER);
    }

    @Test
    void anUnknownCustomerCodeIsResolvedOnceAndRemembered() {
        IntakeMapping theirs = new IntakeMapping(null, List.of(
                new IntakeMapping.Column("Cod. art.", IntakeField.CUSTOMER_ARTICLE),
                new IntakeMapping.Column("Descrizione", IntakeField.DESCRIPTION),
                new IntakeMapping.Column("Q.tà", IntakeField.QUANTITY)));
        IntakeTable file = table("|||| Viti zincate|10||", "||BX-1||Viti zincate|10||");
        IntakePreview p = intake.preview(new IntakeRequest(file, theirs, "C-A", List.of()));
        assertThat(p.rows().get(0).issues()).extracting(RowIssue::problem).containsExactly(RowProblem.NO_PRODUCT);
        PreviewRow unknown = p.rows().get(1);
        assertThat(unknown.issues()).singleElement().satisfies(i -> {
            assertThat(i.problem()).isEqualTo(RowProblem.UNKNOWN_ARTICLE);
            assertThat(i.field()).isEqualTo(IntakeField.CUSTOMER_ARTICLE);
        });
        assertThat(unknown.description()).isEqualTo("Viti zincate");

        // Chosen in the preview: for this row now, for every later file through the cross-reference.
        IntakePreview fixed = intake.preview(new IntakeRequest(file, theirs, "C-A",
                List.of(new RowFix(3, "P1", null, false), new RowFix(2, null, null, true))));
        assertThat(fixed.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.SKIPPED, RowStatus.VALID);
        intake.resolveArticle("C-A", "bx-1 ", "P1");
        IntakePreview later = intake.preview(new IntakeRequest(file, theirs, "C-A", List.of()));
        assertThat(later.rows().get(1).sku()).isEqualTo("P1");
        assertThat(later.rows().get(1).status()).isEqualTo(RowStatus.VALID);
    }

    @Test
    void anItalianCsvWritesThousandsWithDotsAndDecimalsWithCommas() {
        IntakeTable csv = new IntakeTable("ordine.csv", "ab12", "CSV", "ordine.csv", "windows-1252", ";", 3,
                List.of("Cod. art.", "Q.tà", "Prezzo"), List.of(new IntakeTable.Row(4, List.of("P2", "1.250", "2,50")),
                        new IntakeTable.Row(5, List.of("P1", "2.000,0", "1.010,00"))));
        IntakePreview p = intake.preview(new IntakeRequest(csv, intake.suggestMapping(csv.header(), null), "C-B",
                List.of()));
        assertThat(p.rows()).extracting(PreviewRow::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1250"), new BigDecimal("2000"));
        assertThat(p.rows().get(1).filePrice()).isEqualByComparingTo("1010");
    }

    private static long orders() {
        return company.ctx.orders().search(OrderQuery.newest(1)).total();
    }
}
