package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.LinePriceSource;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A return settled by a replacement: the new order goes through the one order path (promised and allocated like
 * any order) but its lines cost nothing, say so (price source REPLACEMENT) on the order and on the confirmation
 * PDF in the customer's language, carry no VAT, and do not put a customer at its credit limit on hold.
 */
class FreeReplacementTest {

    @Test
    void theReplacementIsFreeSaysSoAndIsNotHeldForCredit() throws Exception {
        try (TestCompany company = TestCompany.standard()) {
            company.receive("P1", "MIL", "100");
            // C-POOR may owe 50.00: 4 × 10.00 + VAT = 48.80 is within it.
            OrderView order = company.order("C-POOR", "FR-1", "P1", 4);
            company.ctx.orders().startPicking(order.number());
            company.ctx.orders().pack(order.number());
            company.ctx.fulfilment().shipAllocated(order.number());
            ReturnView r = company.ctx.returns().open(new NewReturn(order.number(), null, "Arrivate rotte",
                    ReturnWish.REPLACEMENT, List.of(new NewReturn.LineQty(1, new BigDecimal("4")))));
            company.ctx.returns().receive(r.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.SCRAP)));
            // Another open order: the replacement at list prices (48.80 more) would take the customer over 50.00.
            OrderView open = company.order("C-POOR", "FR-2", "P1", 3);
            assertThat(open.status()).isEqualTo(OrderStatus.CONFIRMED);

            OrderView replacement = company.ctx.orders().show(company.ctx.returns().close(r.rmaNumber())
                    .replacementOrderNumber());

            assertThat(replacement.status()).as("nothing owed, no credit hold").isEqualTo(OrderStatus.CONFIRMED);
            assertThat(replacement.lines()).singleElement().satisfies(l -> {
                assertThat(l.priceSource()).isEqualTo(LinePriceSource.REPLACEMENT);
                assertThat(l.unitPrice()).isEqualByComparingTo("0");
                assertThat(l.netAmount()).isEqualByComparingTo("0");
                assertThat(l.vatAmount()).isEqualByComparingTo("0");
                assertThat(l.allocated()).as("allocated like any order").isEqualByComparingTo("4");
                assertThat(l.priceNote()).contains("price.replacement");
            });
            assertThat(replacement.grossTotal()).isEqualByComparingTo("0");
            assertThat(company.ctx.orders().show(open.number()).lines().getFirst().priceSource())
                    .as("an order asked for is priced from the lists").isEqualTo(LinePriceSource.BASE);

            String pdf;
            try (PDDocument doc = Loader.loadPDF(company.ctx.documents().orderConfirmation(replacement.number()))) {
                pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(pdf).contains(replacement.number()).contains("Vite 4x40 - sostituzione gratuita")
                    .contains("Totale ordine 0,00 €");
            assertThat(company.ctx.integrity().check()).isEmpty();
        }
    }
}
