package it.ordo.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.Message;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** "When can I have it?" against stock, incoming supply and what is already promised from it. */
@Tag("db")
class PromiseDateTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private AvailabilityView ask(String qty) {
        return company.ctx.inventory().availability("P1", new BigDecimal(qty), "MIL").getFirst();
    }

    @Test
    void availableNowIsPromisedToday() {
        company.receive("P1", "MIL", "7");
        assertThat(ask("7").promiseDate()).isEqualTo(TestCompany.TODAY);
    }

    @Test
    void theRestIsPromisedFromTheSupplyThatCoversItAfterEarlierPromises() {
        company.receive("P1", "MIL", "7");
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal("13"), LocalDate.of(2026, 12, 9), "PO-2026-0042");
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal("40"), LocalDate.of(2027, 1, 15), "PO-2026-0050");
        company.order("C-B", "EARLY", "P1", 12); // takes the 7 and promises 5 of the 13

        AvailabilityView a = ask("15");
        assertThat(a.available()).isEqualByComparingTo("0");
        // 8 of the 13 are still free on 9 Dec; 15 needs the January delivery too.
        assertThat(a.promiseDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(ask("8").promiseDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(ask("48").promiseDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(ask("49").promiseDate()).as("8 + 40 free units cannot cover 49").isNull();
        assertThat(ask("49").incoming()).hasSize(2);
        assertThat(ask("49").incoming().getFirst().qty()).isEqualByComparingTo("13");
        assertThat(ask("49").incoming().getFirst().date()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void noSupplyInSightMeansNoDate() {
        company.receive("P1", "MIL", "3");
        AvailabilityView a = ask("4");
        assertThat(a.promiseDate()).isNull();
        assertThat(a.explanation()).extracting(Message::key).containsExactly("promise.availableNow", "promise.noSupply");
    }

    @Test
    void theExplanationReadsAsTheOperatorWouldSayIt() {
        company.receive("P1", "MIL", "7");
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal("13"), LocalDate.of(2026, 12, 9), "PO-2026-0042");
        company.order("C-B", "EARLY", "P1", 12);
        company.receive("P1", "MIL", "7"); // the 5 backordered are filled, 2 remain available
        AvailabilityView a = ask("10");
        String english = new Texts(Locale.ENGLISH).render(a.explanation());
        assertThat(english).isEqualTo("2 available now; 13 more arrive Dec 9, 2026 on PO-2026-0042");
        String italian = new Texts(Locale.ITALIAN).render(a.explanation());
        assertThat(italian).isEqualTo("2 disponibili ora; altri 13 arrivano il 9 dic 2026 con PO-2026-0042");
    }
}
