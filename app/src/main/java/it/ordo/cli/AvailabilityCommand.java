package it.ordo.cli;

import it.ordo.application.inventory.AvailabilityView;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordo availability}: can the customer have this quantity, from which warehouse, and when. */
@Command(name = "availability", sortOptions = false)
final class AvailabilityCommand extends BaseCommand {

    @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "opt.sku")
    String sku;

    @Option(names = "--qty", paramLabel = "QTY", required = true, descriptionKey = "opt.qty")
    BigDecimal qty;

    @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.warehouse")
    String warehouse;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        List<AvailabilityView> views = services().inventory().availability(sku, qty, warehouse);
        if (json) {
            json(views);
            return Cli.OK;
        }
        boolean first = true;
        for (AvailabilityView a : views) {
            if (!first) {
                out().println();
            }
            first = false;
            new Block()
                    .add(t("cli.availability.where"), a.sku() + " @ " + a.warehouse())
                    .add(t("cli.availability.requested"), qty(a.requested()))
                    .add(t("cli.availability.onHand"), qty(a.onHand()))
                    .add(t("cli.availability.allocated"), qty(a.allocated()))
                    .add(t("cli.availability.available"), qty(a.available()))
                    .add(t("cli.availability.incoming"), a.incoming().isEmpty() ? t("cli.availability.noIncoming")
                            : StockCommand.incoming(this, a.incoming()))
                    .add(t("cli.availability.promise"), a.promiseDate() == null ? t("cli.availability.noDate")
                            : date(a.promiseDate()))
                    .add(t("cli.availability.why"), render(a.explanation()))
                    .print(out());
        }
        return Cli.OK;
    }
}
