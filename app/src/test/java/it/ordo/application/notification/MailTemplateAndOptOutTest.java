package it.ordo.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.Internals;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketView;
import it.ordo.domain.DomainException;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailStatus;
import it.ordo.domain.notification.MailTemplateKey;
import it.ordo.domain.security.Role;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.testing.TestCompany;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Templates an administrator writes, and kinds of e-mail a customer does not want, over a real SMTP server
 * (GreenMail): the changed text reaches the customer, a template that could not be sent is refused naming the
 * placeholder, a reset brings the shipped text back, and an opted-out kind is kept SKIPPED while the others go.
 */
class MailTemplateAndOptOutTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "500");
        company.ctx.mail().configure(new MailServerSettings("127.0.0.1", SMTP.getSmtp().getPort(), false, null,
                "ordini@prova.it"));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void anAdministratorsTemplateIsWhatTheCustomerReadsUntilItIsReset() throws Exception {
        MailService mail = company.ctx.mail();
        MailTemplateRow saved = mail.saveTemplate(MailTemplateKey.ORDER_CONFIRMED, "it",
                "Conferma {order} - {company}",
                "Buongiorno {customer},\nl'ordine {order} partirà il {date} per {total}.\nGrazie!");
        assertThat(saved.changed()).isTrue();
        assertThat(saved.updatedBy()).isEqualTo("tester");
        assertThat(mail.template(MailTemplateKey.ORDER_CONFIRMED, "en").changed()).as("one language at a time")
                .isFalse();

        OrderView first = company.order("C-A", "TPL-1", "P1", 3);
        mail.sendPending();
        MimeMessage changed = SMTP.getReceivedMessages()[0];
        assertThat(changed.getSubject()).isEqualTo("Conferma " + first.number() + " - Distribuzioni Prova S.r.l.");
        assertThat(((Multipart) changed.getContent()).getBodyPart(0).getContent().toString())
                .contains("Buongiorno Alfa S.r.l.").contains("l'ordine " + first.number() + " partirà il")
                .contains("36,60");

        MailTemplateRow reset = mail.resetTemplate(MailTemplateKey.ORDER_CONFIRMED, "it");
        assertThat(reset.changed()).isFalse();
        assertThat(reset.subject()).isEqualTo("Ordine {order} confermato");
        OrderView second = company.order("C-A", "TPL-2", "P1", 1);
        mail.sendPending();
        assertThat(SMTP.getReceivedMessages()[1].getSubject()).isEqualTo("Ordine " + second.number() + " confermato");

        var tx = Internals.transactions(company.ctx);
        List<String> audit = tx.read(() -> tx.em().createNativeQuery("SELECT action || ':' || entity_key || ':' || username"
                + " FROM audit_log WHERE entity = 'MailTemplate' ORDER BY id").getResultList().stream()
                .map(Object::toString).toList());
        assertThat(audit).as("the change and the reset, in the audit trail").hasSize(2)
                .allSatisfy(row -> assertThat(row).contains("ORDER_CONFIRMED/it").endsWith("tester"));
    }

    @Test
    void aTemplateThatCouldNotBeSentIsRefusedNamingThePlaceholderAndNothingIsKept() {
        MailService mail = company.ctx.mail();
        assertThatThrownBy(() -> mail.saveTemplate(MailTemplateKey.ORDER_DELIVERED, "en", "Order {order} delivered",
                "Dear {customer}, your order {order} arrived on {date}. Track it: {tracking}"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("mail.template.unknownPlaceholder");
                    assertThat(e.args()).contains("{tracking}");
                });
        assertThatThrownBy(() -> mail.saveTemplate(MailTemplateKey.TICKET_REPLY, "en", "Our answer",
                "Dear {customer},\n{message}"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("mail.template.required");
                    assertThat(e.args()).contains("{ticket}");
                });
        assertThat(mail.templates()).as("nothing half-written").noneMatch(MailTemplateRow::changed)
                .hasSize(it.ordo.domain.notification.MailTemplateKey.values().length * 2);

        var desk = company.ctx.as(new Session("desk", EnumSet.of(Role.CUSTOMER_SERVICE), false));
        assertThatThrownBy(() -> desk.mail().saveTemplate(MailTemplateKey.ORDER_DELIVERED, "en", "Delivered {order}",
                "{order} delivered")).as("templates are the administrator's").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePreviewFillsTheTextFromARealOrderInTheTemplatesLanguage() {
        OrderView order = company.order("C-B", "PREVIEW-1", "P1", 2);
        MailTemplates.Rendered preview = company.ctx.mail().previewTemplate(MailTemplateKey.ORDER_DELAYED, "en",
                "Order {order} later", "Dear {customer}, {order} moves from {oldDate} to {newDate}.", order.number());
        assertThat(preview.subject()).isEqualTo("Order " + order.number() + " later");
        assertThat(preview.body()).startsWith("Dear Beta S.p.A., " + order.number() + " moves from ")
                .doesNotContain("{");
        assertThat(company.ctx.mail().template(MailTemplateKey.ORDER_DELAYED, "en").changed())
                .as("a preview saves nothing").isFalse();
    }

    @Test
    void anOptedOutKindIsKeptSkippedSayingWhyAndTheOthersAreSent() throws Exception {
        MailService mail = company.ctx.mail();
        assertThat(mail.setReceives("C-A", MailKind.ORDER_CONFIRMED, false)).containsExactly(MailKind.ORDER_CONFIRMED);
        OrderView order = company.order("C-A", "OPT-1", "P1", 1);
        TicketView t = company.ctx.tickets().open(new NewTicket("C-A", TicketCategory.PRODUCT_INFORMATION,
                TicketPriority.NORMAL, "Scheda tecnica", null, List.of(), List.of()));
        company.ctx.tickets().reply(t.number(), "Ecco la scheda.");
        company.order("C-B", "OPT-2", "P1", 1);

        SendReport report = mail.sendPending();
        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + " " + m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).as("C-A gets the ticket reply, C-B its confirmation").hasSize(2)
                .anyMatch(s -> s.startsWith("ordini@c-a.it [" + t.number() + "]"))
                .anyMatch(s -> s.startsWith("ordini@c-b.it Ordine"));
        OutboxRow skipped = mail.outbox(MailStatus.SKIPPED, 0, 10).getFirst();
        assertThat(skipped.orderNumber()).isEqualTo(order.number());
        assertThat(skipped.lastError()).isEqualTo("the customer does not receive ORDER_CONFIRMED");

        assertThat(mail.setReceives("C-A", MailKind.ORDER_CONFIRMED, true)).isEmpty();
        company.order("C-A", "OPT-3", "P1", 1);
        assertThat(mail.sendPending().sent()).as("on again").isEqualTo(1);
        assertThat(mail.optedOut("C-A")).isEmpty();
    }
}
