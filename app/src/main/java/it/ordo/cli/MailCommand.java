package it.ordo.cli;

import it.ordo.application.notification.MailServerSettings;
import it.ordo.application.notification.OutboxRow;
import it.ordo.application.notification.SendReport;
import it.ordo.domain.notification.MailStatus;
import it.ordo.infrastructure.mail.SmtpMailGateway;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo mail send-pending|outbox|retry|set-aside|settings|template}. */
@Command(name = "mail")
final class MailCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(MailCommand.SendPending.class, MailCommand.Outbox.class,
            MailCommand.Retry.class, MailCommand.SetAside.class, MailCommand.Settings.class, MailTemplateCommand.class);

    /** Sends what waits now; {@code send} is the short name (the sender in the server or desktop does it too). */
    @Command(name = "send-pending", aliases = "send")
    static final class SendPending extends BaseCommand {

        @Override
        protected int execute() {
            SendReport r = services().mail().sendPending();
            if (!r.configured()) {
                err().println(t("cli.mail.notConfigured"));
                return Cli.REFUSED;
            }
            out().println(t("cli.mail.report", r.sent(), r.retrying(), r.failed(), r.skipped()));
            return r.failed() > 0 ? Cli.REFUSED : Cli.OK;
        }
    }

    @Command(name = "outbox", sortOptions = false)
    static final class Outbox extends BaseCommand {

        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "opt.mail.status")
        String status;

        @Mixin
        Paging paging;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<OutboxRow> rows = services().mail().outbox(status == null ? null : MailStatus.parse(status), paging.offset,
                    paging.limit);
            if (json) {
                json(rows);
                return Cli.OK;
            }
            if (rows.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table("ID", t("cli.mail.kind"), t("cli.return.status"), t("cli.ticket.customer"),
                    t("cli.mail.about"), t("cli.mail.to"), t("cli.ticket.opened"), t("cli.mail.attempts"),
                    t("cli.mail.error")).right(0, 7);
            for (OutboxRow r : rows) {
                table.row(r.id(), r.kind(), r.status(), r.customerCode(),
                        r.orderNumber() != null ? r.orderNumber() : r.ticketNumber(), r.recipient(),
                        dateTime(r.createdAt()), r.attempts(), v(r.lastError()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "retry")
    static final class Retry extends BaseCommand {

        @Parameters(paramLabel = "ID", descriptionKey = "opt.mail.id")
        long id;

        @Override
        protected int execute() {
            OutboxRow r = services().mail().retry(id);
            out().println(t("cli.mail.requeued", r.id()));
            return Cli.OK;
        }
    }

    /** {@code ordo mail set-aside --before DATE}: the old backlog is not sent when e-mail is switched on late. */
    @Command(name = "set-aside")
    static final class SetAside extends BaseCommand {

        @Option(names = "--before", required = true, paramLabel = "DATE", descriptionKey = "opt.mail.before")
        LocalDate before;

        @Override
        protected int execute() {
            int count = services().mail().setAsideBefore(before);
            out().println(t("cli.mail.setAside", count, date(before)));
            return Cli.OK;
        }
    }

    @Command(name = "settings", sortOptions = false)
    static final class Settings extends BaseCommand {

        @Option(names = "--host", paramLabel = "HOST", descriptionKey = "opt.mail.host")
        String host;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "587", descriptionKey = "opt.mail.port")
        int port;

        @Option(names = "--no-starttls", descriptionKey = "opt.mail.starttls")
        boolean plain;

        @Option(names = "--smtp-user", paramLabel = "USER", descriptionKey = "opt.mail.user")
        String user;

        @Option(names = "--from", paramLabel = "ADDRESS", descriptionKey = "opt.mail.from")
        String from;

        @Override
        protected int execute() {
            if (host != null) {
                services().mail().configure(new MailServerSettings(host, port, !plain, user, from));
            }
            Optional<MailServerSettings> s = services().mail().settings();
            if (s.isEmpty()) {
                err().println(t("cli.mail.notConfigured"));
                return Cli.OK;
            }
            boolean passwordSet = System.getenv(SmtpMailGateway.PASSWORD_VARIABLE) != null;
            new Block()
                    .add(t("cli.mail.host"), s.get().host() + ":" + s.get().port())
                    .add("STARTTLS", yesNo(s.get().startTls()))
                    .add(t("cli.mail.user"), s.get().username())
                    .add(t("cli.mail.from"), s.get().fromAddress())
                    // Whether the password is there, never the password.
                    .add(t("cli.mail.password"), t(passwordSet ? "cli.mail.password.set" : "cli.mail.password.unset",
                            SmtpMailGateway.PASSWORD_VARIABLE))
                    .print(out());
            return Cli.OK;
        }
    }
}
