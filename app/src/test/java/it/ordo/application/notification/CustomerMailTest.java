package it.ordo.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.Internals;
import it.ordo.application.order.OrderView;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketView;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailSettings;
import it.ordo.domain.notification.MailStatus;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.infrastructure.mail.SmtpMailGateway;
import it.ordo.testing.TestCompany;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customer e-mails over a real SMTP server in the test JVM (GreenMail): the confirmation with its PDF in the
 * customer's language, a ticket reply, the server down and then up, a sender that dies between handing a
 * message over and marking it, and two senders at once. No message is lost, none arrives twice.
 */
class CustomerMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.customers(TestCompany.row("code", "C-EN", "name", "Omega Ltd", "vatNumber", "03199090972",
                "fiscalCode", "", "email", "orders@omega.example.com", "language", "en", "tier", "B",
                "creditLimit", "100000", "paymentTerms", "Bank transfer 30 days", "acceptsBackorders", "true",
                "address", "1 High Street", "postalCode", "20121", "city", "Milano", "province", "MI", "country", "IT",
                "warehouse", "MIL"));
        company.receive("P1", "MIL", "500");
        useServer(SMTP.getSmtp().getPort());
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private void useServer(int port) {
        company.ctx.mail().configure(new MailServerSettings("127.0.0.1", port, false, null, "ordini@prova.it"));
    }

    private List<OutboxRow> outbox(MailStatus status) {
        return company.ctx.mail().outbox(status, 0, 100);
    }

    @Test
    void theConfirmationGoesWithItsPdfInTheCustomersLanguageOnce() throws Exception {
        OrderView italian = company.order("C-A", "IT-1", "P1", 3);
        OrderView english = company.order("C-EN", "EN-1", "P1", 2);
        assertThat(outbox(MailStatus.PENDING)).extracting(OutboxRow::kind)
                .as("written with the confirmation").containsOnly(MailKind.ORDER_CONFIRMED).hasSize(2);

        SendReport report = company.ctx.mail().sendPending();
        assertThat(report.sent()).isEqualTo(2);
        assertThat(company.ctx.mail().sendPending().sent()).as("nothing twice").isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage it = byRecipient(received, "ordini@c-a.it");
        assertThat(it.getSubject()).isEqualTo("Ordine " + italian.number() + " confermato");
        assertThat(it.getFrom()[0].toString()).isEqualTo("ordini@prova.it");
        assertThat(it.getMessageID()).startsWith("<ordo-mail-");
        Multipart parts = (Multipart) it.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Gentile Alfa S.r.l.").contains("Totale:");
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).isEqualTo(italian.number() + ".pdf");
        assertThat(pdfText(pdf)).contains(italian.number());
        assertThat(pdf.getInputStream().readAllBytes()).as("the kept confirmation, to the byte")
                .isEqualTo(company.ctx.documents().orderConfirmation(italian.number()));

        MimeMessage en = byRecipient(received, "orders@omega.example.com");
        assertThat(en.getSubject()).isEqualTo("Order " + english.number() + " confirmed");
        assertThat(((Multipart) en.getContent()).getBodyPart(0).getContent().toString()).contains("Dear Omega Ltd");
        assertThat(outbox(MailStatus.SENT)).hasSize(2);
    }

    @Test
    void aTicketReplyReachesTheCustomerWithTheTicketNumber() throws Exception {
        TicketView t = company.ctx.tickets().open(new NewTicket("C-EN", TicketCategory.PRODUCT_INFORMATION,
                TicketPriority.NORMAL, "Datasheet of P3", null, List.of(), List.of()));
        company.ctx.tickets().reply(t.number(), "Please find the datasheet on our site.\nBest regards.");
        company.ctx.mail().sendPending();

        MimeMessage reply = byRecipient(SMTP.getReceivedMessages(), "orders@omega.example.com");
        assertThat(reply.getSubject()).isEqualTo("[" + t.number() + "] Datasheet of P3");
        assertThat(reply.getContent().toString()).contains("Please find the datasheet").contains("Dear Omega Ltd");
        assertThat(company.ctx.mail().ofCustomer("C-EN")).extracting(OutboxRow::ticketNumber).contains(t.number());
    }

    @Test
    void aReplyWrittenByAPersonGoesBeforeOlderAutomaticNotices() throws Exception {
        company.order("C-A", "BACKLOG-1", "P1", 1);
        company.order("C-EN", "BACKLOG-2", "P1", 1);
        TicketView t = company.ctx.tickets().open(new NewTicket("C-EN", TicketCategory.PRODUCT_INFORMATION,
                TicketPriority.NORMAL, "Datasheet of P3", null, List.of(), List.of()));
        company.ctx.tickets().reply(t.number(), "Here it is.");

        company.ctx.mail().sendPending();

        // Two confirmations were waiting before the reply was written; the customer waiting for an answer gets it first.
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("[" + t.number() + "] Datasheet of P3");
    }

    @Test
    void messagesOfPastDaysSetAsideAreNeverSentAndTodaysAre() throws Exception {
        OrderView old = company.order("C-A", "LAST-WEEK", "P1", 1);
        company.clock.advance(java.time.Duration.ofDays(7));
        OrderView today = company.order("C-EN", "TODAY-1", "P1", 1);

        int setAside = company.ctx.mail().setAsideBefore(java.time.LocalDate.now(company.clock));
        company.ctx.mail().sendPending();

        assertThat(setAside).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Order " + today.number() + " confirmed");
        assertThat(outbox(MailStatus.SKIPPED)).singleElement().satisfies(r -> {
            assertThat(r.orderNumber()).isEqualTo(old.number());
            assertThat(r.lastError()).contains("set aside by").contains(java.time.LocalDate.now(company.clock).toString());
        });
        assertThatThrownBy(() -> company.ctx.mail().setAsideBefore(java.time.LocalDate.now(company.clock).plusDays(5)))
                .isInstanceOf(it.ordo.domain.DomainException.class).hasMessageContaining("future");
    }

    @Test
    void whenTheServerIsDownMessagesWaitAndGoLater() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        useServer(closed);
        company.order("C-A", "DOWN-1", "P1", 1);

        SendReport down = company.ctx.mail().sendPending();
        assertThat(down.retrying()).isEqualTo(1);
        OutboxRow waiting = outbox(MailStatus.PENDING).getFirst();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isEqualTo(company.now().plus(Duration.ofMinutes(1)));
        assertThat(company.ctx.mail().sendPending().retrying()).as("not due yet").isZero();

        useServer(SMTP.getSmtp().getPort());
        company.clock.advance(Duration.ofMinutes(2));
        assertThat(company.ctx.mail().sendPending().sent()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aSenderThatDiesAfterHandingOverNeverCausesASecondCopy() throws Exception {
        company.order("C-A", "CRASH-1", "P1", 1);
        SmtpMailGateway real = new SmtpMailGateway();
        MailService dying = Internals.mail(company.ctx, (settings, envelope) -> {
            real.send(settings, envelope);
            throw new ProcessDied();
        });
        assertThatThrownBy(dying::sendPending).isInstanceOf(ProcessDied.class);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        SendReport afterRestart = company.ctx.mail().sendPending();
        assertThat(afterRestart.sent()).isZero();
        assertThat(SMTP.getReceivedMessages()).as("not sent again").hasSize(1);
        OutboxRow stuck = outbox(MailStatus.SENDING).getFirst();

        // A person who checked that the customer did not get it sends it again, by hand.
        company.ctx.mail().retry(stuck.id());
        assertThat(company.ctx.mail().sendPending().sent()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aSenderThatDiesInTheMiddleOfARoundLeavesWhatTheServerTookSentOrWaitingForAPerson() throws Exception {
        for (int i = 0; i < 3; i++) {
            company.order("C-A", "MID-" + i, "P1", 1);
        }
        // Each message is marked SENT in the transaction that claims the next one; the third dies after the
        // server took it.
        SmtpMailGateway real = new SmtpMailGateway();
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        MailService dying = Internals.mail(company.ctx, (settings, envelope) -> {
            real.send(settings, envelope);
            if (handed.incrementAndGet() == 3) {
                throw new ProcessDied();
            }
        });
        assertThatThrownBy(dying::sendPending).isInstanceOf(ProcessDied.class);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(outbox(MailStatus.SENT)).hasSize(2);
        assertThat(outbox(MailStatus.SENDING)).hasSize(1);

        assertThat(company.ctx.mail().sendPending().sent()).isZero();
        assertThat(SMTP.getReceivedMessages()).as("none sent twice").hasSize(3);
    }

    @Test
    void aRoundOfTheSenderHandsItsMessagesOverOnOneConnection() throws Exception {
        for (int i = 0; i < 3; i++) {
            company.order("C-A", "ROUND-" + i, "P1", 1);
        }
        SmtpMailGateway real = new SmtpMailGateway();
        java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
        MailService counting = Internals.mail(company.ctx, new MailGateway() {
            @Override
            public void send(MailSettings settings, MailGateway.Envelope envelope) {
                throw new AssertionError("each message on a connection of its own");
            }

            @Override
            public Connection connect(MailSettings settings) {
                connections.incrementAndGet();
                return real.connect(settings);
            }
        });
        assertThat(counting.sendPending().sent()).isEqualTo(3);
        assertThat(connections).hasValue(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    @Test
    void twoSendersAtOnceSendEachMessageOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            company.order(i % 2 == 0 ? "C-A" : "C-B", "BULK-" + i, "P1", 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SendReport> a = pool.submit(() -> company.ctx.mail().sendPending());
            Future<SendReport> b = pool.submit(() -> company.ctx.mail().sendPending());
            assertThat(a.get().sent() + b.get().sent()).isEqualTo(12);
        } finally {
            pool.shutdown();
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(12);
        assertThat(List.of(SMTP.getReceivedMessages()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(12);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> company.ctx.mail().configure(new MailServerSettings("smtp.prova.it", 587, true,
                "ordini", "not an address"))).hasMessageContaining("mail.address.invalid");
        assertThatThrownBy(() -> company.ctx.mail().configure(new MailServerSettings("smtp.prova.it", 0, true,
                "ordini", "ordini@prova.it"))).hasMessageContaining("mail.settings.port");
        assertThat(company.ctx.mail().settings()).get().extracting(MailServerSettings::port)
                .isEqualTo(SMTP.getSmtp().getPort());
    }

    /** Stands for the sending process stopping: nothing after the hand-over runs. */
    private static final class ProcessDied extends Error {
    }

    private static MimeMessage byRecipient(MimeMessage[] messages, String to) throws Exception {
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                return m;
            }
        }
        throw new AssertionError("no message to " + to);
    }

    private static String pdfText(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream(); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
