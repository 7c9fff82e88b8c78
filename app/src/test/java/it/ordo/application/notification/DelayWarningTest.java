package it.ordo.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.notification.MailKind;
import it.ordo.testing.TestCompany;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Early warning: when goods go to a customer of a higher tier and another order's promised date slips, its
 * customer gets one "delayed" e-mail with the new date, written in the transaction that moved the date. An
 * order whose date moved earlier, or did not move, gets none; an order of two lines gets one.
 */
@Tag("db")
class DelayWarningTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final LocalDate DEC_9 = LocalDate.of(2026, 12, 9);
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.ctx.mail().configure(new MailServerSettings("127.0.0.1", SMTP.getSmtp().getPort(), false, null,
                "ordini@prova.it"));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private void supply(String qty, LocalDate date, String po) {
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal(qty), date, po);
    }

    private List<OutboxRow> delays() {
        return company.ctx.mail().outbox(null, 0, 100).stream().filter(r -> r.kind() == MailKind.ORDER_DELAYED).toList();
    }

    @Test
    void aSlippedDateIsToldOncePerOrderWithTheNewDate() throws Exception {
        supply("10", DEC_9, "PO-1");
        supply("10", JAN_15, "PO-2");
        OrderView tierB = company.order("C-B", "B", "P1", 4, "P1", 6);
        OrderView tierA = company.order("C-A", "A", "P1", 10);
        assertThat(tierB.promisedDate()).isEqualTo(DEC_9);
        assertThat(tierA.promisedDate()).isEqualTo(JAN_15);
        assertThat(company.ctx.mail().sendPending().sent()).as("the two confirmations").isEqualTo(2);

        // One piece arrives without a purchase order: tier A is served first, and PO-1 now covers A before B.
        company.receive("P1", "MIL", "1");

        assertThat(company.ctx.orders().show(tierA.number()).promisedDate()).isEqualTo(DEC_9);
        assertThat(company.ctx.orders().show(tierB.number()).promisedDate()).isEqualTo(JAN_15);
        assertThat(delays()).as("one message for B's two lines, none for A whose date moved earlier")
                .singleElement().extracting(OutboxRow::orderNumber).isEqualTo(tierB.number());

        assertThat(company.ctx.mail().sendPending().sent()).isEqualTo(1);
        MimeMessage[] all = SMTP.getReceivedMessages();
        assertThat(all).hasSize(3);
        MimeMessage[] received = java.util.Arrays.stream(all).filter(m -> {
            try {
                return m.getSubject().contains(": nuova data");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ordini@c-b.it");
        assertThat(received[0].getSubject()).isEqualTo("Ordine " + tierB.number() + ": nuova data di spedizione 15 gen 2027");
        assertThat(received[0].getContent().toString()).contains("9 dic 2026").contains("15 gen 2027");

        // More supply that changes nobody's date: no news.
        supply("5", LocalDate.of(2027, 2, 1), "PO-3");
        assertThat(delays()).hasSize(1);
    }

    @Test
    void aLostDateIsToldWithoutOne() {
        supply("10", DEC_9, "PO-1");
        OrderView tierB = company.order("C-B", "B", "P1", 10);
        company.order("C-A", "A", "P1", 10);

        company.receive("P1", "MIL", "5");

        assertThat(company.ctx.orders().show(tierB.number()).promisedDate()).as("5 left of PO-1 cannot cover 10").isNull();
        assertThat(delays()).singleElement().extracting(OutboxRow::orderNumber).isEqualTo(tierB.number());
        company.ctx.mail().sendPending();
        assertThat(SMTP.getReceivedMessages()).filteredOn(m -> {
            try {
                return m.getSubject().endsWith("spedizione in ritardo");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).hasSize(1);
    }

    @Test
    void aSupplierDeliveryMovedLaterWarnsEveryOrderWaitingForItOnce() {
        supply("30", DEC_9, "PO-1");
        OrderView first = company.order("C-A", "FIRST", "P1", 4, "P1", 6);
        OrderView second = company.order("C-B", "SECOND", "P1", 10);
        assertThat(first.promisedDate()).isEqualTo(DEC_9);
        assertThat(second.promisedDate()).isEqualTo(DEC_9);

        int moved = company.ctx.inventory().moveSupply("PO-1", "P1", "MIL", JAN_15);

        assertThat(moved).isEqualTo(2);
        assertThat(company.ctx.orders().show(first.number()).promisedDate()).isEqualTo(JAN_15);
        assertThat(company.ctx.orders().show(second.number()).promisedDate()).isEqualTo(JAN_15);
        assertThat(delays()).as("one message per order, not per line")
                .extracting(OutboxRow::orderNumber).containsExactlyInAnyOrder(first.number(), second.number());

        // Moved earlier again: no news.
        assertThat(company.ctx.inventory().moveSupply("PO-1", "P1", "MIL", DEC_9)).isEqualTo(2);
        assertThat(delays()).hasSize(2);
    }
}
