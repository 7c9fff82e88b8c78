package it.ordo.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordo supply add}: a supplier delivery expected on a date, which promise dates count on. */
@Command(name = "supply", subcommands = SupplyCommand.AddSupply.class)
final class SupplyCommand {

    @Command(name = "add", sortOptions = false)
    static final class AddSupply extends BaseCommand {

        @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "opt.sku")
        String sku;

        @Option(names = "--warehouse", paramLabel = "CODE", required = true, descriptionKey = "opt.warehouse")
        String warehouse;

        @Option(names = "--qty", paramLabel = "QTY", required = true, descriptionKey = "opt.qty")
        BigDecimal qty;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "opt.supply.date")
        LocalDate date;

        @Option(names = "--po", paramLabel = "PO", descriptionKey = "opt.po")
        String po;

        @Override
        protected int execute() {
            String stored = services().inventory().addSupply(sku, warehouse, qty, date, po);
            out().println(t("cli.supply.added", v(qty(qty)), v(sku), v(warehouse), date, v(stored)));
            return Cli.OK;
        }
    }
}
