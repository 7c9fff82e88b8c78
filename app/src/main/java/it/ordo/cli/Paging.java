package it.ordo.cli;

import it.ordo.i18n.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** --limit and --offset for commands that list; a limit below 1 or a negative offset is a usage error. */
final class Paging {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    int limit = 50;
    int offset = 0;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", descriptionKey = "opt.limit")
    void setLimit(int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), texts().get("cli.options.limit", value));
        }
        limit = value;
    }

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", descriptionKey = "opt.offset")
    void setOffset(int value) {
        if (value < 0) {
            throw new CommandLine.ParameterException(mixee.commandLine(), texts().get("cli.options.offset", value));
        }
        offset = value;
    }

    private Texts texts() {
        return ((OrdoCommand) mixee.root().userObject()).texts();
    }
}
