package it.ordo.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.notification.MailKind;
import it.ordo.testing.TestCompany;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The customer hears when the order leaves and when it is delivered: one message each, written by the
 * change of the order itself, sent in the customer's language with the day it happened.
 */
class ShipmentMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "50");
        company.ctx.mail().configure(new MailServerSettings("127.0.0.1", SMTP.getSmtp().getPort(), false, null,
                "ordini@prova.it"));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void shippedAndDeliveredAreToldOnceEach() throws Exception {
        OrderView order = company.order("C-B", "S-1", "P1", 4);
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        assertThat(kinds()).containsExactly(MailKind.ORDER_CONFIRMED);

        company.ctx.fulfilment().shipAllocated(order.number());
        assertThat(kinds()).containsExactlyInAnyOrder(MailKind.ORDER_CONFIRMED, MailKind.ORDER_SHIPPED);
        company.ctx.orders().deliver(order.number());
        assertThat(kinds()).containsExactlyInAnyOrder(MailKind.ORDER_CONFIRMED, MailKind.ORDER_SHIPPED,
                MailKind.ORDER_DELIVERED);

        assertThat(company.ctx.mail().sendPending().sent()).isEqualTo(3);
        MimeMessage[] received = SMTP.getReceivedMessages();
        MimeMessage shipped = Arrays.stream(received).filter(m -> subject(m).contains("partito")).findFirst()
                .orElseThrow();
        assertThat(subject(shipped)).isEqualTo("L'ordine " + order.number() + " è partito");
        assertThat(shipped.getContent().toString()).contains("Gentile Beta S.p.A.").contains("27 nov 2026");
        MimeMessage delivered = Arrays.stream(received).filter(m -> subject(m).contains("consegnato")).findFirst()
                .orElseThrow();
        assertThat(delivered.getContent().toString()).contains(order.number()).contains("risponda a questa e-mail");
    }

    private List<MailKind> kinds() {
        return company.ctx.mail().ofCustomer("C-B").stream().map(OutboxRow::kind).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
