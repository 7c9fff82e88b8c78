package it.ordo.cli;

import it.ordo.domain.notification.MailKind;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo customer mail-optout CODE [--kind KIND --off|--on]}: the kinds of e-mail a customer does not get;
 * without {@code --kind}, lists them.
 */
@Command(name = "mail-optout", sortOptions = false)
final class CustomerMailOptOutCommand extends BaseCommand {

    @Parameters(paramLabel = "CODE", descriptionKey = "opt.customer.code")
    String code;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "opt.mail.optout.kind")
    String kind;

    @ArgGroup(exclusive = true)
    Switch change;

    static final class Switch {
        @Option(names = "--off", required = true, descriptionKey = "opt.mail.optout.off")
        boolean off;

        @Option(names = "--on", required = true, descriptionKey = "opt.mail.optout.on")
        boolean on;
    }

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        if ((kind == null) != (change == null)) {
            throw usageError("cli.mail.optout.both");
        }
        List<MailKind> optedOut = kind == null ? services().mail().optedOut(code)
                : services().mail().setReceives(code, MailKind.parse(kind), change.on);
        if (json) {
            json(optedOut);
            return Cli.OK;
        }
        out().println(optedOut.isEmpty() ? t("cli.mail.optout.none", code)
                : t("cli.mail.optout.list", code, String.join(", ", optedOut.stream().map(Enum::name).toList())));
        return Cli.OK;
    }
}
