package it.ordo.cli;

import it.ordo.application.pricing.PriceView;
import it.ordo.domain.Message;
import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordo price}: what a customer pays for a quantity of a product, and why. */
@Command(name = "price", sortOptions = false)
final class PriceCommand extends BaseCommand {

    @Option(names = "--customer", paramLabel = "CODE", required = true, descriptionKey = "opt.customer")
    String customer;

    @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "opt.sku")
    String sku;

    @Option(names = "--qty", paramLabel = "QTY", required = true, descriptionKey = "opt.qty")
    BigDecimal qty;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "opt.price.date")
    LocalDate date;

    @Option(names = "--channel", paramLabel = "CHANNEL", descriptionKey = "opt.price.channel")
    String channel;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        LocalDate on = date != null ? date : LocalDate.now(services().clock());
        // Parsed here rather than by picocli, so "web" works as well as "WEB" and a typo lists the channels.
        PriceView p = services().pricing().price(customer, sku, qty, on, channel == null ? null : Channel.parse(channel));
        if (json) {
            json(p);
            return Cli.OK;
        }
        new Block()
                .add(t("cli.price.customer"), p.customer())
                .add(t("cli.price.product"), p.sku() + "  " + p.description())
                .add(t("cli.price.quantity"), qty(p.quantity()))
                .add(t("cli.price.date"), date(p.date()))
                .add(t("cli.price.priceList"), p.priceList())
                .add(t("cli.price.listPrice"), money(p.unitPrice()))
                .add(t("cli.price.discount"), percent(p.discountPct()))
                .add(t("cli.price.netUnitPrice"), money(p.netUnitPrice()))
                .add(t("cli.price.vatRate"), percent(p.vatRate()))
                .add(t("cli.price.lineNet"), money(p.netAmount()))
                .add(t("cli.price.lineVat"), money(p.vatAmount()))
                .add(t("cli.price.lineGross"), money(p.grossAmount()))
                .print(out());
        out().println(t("cli.price.why"));
        for (Message m : p.explanation()) {
            out().println("  - " + render(m));
        }
        return Cli.OK;
    }
}
