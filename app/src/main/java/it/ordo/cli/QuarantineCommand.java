package it.ordo.cli;

import it.ordo.application.returns.QuarantineRow;
import it.ordo.domain.returns.QuarantineDecision;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo return quarantine [--release|--scrap --sku SKU --warehouse CODE --qty Q [--note TEXT]]}: the goods
 * returns left in quarantine, and the warehouse's judgement of them.
 */
@Command(name = "quarantine", sortOptions = false)
final class QuarantineCommand extends BaseCommand {

    @Option(names = "--release", descriptionKey = "opt.quarantine.release")
    boolean release;

    @Option(names = "--scrap", descriptionKey = "opt.quarantine.scrap")
    boolean scrap;

    @Option(names = "--sku", paramLabel = "SKU", descriptionKey = "opt.quarantine.sku")
    String sku;

    @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.quarantine.warehouse")
    String warehouse;

    @Option(names = "--qty", paramLabel = "QTY", descriptionKey = "opt.quarantine.qty")
    BigDecimal quantity;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "opt.quarantine.note")
    String note;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        if (release && scrap) {
            throw usageError("cli.quarantine.oneDecision");
        }
        if (release || scrap) {
            if (sku == null || warehouse == null || quantity == null) {
                throw usageError("cli.quarantine.what");
            }
            QuarantineRow left = services().returns().settleQuarantine(sku, warehouse, quantity,
                    release ? QuarantineDecision.RELEASE : QuarantineDecision.SCRAP, note);
            if (json) {
                json(left);
            } else {
                out().println(t(release ? "cli.quarantine.released" : "cli.quarantine.scrapped", qty(quantity),
                        left.sku(), left.warehouse(), qty(left.quantity())));
            }
            return Cli.OK;
        }
        List<QuarantineRow> rows = services().returns().quarantine();
        if (json) {
            json(rows);
            return Cli.OK;
        }
        if (rows.isEmpty()) {
            err().println(t("cli.list.none"));
            return Cli.OK;
        }
        Table table = new Table("SKU", t("cli.quarantine.description"), t("cli.quarantine.warehouse"),
                t("cli.quarantine.qty"), t("cli.quarantine.value")).right(3, 4);
        for (QuarantineRow r : rows) {
            table.row(r.sku(), v(r.description()), r.warehouse(), qty(r.quantity()), money(r.value()));
        }
        table.print(out());
        return Cli.OK;
    }
}
