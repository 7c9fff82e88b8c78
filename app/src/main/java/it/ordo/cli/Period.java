package it.ordo.cli;

import it.ordo.application.reporting.SalesPeriod;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --from} and {@code --to} of the reports and exports over a period, both days included; a reversed range
 * is refused by {@link SalesPeriod} itself, in the same words as on the desktop.
 */
final class Period {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.export.from",
            order = 1)
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.export.to", order = 2)
    LocalDate to;

    SalesPeriod period() {
        return new SalesPeriod(from, to);
    }
}
