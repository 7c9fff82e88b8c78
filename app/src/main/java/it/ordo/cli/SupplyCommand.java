package it.ordo.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo supply add}: a supplier delivery expected on a date, which promise dates count on;
 * {@code ordo supply move}: the supplier moved it to another day.
 */
@Command(name = "supply")
final class SupplyCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(SupplyCommand.AddSupply.class, SupplyCommand.MoveSupply.class);

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

    @Command(name = "move", sortOptions = false)
    static final class MoveSupply extends BaseCommand {

        @Option(names = "--po", paramLabel = "PO", required = true, descriptionKey = "opt.po")
        String po;

        @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "opt.sku")
        String sku;

        @Option(names = "--warehouse", paramLabel = "CODE", required = true, descriptionKey = "opt.warehouse")
        String warehouse;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "opt.supply.date")
        LocalDate date;

        @Override
        protected int execute() {
            int moved = services().inventory().moveSupply(po, sku, warehouse, date);
            out().println(t("cli.supply.moved", v(po), v(sku), v(warehouse), date, moved));
            return Cli.OK;
        }
    }
}
