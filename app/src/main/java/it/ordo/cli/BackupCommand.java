package it.ordo.cli;

import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.persistence.DerbyBackup;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo backup [--to DIR]}: an online, transaction-consistent copy of
 * the Derby database while the others keep working. PostgreSQL is backed up
 * with its own tools: the command says so.
 */
@Command(name = "backup", sortOptions = false)
final class BackupCommand extends BaseCommand {

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "opt.backup.to")
    Path to;

    @Override
    protected int execute() {
        DatabaseSettings settings = root().settings(spec.commandLine());
        if (settings.isPostgres() || !settings.isDerby()) {
            err().println(t("cli.backup.postgres"));
            return Cli.REFUSED;
        }
        ctx().access().require(it.ordo.application.security.Permission.SET_UP);
        String folder = DerbyBackup.backup(ctx().database(), to, ctx().clock());
        out().println(t(settings.isEmbedded() ? "cli.backup.done" : "cli.backup.doneOnServer", v(folder)));
        return Cli.OK;
    }
}
