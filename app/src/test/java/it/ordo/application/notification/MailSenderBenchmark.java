package it.ordo.application.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.domain.notification.MailKind;
import it.ordo.testing.BenchFigures;
import it.ordo.testing.TestCompany;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sender against a real SMTP server (issue 11: 50 messages per second): -Dordo.bench.messages order
 * confirmations (default 500), each with its confirmation PDF attached, waiting in the outbox of orders placed
 * through the use case, their confirmation made and kept at once as the desk and the command line do (so the
 * sender attaches the kept bytes); {@code MailService.sendPending} is called until nothing is left, as the background sender
 * does, to GreenMail in this JVM. A first batch of 20 is sent before (cold: templates, fonts, JIT). Baseline in
 * the same run: the same MimeMessages, as GreenMail received them, sent again with bare Jakarta Mail
 * {@code Transport.send}, one after the other, to the same server (a connection each), then on one connection
 * as Ordo's sender keeps one for a round, and on one connection with TCP_NODELAY as Ordo's gateway sets its
 * sockets (the floor of Ordo's way). Asserts only that every message arrived.
 */
@Tag("bench")
class MailSenderBenchmark {

    private static final int MESSAGES = Integer.getInteger("ordo.bench.messages", 500);
    private static final int WARM_UP = 20;
    private static final String[] CUSTOMERS = {"C-A", "C-B", "C-C"};

    @Test
    void fiveHundredConfirmationsWithTheirPdfAgainstBareTransportSend() throws Exception {
        String loadBefore = BenchFigures.loadAverage();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (TestCompany company = TestCompany.standard()) {
            MailService mail = company.ctx.mail();
            mail.configure(new MailServerSettings("127.0.0.1", smtp.getSmtp().getPort(), false, null,
                    "ordini@prova.it"));
            company.receive("P1", "MIL", "100000");
            long s0 = System.nanoTime();
            for (int i = 0; i < WARM_UP; i++) {
                place(company, "WARM-" + i, i);
            }
            long c0 = BenchFigures.cpu();
            long t0 = System.nanoTime();
            int warmSent = sendAll(mail);
            long warmNs = System.nanoTime() - t0;
            long warmCpu = BenchFigures.cpu() - c0;
            for (int i = 0; i < MESSAGES; i++) {
                place(company, "MAIL-" + i, i);
            }
            long seeding = System.nanoTime() - s0;
            smtp.purgeEmailFromAllMailboxes();

            c0 = BenchFigures.cpu();
            t0 = System.nanoTime();
            int sent = sendAll(mail);
            long ordoNs = System.nanoTime() - t0;
            long ordoCpu = BenchFigures.cpu() - c0;
            MimeMessage[] received = smtp.getReceivedMessages();
            long confirmedLeft = mail.outbox(null, 0, 10_000).stream()
                    .filter(r -> r.kind() == MailKind.ORDER_CONFIRMED && r.sentAt() == null).count();
            if (sent != MESSAGES || received.length != MESSAGES || confirmedLeft != 0) {
                throw new IllegalStateException("expected %d messages sent and received: sent %d, received %d, %d left"
                        .formatted(MESSAGES, sent, received.length, confirmedLeft));
            }
            long bytes = 0;
            List<byte[]> raw = new ArrayList<>();
            for (MimeMessage m : received) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.writeTo(out);
                bytes += out.size();
                raw.add(out.toByteArray());
            }

            smtp.purgeEmailFromAllMailboxes();
            Properties p = new Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", Integer.toString(smtp.getSmtp().getPort()));
            Session session = Session.getInstance(p);
            List<MimeMessage> again = new ArrayList<>();
            for (byte[] m : raw) {
                again.add(new MimeMessage(session, new ByteArrayInputStream(m)));
            }
            long bc = BenchFigures.cpu();
            long bt = System.nanoTime();
            for (MimeMessage m : again) {
                Transport.send(m);
            }
            long baseNs = System.nanoTime() - bt;
            long baseCpu = BenchFigures.cpu() - bc;
            if (smtp.getReceivedMessages().length != MESSAGES) {
                throw new IllegalStateException("baseline: " + smtp.getReceivedMessages().length + " received");
            }
            // The floor of the way Ordo sends now: the same messages on one connection, nothing else done.
            smtp.purgeEmailFromAllMailboxes();
            long oc = BenchFigures.cpu();
            long ot = System.nanoTime();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (MimeMessage m : again) {
                    transport.sendMessage(m, m.getAllRecipients());
                }
            }
            long oneNs = System.nanoTime() - ot;
            long oneCpu = BenchFigures.cpu() - oc;
            if (smtp.getReceivedMessages().length != MESSAGES) {
                throw new IllegalStateException("one connection: " + smtp.getReceivedMessages().length + " received");
            }
            // And with Nagle's algorithm off, as Ordo's gateway sets its sockets: the floor of Ordo's sender now.
            smtp.purgeEmailFromAllMailboxes();
            p.put("mail.smtp.socketFactory", new NoDelay());
            Session noDelay = Session.getInstance(p);
            long nc = BenchFigures.cpu();
            long nt = System.nanoTime();
            try (Transport transport = noDelay.getTransport("smtp")) {
                transport.connect();
                for (MimeMessage m : again) {
                    transport.sendMessage(m, m.getAllRecipients());
                }
            }
            long noDelayNs = System.nanoTime() - nt;
            long noDelayCpu = BenchFigures.cpu() - nc;
            if (smtp.getReceivedMessages().length != MESSAGES) {
                throw new IllegalStateException("TCP_NODELAY: " + smtp.getReceivedMessages().length + " received");
            }
            double ordoRate = MESSAGES / (ordoNs / 1e9);
            double baseRate = MESSAGES / (baseNs / 1e9);
            BenchFigures.record("mail-sender", List.of(
                    String.format("sender: %,d order confirmations, each with its confirmation PDF (%,d bytes a"
                                    + " message on average), to GreenMail in this JVM; orders placed through the use"
                                    + " case in %,.0f ms; load average before %s, after %s", MESSAGES,
                            bytes / MESSAGES, BenchFigures.ms(seeding), loadBefore, BenchFigures.loadAverage()),
                    String.format("baseline: bare Jakarta Mail Transport.send of the same %,d MimeMessages  %,8.0f ms,"
                                    + " %,6.1f messages/s, thread CPU %,8.0f ms", MESSAGES, BenchFigures.ms(baseNs),
                            baseRate, BenchFigures.ms(baseCpu)),
                    String.format("baseline: the same on one connection (transport.sendMessage) %,8.0f ms,"
                                    + " %,6.1f messages/s, thread CPU %,8.0f ms", BenchFigures.ms(oneNs),
                            MESSAGES / (oneNs / 1e9), BenchFigures.ms(oneCpu)),
                    String.format("baseline: the same on one connection with TCP_NODELAY %,8.0f ms, %,6.1f messages/s,"
                                    + " thread CPU %,8.0f ms", BenchFigures.ms(noDelayNs),
                            MESSAGES / (noDelayNs / 1e9), BenchFigures.ms(noDelayCpu)),
                    String.format("Ordo sendPending, first %d (cold): %,.0f ms, thread CPU %,.0f ms", warmSent,
                            BenchFigures.ms(warmNs), BenchFigures.ms(warmCpu)),
                    String.format("Ordo sendPending until none is left  %,8.0f ms, %,6.1f messages/s, thread CPU %,8.0f"
                                    + " ms; ÷ baseline %.1f", BenchFigures.ms(ordoNs), ordoRate,
                            BenchFigures.ms(ordoCpu), (double) ordoNs / baseNs)));
        } finally {
            smtp.stop();
        }
    }

    /** Bare sockets with Nagle's algorithm off, as Jakarta Mail asks for them (unconnected). */
    private static final class NoDelay extends SocketFactory {
        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("Jakarta Mail connects the socket itself");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) {
            throw new UnsupportedOperationException("Jakarta Mail connects the socket itself");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("Jakarta Mail connects the socket itself");
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) {
            throw new UnsupportedOperationException("Jakarta Mail connects the socket itself");
        }
    }

    /** An order placed as the desk and the command line place it: its confirmation PDF made and kept at once. */
    private static void place(TestCompany company, String reference, int i) {
        String number = company.order(CUSTOMERS[i % CUSTOMERS.length], reference, "P1", 1 + i % 5, "P3", 1).number();
        if (!company.ctx.documents().keepConfirmation(number)) {
            throw new IllegalStateException("the confirmation of " + number + " was not kept");
        }
    }

    /** What the background sender does: batches until a call finds nothing due. */
    private static int sendAll(MailService mail) {
        int total = 0;
        while (true) {
            SendReport report = mail.sendPending();
            if (report.sent() + report.retrying() + report.failed() + report.skipped() == 0) {
                return total;
            }
            if (report.retrying() + report.failed() > 0) {
                throw new IllegalStateException("the server refused: " + report);
            }
            total += report.sent();
        }
    }
}
