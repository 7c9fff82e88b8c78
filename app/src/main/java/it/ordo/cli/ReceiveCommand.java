package it.ordo.cli;

import it.ordo.application.inventory.ReceiptView;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordo receive}: goods arrived; on hand grows and waiting backorders are filled in service order. */
@Command(name = "receive", sortOptions = false)
final class ReceiveCommand extends BaseCommand {

    @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "opt.sku")
    String sku;

    @Option(names = "--warehouse", paramLabel = "CODE", required = true, descriptionKey = "opt.warehouse")
    String warehouse;

    @Option(names = "--qty", paramLabel = "QTY", required = true, descriptionKey = "opt.qty")
    BigDecimal qty;

    @Option(names = "--po", paramLabel = "PO", descriptionKey = "opt.receive.po")
    String po;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        ReceiptView r = services().inventory().receive(sku, warehouse, qty, po == null || po.isBlank() ? null : po.strip());
        if (json) {
            json(r);
            return Cli.OK;
        }
        out().println(t("cli.receive.done", v(qty(r.received())), v(r.sku()), v(r.warehouse())));
        new Block()
                .add(t("cli.receive.po"), r.po())
                .add(t("cli.receive.onHand"), qty(r.onHand()))
                .add(t("cli.receive.allocated"), qty(r.allocated()))
                .print(out(), "  ");
        if (r.filled().isEmpty()) {
            out().println(t("cli.receive.noBackorders"));
            return Cli.OK;
        }
        out().println(t("cli.receive.filled"));
        Table table = new Table(t("cli.col.order"), t("cli.col.line"), t("cli.col.allocated"),
                t("cli.col.stillBackordered")).right(1, 2, 3);
        r.filled().forEach(f -> table.row(f.orderNumber(), f.lineNo(), qty(f.qty()), qty(f.stillBackordered())));
        table.print(out(), "  ");
        return Cli.OK;
    }
}
