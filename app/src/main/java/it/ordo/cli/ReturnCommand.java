package it.ordo.cli;

import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.returns.ReturnView;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo return open|receive|list}. */
@Command(name = "return", subcommands = {ReturnCommand.Open.class, ReturnCommand.Receive.class,
        ReturnCommand.ListReturns.class})
final class ReturnCommand {

    static void print(BaseCommand c, ReturnView r) {
        new Block()
                .add(c.t("cli.return.number"), r.rmaNumber())
                .add(c.t("cli.return.order"), r.orderNumber())
                .add(c.t("cli.ticket.customer"), r.customerCode() + " " + r.customerName())
                .add(c.t("cli.return.ticket"), r.ticketNumber())
                .add(c.t("cli.return.status"), r.status())
                .add(c.t("cli.return.reason"), BaseCommand.v(r.reason()))
                .add(c.t("cli.return.wish"), r.wish())
                .add(c.t("cli.return.credit"), c.money(r.creditNet()) + " + " + c.money(r.creditVat()) + " = "
                        + c.money(r.creditGross()))
                .print(c.out());
        Table table = new Table("#", "SKU", c.t("cli.return.qty"), c.t("cli.return.outcome"), c.t("cli.return.net"),
                c.t("cli.return.vat")).right(2, 4, 5);
        for (ReturnView.Line l : r.lines()) {
            table.row(l.lineNo(), l.sku(), c.qty(l.quantity()), l.outcome(), c.money(l.creditNet()),
                    c.money(l.creditVat()));
        }
        table.print(c.out());
    }

    @Command(name = "open", sortOptions = false)
    static final class Open extends BaseCommand {

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
            ReturnView r = services().returns().open(new NewReturn(order, ticket, reason, ReturnWish.parse(wish), asked));
            if (json) {
                json(r);
            } else {
                print(this, r);
            }
            return Cli.OK;
        }
    }

    @Command(name = "receive", sortOptions = false)
    static final class Receive extends BaseCommand {

        @Parameters(paramLabel = "RMA", descriptionKey = "opt.return.number")
        String rma;

        @Option(names = "--line", required = true, paramLabel = "LINE:OUTCOME", descriptionKey = "opt.return.outcome")
        List<String> lines = new ArrayList<>();

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<LineOutcome> outcomes = new ArrayList<>();
            for (String l : lines) {
                String[] parts = l.split(":");
                int lineNo;
                try {
                    lineNo = Integer.parseInt(parts[0].strip());
                } catch (RuntimeException e) {
                    throw usageError("cli.return.badOutcome", l);
                }
                if (parts.length != 2) {
                    throw usageError("cli.return.badOutcome", l);
                }
                outcomes.add(new LineOutcome(lineNo, ReturnOutcome.parse(parts[1])));
            }
            ReturnView r = services().returns().receive(rma, outcomes);
            if (json) {
                json(r);
            } else {
                print(this, r);
            }
            return Cli.OK;
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
}
