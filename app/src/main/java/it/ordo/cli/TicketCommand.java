package it.ordo.cli;

import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketPage;
import it.ordo.application.support.TicketQuery;
import it.ordo.application.support.TicketRow;
import it.ordo.application.support.TicketView;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo ticket open|list|show|note|reply|close|status}. */
@Command(name = "ticket")
final class TicketCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(TicketCommand.Open.class, TicketCommand.ListTickets.class,
            TicketCommand.Show.class, TicketCommand.Note.class, TicketCommand.Reply.class, TicketCommand.Close.class,
            TicketCommand.Status.class);

    /** Prints a ticket: header, links, thread, attachments. */
    static void print(BaseCommand c, TicketView t) {
        List<String> links = new ArrayList<>();
        for (TicketView.Link l : t.links()) {
            links.add(l.lineNo() == null ? l.orderNumber()
                    : l.orderNumber() + " #" + l.lineNo() + " " + l.sku() + " " + l.description());
        }
        new Block()
                .add(c.t("cli.ticket.number"), t.number())
                .add(c.t("cli.ticket.customer"), t.customerCode() + " " + t.customerName())
                .add(c.t("cli.ticket.subject"), BaseCommand.v(t.subject()))
                .add(c.t("cli.ticket.category"), t.category())
                .add(c.t("cli.ticket.priority"), t.priority())
                .add(c.t("cli.ticket.status"), t.status() + (t.overdue() ? " " + c.t("cli.ticket.overdue") : ""))
                .add(c.t("cli.ticket.assignee"), t.assignee())
                .add(c.t("cli.ticket.due"), c.dateTime(t.dueAt()))
                .add(c.t("cli.ticket.opened"), c.dateTime(t.createdAt()) + " " + t.createdBy())
                .add(c.t("cli.ticket.links"), String.join("\n", links))
                .add(c.t("cli.ticket.attachments"), String.join("\n", t.attachments().stream()
                        .map(a -> a.id() + " " + a.fileName() + " (" + a.contentType() + ", " + a.sizeBytes() + " B)")
                        .toList()))
                .print(c.out());
        for (TicketView.Entry e : t.entries()) {
            c.out().println();
            c.out().println(c.dateTime(e.at()) + "  " + e.author() + "  " + c.t("cli.ticket.entry." + e.kind()));
            c.out().println(BaseCommand.v(e.body()));
        }
    }

    @Command(name = "open", sortOptions = false)
    static final class Open extends BaseCommand {

        @Option(names = "--customer", required = true, paramLabel = "CODE", descriptionKey = "opt.ticket.customer")
        String customer;

        @Option(names = "--category", required = true, paramLabel = "CATEGORY", descriptionKey = "opt.ticket.category")
        String category;

        @Option(names = "--priority", paramLabel = "PRIORITY", defaultValue = "NORMAL", descriptionKey = "opt.ticket.priority")
        String priority;

        @Option(names = "--subject", required = true, paramLabel = "TEXT", descriptionKey = "opt.ticket.subject")
        String subject;

        @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "opt.ticket.text")
        String text;

        @Option(names = "--order", paramLabel = "NUMBER", descriptionKey = "opt.ticket.order")
        List<String> orders = new ArrayList<>();

        @Option(names = "--line", paramLabel = "ORDER:LINE", descriptionKey = "opt.ticket.line")
        List<String> lines = new ArrayList<>();

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<NewTicket.LineRef> refs = new ArrayList<>();
            for (String l : lines) {
                int colon = l.lastIndexOf(':');
                try {
                    refs.add(new NewTicket.LineRef(l.substring(0, colon), Integer.parseInt(l.substring(colon + 1))));
                } catch (RuntimeException e) {
                    throw usageError("cli.ticket.badLine", l);
                }
            }
            TicketView t = services().tickets().open(new NewTicket(customer, TicketCategory.parse(category),
                    TicketPriority.parse(priority), subject, text, orders, refs));
            if (json) {
                json(t);
            } else {
                out().println(t("cli.ticket.opened.message", t.number(), dateTime(t.dueAt())));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListTickets extends BaseCommand {

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "opt.search")
        String search;

        @Option(names = "--number", paramLabel = "NUMBER", descriptionKey = "opt.ticket.number")
        String number;

        @Option(names = "--customer", paramLabel = "CODE", descriptionKey = "opt.ticket.customer")
        String customer;

        @Option(names = "--order", paramLabel = "NUMBER", descriptionKey = "opt.ticket.order.filter")
        String order;

        @Option(names = "--sku", paramLabel = "SKU", descriptionKey = "opt.ticket.sku")
        String sku;

        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "opt.ticket.status")
        String status;

        @Mixin
        Paging paging;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            TicketPage page = services().tickets().search(new TicketQuery(search, number, customer, order, sku,
                    status == null ? null : TicketStatus.parse(status), null, paging.offset, paging.limit));
            if (json) {
                json(page);
                return Cli.OK;
            }
            if (page.rows().isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.ticket.number"), t("cli.ticket.customer"), t("cli.ticket.category"),
                    t("cli.ticket.priority"), t("cli.ticket.status"), t("cli.ticket.due"), t("cli.ticket.assignee"),
                    t("cli.ticket.subject"));
            for (TicketRow r : page.rows()) {
                table.row(r.number(), r.customerCode(), r.category(), r.priority(),
                        r.status() + (r.overdue() ? " " + t("cli.ticket.overdue") : ""), dateTime(r.dueAt()),
                        r.assignee(), v(r.subject()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "show")
    static final class Show extends BaseCommand {

        @Parameters(paramLabel = "NUMBER", descriptionKey = "opt.ticket.number")
        String number;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            TicketView t = services().tickets().show(number);
            if (json) {
                json(t);
            } else {
                print(this, t);
            }
            return Cli.OK;
        }
    }

    @Command(name = "note")
    static final class Note extends BaseCommand {

        @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "opt.ticket.number")
        String number;

        @Parameters(index = "1", paramLabel = "TEXT", descriptionKey = "opt.ticket.text")
        String text;

        @Override
        protected int execute() {
            TicketView t = services().tickets().note(number, text);
            out().println(t("cli.ticket.noted", t.number(), t.status()));
            return Cli.OK;
        }
    }

    @Command(name = "reply")
    static final class Reply extends BaseCommand {

        @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "opt.ticket.number")
        String number;

        @Parameters(index = "1", paramLabel = "TEXT", descriptionKey = "opt.ticket.text")
        String text;

        @Override
        protected int execute() {
            TicketView t = services().tickets().reply(number, text);
            out().println(t("cli.ticket.replied", t.number()));
            return Cli.OK;
        }
    }

    @Command(name = "status")
    static final class Status extends BaseCommand {

        @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "opt.ticket.number")
        String number;

        @Parameters(index = "1", paramLabel = "STATUS", descriptionKey = "opt.ticket.status")
        String status;

        @Override
        protected int execute() {
            TicketView t = services().tickets().changeStatus(number, TicketStatus.parse(status));
            out().println(t("cli.ticket.moved", t.number(), t.status()));
            return Cli.OK;
        }
    }

    /** Closes a ticket: the short way to {@code ticket status NUMBER CLOSED}, with the same rules. */
    @Command(name = "close")
    static final class Close extends BaseCommand {

        @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "opt.ticket.number")
        String number;

        @Override
        protected int execute() {
            TicketView t = services().tickets().changeStatus(number, TicketStatus.CLOSED);
            out().println(t("cli.ticket.moved", t.number(), t.status()));
            return Cli.OK;
        }
    }
}
