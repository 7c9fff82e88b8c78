package it.ordo.cli;

import it.ordo.application.inventory.StockLevel;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo stock [SKU]}: on hand, allocated, available and incoming per product and warehouse. */
@Command(name = "stock", sortOptions = false)
final class StockCommand extends BaseCommand {

    @Parameters(paramLabel = "SKU", arity = "0..1", descriptionKey = "opt.stock.sku")
    String sku;

    @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.warehouse")
    String warehouse;

    @Mixin
    Paging paging;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        List<StockLevel> stock = services().inventory().stock(sku, warehouse, paging.offset, paging.limit);
        if (json) {
            json(stock);
            return Cli.OK;
        }
        if (stock.isEmpty()) {
            err().println(t("cli.list.none"));
            return Cli.OK;
        }
        table(this, stock, sku == null).print(out());
        return Cli.OK;
    }

    static Table table(BaseCommand cmd, List<StockLevel> stock, boolean withProduct) {
        Table table = withProduct
                ? new Table(cmd.t("cli.col.sku"), cmd.t("cli.col.description"), cmd.t("cli.col.warehouse"),
                        cmd.t("cli.col.onHand"), cmd.t("cli.col.allocated"), cmd.t("cli.col.available"),
                        cmd.t("cli.col.incoming")).right(3, 4, 5)
                : new Table(cmd.t("cli.col.warehouse"), cmd.t("cli.col.onHand"), cmd.t("cli.col.allocated"),
                        cmd.t("cli.col.available"), cmd.t("cli.col.incoming")).right(1, 2, 3);
        for (StockLevel s : stock) {
            String incoming = incoming(cmd, s.incoming());
            if (withProduct) {
                table.row(s.sku(), s.description(), s.warehouse(), cmd.qty(s.onHand()), cmd.qty(s.allocated()),
                        cmd.qty(s.available()), incoming);
            } else {
                table.row(s.warehouse(), cmd.qty(s.onHand()), cmd.qty(s.allocated()), cmd.qty(s.available()), incoming);
            }
        }
        return table;
    }

    static String incoming(BaseCommand cmd, List<StockLevel.Incoming> incoming) {
        return incoming.stream().map(i -> cmd.t("cli.stock.incomingItem", v(cmd.qty(i.qty())), i.date()))
                .collect(Collectors.joining(", "));
    }
}
