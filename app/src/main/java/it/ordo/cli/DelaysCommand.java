package it.ordo.cli;

import it.ordo.application.notification.DelayRow;
import it.ordo.application.notification.OutboxRow;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo delays}: customer service's Delays list, the orders still to leave that are late, undated or
 * later than the customer asked; {@code --warn ORDER} writes that customer's "delayed" e-mail now.
 */
@Command(name = "delays", sortOptions = false)
final class DelaysCommand extends BaseCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", descriptionKey = "opt.delays.limit")
    int limit;

    @Option(names = "--warn", paramLabel = "ORDER", descriptionKey = "opt.delays.warn")
    String warn;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        if (warn != null) {
            OutboxRow written = services().mail().warnOfDelay(warn);
            if (json) {
                json(written);
            } else {
                // The address is filled in when the message is sent (the customer's address then).
                out().println(t("cli.delays.warned", written.orderNumber(), written.customerCode(),
                        Long.toString(written.id())));
            }
            return Cli.OK;
        }
        if (limit < 1) {
            throw usageError("cli.delays.badLimit", limit);
        }
        List<DelayRow> rows = services().mail().delays(limit);
        if (json) {
            json(rows);
            return Cli.OK;
        }
        if (rows.isEmpty()) {
            err().println(t("cli.list.none"));
            return Cli.OK;
        }
        Table table = new Table(t("cli.return.order"), t("cli.ticket.customer"), t("cli.return.status"),
                t("cli.delays.requested"), t("cli.delays.promised"), t("cli.delays.why"), t("cli.delays.warnedAt"));
        for (DelayRow r : rows) {
            table.row(r.orderNumber(), r.customerCode() + " " + r.customerName(), r.status(), date(r.requestedDate()),
                    date(r.promisedDate()), t("cli.delays.why." + r.why().name()), dateTime(r.warnedAt()));
        }
        table.print(out());
        return Cli.OK;
    }
}
