package it.ordo.infrastructure.mail;

import it.ordo.application.notification.MailGateway;
import it.ordo.domain.notification.MailSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;
import javax.net.SocketFactory;

/**
 * Sends over SMTP with the company's settings: STARTTLS when set (required
 * then, never silently plain), authentication when a user is set. The
 * password comes from the sending process's environment
 * ({@code ORDO_SMTP_PASSWORD}), is never stored, logged or shown.
 */
public final class SmtpMailGateway implements MailGateway {

    /** Where the password is read from, when a user is set. */
    public static final String PASSWORD_VARIABLE = "ORDO_SMTP_PASSWORD";
    private static final String TIMEOUT_MS = "10000";
    /**
     * How long a conversation may rest before the next message first asks the server whether it is still there
     * (NOOP). Servers drop a quiet client after minutes (Postfix under stress after 10 s); asking before every
     * message would cost a round trip to the server each time.
     */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    private final Supplier<String> password;
    private final Duration idleCheck;

    /** Reads the password from the environment at each connection (system property {@code ordo.smtp.password} else). */
    public SmtpMailGateway() {
        this(() -> {
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            return fromEnvironment != null ? fromEnvironment : System.getProperty("ordo.smtp.password");
        });
    }

    public SmtpMailGateway(Supplier<String> password) {
        this(password, IDLE_CHECK);
    }

    /** With another rest before the server is asked whether it is still there (tests). */
    SmtpMailGateway(Supplier<String> password, Duration idleCheck) {
        this.password = password;
        this.idleCheck = idleCheck;
    }

    @Override
    public void send(MailSettings settings, Envelope envelope) {
        try (Connection connection = connect(settings)) {
            connection.send(envelope);
        }
    }

    /**
     * One SMTP conversation for a round of the sender: connected, STARTTLS and signed in at the first message,
     * then each message handed over on it. A refused message closes it, so the next one starts clean.
     */
    @Override
    public Connection connect(MailSettings settings) {
        Session session = session(settings);
        return new Connection() {
            private Transport transport;
            private long lastReply;

            @Override
            public void send(Envelope envelope) {
                try {
                    MimeMessage message = message(session, settings, envelope);
                    // isConnected() sends a NOOP and waits for the answer: only after a rest, when the server
                    // may have hung up, not before each message of a round handed over one after the other.
                    if (transport != null && System.nanoTime() - lastReply > idleCheck.toNanos()
                            && !transport.isConnected()) {
                        close();
                    }
                    if (transport == null) {
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    lastReply = System.nanoTime();
                } catch (MessagingException e) {
                    close();
                    // The server's answer without the password (Jakarta Mail never puts it in its messages).
                    throw new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                if (transport != null) {
                    try {
                        transport.close();
                    } catch (MessagingException alreadyGone) {
                        // QUIT is a courtesy: the messages handed over are the server's already
                    }
                    transport = null;
                }
            }
        };
    }

    Session session(MailSettings settings) {
        Properties p = new Properties();
        p.put("mail.smtp.socketFactory", NoDelaySockets.INSTANCE);
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        if (settings.startTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Authenticator auth = null;
        if (settings.username() != null) {
            p.put("mail.smtp.auth", "true");
            String user = settings.username();
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    String secret = password.get();
                    return new PasswordAuthentication(user, secret == null ? "" : secret);
                }
            };
        }
        return Session.getInstance(p, auth);
    }

    private static MimeMessage message(Session session, MailSettings settings, Envelope envelope)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, envelope.messageId());
        message.setFrom(new InternetAddress(settings.fromAddress()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(envelope.to(), true));
        message.setSubject(envelope.subject(), StandardCharsets.UTF_8.name());
        if (envelope.attachments().isEmpty()) {
            message.setText(envelope.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(envelope.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (Attachment a : envelope.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setFileName(a.fileName());
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        // What Transport.send does first: the headers (and the outbox's Message-ID) are set here.
        message.saveChanges();
        return message;
    }

    /**
     * Plain sockets with Nagle's algorithm off (TCP_NODELAY), as SMTP's command and answer conversation needs.
     * With it on, the last piece of a message after its body stayed in the sender until the server acknowledged
     * the body, which a server delays by up to 40 ms waiting for something to answer: 25 to 40 ms of nothing per
     * message, most of the sender's time (docs/benchmarks.md, issue 11). STARTTLS layers TLS on this socket, so
     * it holds for encrypted conversations too.
     */
    static final class NoDelaySockets extends SocketFactory {
        static final NoDelaySockets INSTANCE = new NoDelaySockets();

        /** The one Jakarta Mail calls: an unconnected socket, which it connects with its own time-out. */
        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }
    }

    /** Keeps the outbox's Message-ID instead of a random one, so a copy sent twice is recognisable. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
