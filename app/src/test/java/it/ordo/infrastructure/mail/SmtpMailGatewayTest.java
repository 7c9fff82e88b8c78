package it.ordo.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.application.notification.MailGateway;
import it.ordo.domain.notification.MailSettings;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

/** The SMTP conversation itself, against GreenMail: how the sockets are set and when the server is asked. */
class SmtpMailGatewayTest {

    private static MailGateway.Envelope envelope(int i) {
        return new MailGateway.Envelope("<ordo-mail-" + i + "@ordo.local>", "mario@cliente.it", "Ordine " + i,
                "Gentile cliente", List.of());
    }

    @Test
    void theSocketsItOpensSendEachPieceAtOnce() throws Exception {
        MailSettings settings = new MailSettings("127.0.0.1", 25, false, null, "ordini@prova.it");
        Object factory = new SmtpMailGateway().session(settings).getProperties().get("mail.smtp.socketFactory");
        assertThat(factory).as("Jakarta Mail's socket factory").isInstanceOf(SocketFactory.class);
        try (Socket socket = ((SocketFactory) factory).createSocket()) {
            assertThat(socket.getTcpNoDelay()).as("Nagle's algorithm off").isTrue();
        }
    }

    @Test
    void aServerThatHungUpDuringARestIsFoundOutAndConnectedAgain() throws Exception {
        GreenMail first = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        first.start();
        int port = first.getSmtp().getPort();
        MailSettings settings = new MailSettings("127.0.0.1", port, false, null, "ordini@prova.it");
        GreenMail second = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (MailGateway.Connection checking = new SmtpMailGateway(() -> null, Duration.ZERO).connect(settings);
             MailGateway.Connection trusting = new SmtpMailGateway(() -> null, Duration.ofHours(1)).connect(settings)) {
            checking.send(envelope(1));
            trusting.send(envelope(2));
            assertThat(first.getReceivedMessages()).hasSize(2);
            first.stop(); // the server hangs up on both
            second.start();

            checking.send(envelope(3));
            assertThat(second.getReceivedMessages()).as("asked after its rest, connected again").hasSize(1);
            // Without the question the message goes on the dead conversation: refused, to be tried again later,
            // and the next one connects again.
            assertThatThrownBy(() -> trusting.send(envelope(4))).isInstanceOf(MailGateway.Unavailable.class);
            trusting.send(envelope(5));
            assertThat(second.getReceivedMessages()).hasSize(2);
        } finally {
            first.stop();
            second.stop();
        }
    }
}
