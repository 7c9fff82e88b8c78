package it.ordo.cli;

import it.ordo.domain.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordo check}: every stock counter against its ledger and its orders; exit 1 when anything is off. */
@Command(name = "check")
final class CheckCommand extends BaseCommand {

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        List<Message> problems = ctx().integrity().check();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("clean", problems.isEmpty());
            result.put("problems", problems);
            json(result);
        } else if (problems.isEmpty()) {
            out().println(t("cli.check.clean"));
        } else {
            for (Message m : problems) {
                out().println(render(m));
            }
            err().println(t("cli.check.problems", problems.size()));
        }
        return problems.isEmpty() ? Cli.OK : Cli.REFUSED;
    }
}
