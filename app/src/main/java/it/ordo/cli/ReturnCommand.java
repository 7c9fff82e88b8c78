package it.ordo.cli;

import it.ordo.application.returns.CreditNote;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.returns.ReturnView;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo return create|authorise|refuse|receive|inspect|list|credit|credit-notes|window|close|show|label|
 * quarantine}.
 */
@Command(name = "return")
final class ReturnCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ReturnCommand.Create.class, ReturnCommand.Authorise.class,
            ReturnCommand.Refuse.class, ReturnCommand.Receive.class, ReturnCommand.Inspect.class,
            ReturnCommand.ListReturns.class, ReturnCommand.Credit.class, ReturnCommand.CreditNotes.class,
            ReturnCommand.Window.class, ReturnCommand.Close.class, ReturnCommand.Show.class, ReturnCommand.Label.class,
            QuarantineCommand.class);

    static void print(BaseCommand c, ReturnView r) {
        new Block()
                .add(c.t("cli.return.number"), r.rmaNumber())
                .add(c.t("cli.return.order"), r.orderNumber())
                .add(c.t("cli.ticket.customer"), r.customerCode() + " " + r.customerName())
                .add(c.t("cli.return.ticket"), r.ticketNumber())
                .add(c.t("cli.return.status"), r.status())
                .add(c.t("cli.return.authorised"), r.authorisedAt() == null ? null
                        : r.authorisedBy() + ", " + c.dateTime(r.authorisedAt()))
                .add(c.t("cli.return.refused"), r.refusedAt() == null ? null
                        : r.refusedBy() + ", " + c.dateTime(r.refusedAt()) + ": " + BaseCommand.v(r.refusalReason()))
                .add(c.t("cli.return.received"), r.receivedAt() == null ? null
                        : r.receivedBy() + ", " + c.dateTime(r.receivedAt()))
                .add(c.t("cli.return.inspected"), r.inspectedAt() == null ? null
                        : r.inspectedBy() + ", " + c.dateTime(r.inspectedAt()))
                .add(c.t("cli.return.reason"), BaseCommand.v(r.reason()))
                .add(c.t("cli.return.wish"), r.wish())
                .add(c.t("cli.return.credit"), c.money(r.creditNet()) + " + " + c.money(r.creditVat()) + " = "
                        + c.money(r.creditGross()))
                .add(c.t("cli.return.creditNote"), r.creditNoteNumber())
                .add(c.t("cli.return.windowOverride"), r.windowOverrideReason() == null ? null
                        : r.windowOverrideBy() + ": " + BaseCommand.v(r.windowOverrideReason()))
                .add(c.t("cli.return.replacement"), r.replacementOrderNumber())
                .add(c.t("cli.return.closed"), r.closedAt() == null ? null
                        : r.closedBy() + ", " + c.dateTime(r.closedAt()))
                .print(c.out());
        Table table = new Table("#", "SKU", c.t("cli.return.qty"), c.t("cli.return.outcome"), c.t("cli.return.net"),
                c.t("cli.return.vat")).right(2, 4, 5);
        for (ReturnView.Line l : r.lines()) {
            table.row(l.lineNo(), l.sku(), c.qty(l.quantity()), l.outcome(), c.money(l.creditNet()),
                    c.money(l.creditVat()));
        }
        table.print(c.out());
    }

    /** Writes down a return the customer asks for; {@code --authorise} authorises it at once (the desk). */
    @Command(name = "create", sortOptions = false)
    static final class Create extends BaseCommand {

        @Option(names = "--order", required = true, paramLabel = "NUMBER", descriptionKey = "opt.return.order")
        String order;

        @Option(names = "--ticket", paramLabel = "NUMBER", descriptionKey = "opt.return.ticket")
        String ticket;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "opt.return.reason")
        String reason;

        @Option(names = "--wish", paramLabel = "WISH", defaultValue = "REFUND", descriptionKey = "opt.return.wish")
        String wish;

        @Option(names = "--line", required = true, paramLabel = "LINE:QTY", descriptionKey = "opt.return.line")
        List<String> lines = new ArrayList<>();

        @Option(names = "--window-override", paramLabel = "TEXT", descriptionKey = "opt.return.windowOverride")
        String windowOverride;

        @Option(names = "--authorise", descriptionKey = "opt.return.authorise")
        boolean authorise;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<NewReturn.LineQty> asked = new ArrayList<>();
            for (String l : lines) {
                String[] parts = l.split(":");
                try {
                    asked.add(new NewReturn.LineQty(Integer.parseInt(parts[0].strip()),
                            Numbers.decimal(parts[1].strip())));
                } catch (RuntimeException e) {
                    throw usageError("cli.return.badLine", l);
                }
            }
            NewReturn request = new NewReturn(order, ticket, reason, ReturnWish.parse(wish), asked, windowOverride);
            ReturnView r = authorise ? services().returns().open(request) : services().returns().request(request);
            show(this, r, json);
            return Cli.OK;
        }
    }

    @Command(name = "authorise", sortOptions = false)
    static final class Authorise extends OneReturn {

        @Override
        ReturnView act() {
            return services().returns().authorise(rma);
        }
    }

    @Command(name = "refuse", sortOptions = false)
    static final class Refuse extends OneReturn {

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "opt.return.refusal")
        String reason;

        @Override
        ReturnView act() {
            return services().returns().refuse(rma, reason);
        }
    }

    /** The parcel arrived; lines given with {@code --line} are inspected at once. */
    @Command(name = "receive", sortOptions = false)
    static final class Receive extends OneReturn {

        @Option(names = "--line", paramLabel = "LINE:OUTCOME", descriptionKey = "opt.return.outcome")
        List<String> lines = new ArrayList<>();

        @Override
        ReturnView act() {
            return services().returns().receive(rma, outcomes(this, lines));
        }
    }

    @Command(name = "inspect", sortOptions = false)
    static final class Inspect extends OneReturn {

        @Option(names = "--line", required = true, paramLabel = "LINE:OUTCOME", descriptionKey = "opt.return.outcome")
        List<String> lines = new ArrayList<>();

        @Override
        ReturnView act() {
            return services().returns().inspect(rma, outcomes(this, lines));
        }
    }

    /** A command on one return, named by its RMA number, that prints the return as it leaves it. */
    abstract static class OneReturn extends BaseCommand {

        @Parameters(paramLabel = "RMA", descriptionKey = "opt.return.number")
        String rma;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        /** What the command does to the return; the return as it is afterwards. */
        abstract ReturnView act();

        @Override
        protected final int execute() {
            show(this, act(), json);
            return Cli.OK;
        }
    }

    /** {@code 1:restock}, {@code 2:quarantine}: a usage error names the argument that is not one. */
    private static List<LineOutcome> outcomes(BaseCommand c, List<String> lines) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (String l : lines) {
            String[] parts = l.split(":");
            int lineNo;
            try {
                lineNo = Integer.parseInt(parts[0].strip());
            } catch (RuntimeException e) {
                throw c.usageError("cli.return.badOutcome", l);
            }
            if (parts.length != 2) {
                throw c.usageError("cli.return.badOutcome", l);
            }
            outcomes.add(new LineOutcome(lineNo, ReturnOutcome.parse(parts[1])));
        }
        return outcomes;
    }

    /** A return as JSON with {@code --json}, otherwise as a block and a table of its lines. */
    private static void show(BaseCommand c, ReturnView r, boolean json) {
        if (json) {
            c.json(r);
        } else {
            print(c, r);
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListReturns extends BaseCommand {

        @Option(names = "--customer", paramLabel = "CODE", descriptionKey = "opt.ticket.customer")
        String customer;

        @Mixin
        Paging paging;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<ReturnView> returns = services().returns().list(customer, paging.offset, paging.limit);
            if (json) {
                json(returns);
                return Cli.OK;
            }
            if (returns.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.return.number"), t("cli.return.order"), t("cli.ticket.customer"),
                    t("cli.return.status"), t("cli.return.wish"), t("cli.return.credit"), t("cli.ticket.opened"))
                    .right(5);
            for (ReturnView r : returns) {
                table.row(r.rmaNumber(), r.orderNumber(), r.customerCode(), r.status(), r.wish(),
                        money(r.creditGross()), dateTime(r.createdAt()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    /** Credits a received return: prints it with its credit note number; {@code --pdf} also writes the note. */
    @Command(name = "credit", sortOptions = false)
    static final class Credit extends BaseCommand {

        @Parameters(paramLabel = "RMA", descriptionKey = "opt.return.number")
        String rma;

        @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "opt.return.pdf")
        Path pdf;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            Path file = pdf == null ? null : pdf.toAbsolutePath();
            // Checked first: a file already there is never overwritten, and then nothing is credited.
            if (file != null && Files.exists(file)) {
                throw new FileProblem("cli.file.exists", v(file));
            }
            ReturnView r = services().returns().credit(rma);
            show(this, r, json);
            if (file != null) {
                byte[] bytes = services().returns().creditNotePdf(r.rmaNumber());
                try {
                    if (file.getParent() != null) {
                        Files.createDirectories(file.getParent());
                    }
                    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (IOException | SecurityException e) {
                    throw new FileProblem(e, "cli.file.unwritable", v(file), v(e.getMessage()));
                }
                err().println(t("cli.return.pdfWritten", r.creditNoteNumber(), file));
            }
            return Cli.OK;
        }
    }

    /** Accounting's list: the credit notes of a period, one line per VAT rate. */
    @Command(name = "credit-notes", sortOptions = false)
    static final class CreditNotes extends BaseCommand {

        @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "opt.return.from")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "opt.return.to")
        String to;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            LocalDate f = Numbers.date(from);
            LocalDate t = Numbers.date(to);
            if (f == null) {
                throw usageError("cli.return.badDate", "--from", from);
            }
            if (t == null) {
                throw usageError("cli.return.badDate", "--to", to);
            }
            List<CreditNote> notes = services().returns().creditNotes(f, t);
            if (json) {
                json(notes);
                return Cli.OK;
            }
            if (notes.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.return.creditNote"), t("cli.return.date"), t("cli.ticket.customer"),
                    t("cli.return.number"), t("cli.return.rate"), t("cli.return.net"), t("cli.return.vat"),
                    t("cli.return.gross")).right(4, 5, 6, 7);
            for (CreditNote n : notes) {
                for (CreditNote.Rate r : n.rates()) {
                    table.row(n.number(), date(n.date()), n.customerCode(), n.rmaNumber(),
                            texts().number(r.vatRate()) + " %", money(r.net()), money(r.vat()),
                            money(r.net().add(r.vat())));
                }
            }
            table.print(out());
            return Cli.OK;
        }
    }

    /** Shows the return window, or sets it (a manager's decision). */
    @Command(name = "window", sortOptions = false)
    static final class Window extends BaseCommand {

        @Parameters(paramLabel = "DAYS", arity = "0..1", descriptionKey = "opt.return.days")
        Integer days;

        @Override
        protected int execute() {
            if (days != null) {
                services().returns().setReturnWindowDays(days);
            }
            out().println(t("cli.return.window", services().returns().returnWindowDays()));
            return Cli.OK;
        }
    }

    /** Settles a received return as the customer wished: credit, replacement order, or repair. */
    @Command(name = "close", sortOptions = false)
    static final class Close extends OneReturn {

        @Override
        ReturnView act() {
            return services().returns().close(rma);
        }
    }

    @Command(name = "show", sortOptions = false)
    static final class Show extends OneReturn {

        @Override
        ReturnView act() {
            return services().returns().show(rma);
        }
    }

    /** The return label (RMA barcode) as a PDF, to print for a customer who lost the e-mail. */
    @Command(name = "label", sortOptions = false)
    static final class Label extends BaseCommand {

        @Parameters(index = "0", paramLabel = "RMA", descriptionKey = "opt.return.number")
        String rma;

        @Parameters(index = "1", paramLabel = "FILE.pdf", descriptionKey = "opt.return.labelFile")
        Path pdf;

        @Override
        protected int execute() {
            Path file = pdf.toAbsolutePath();
            if (Files.exists(file)) {
                throw new FileProblem("cli.file.exists", v(file));
            }
            byte[] bytes = services().returns().labelPdf(rma);
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException | SecurityException e) {
                throw new FileProblem(e, "cli.file.unwritable", v(file), v(e.getMessage()));
            }
            err().println(t("cli.return.labelWritten", rma, file));
            return Cli.OK;
        }
    }
}
