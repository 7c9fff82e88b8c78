package it.ordo.cli;

import it.ordo.infrastructure.persistence.DerbyBackup;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo restore --from DIR [--data-dir NEW]}: a backup becomes the
 * database of a new, empty data folder; an existing folder is never
 * overwritten. Open it embedded, or serve it with {@code ordo server start}.
 */
@Command(name = "restore", sortOptions = false)
final class RestoreCommand extends BaseCommand {

    @Option(names = "--from", paramLabel = "DIR", required = true, descriptionKey = "opt.restore.from")
    Path from;

    @Override
    protected int execute() {
        if (root().dbUrl != null) {
            err().println(t(root().dbUrl.startsWith("jdbc:postgresql:") ? "cli.backup.postgres" : "cli.restore.noUrl"));
            return Cli.REFUSED;
        }
        Path dataDir = root().dataDirectory(spec.commandLine());
        String password = root().secrets().databasePassword().orElse(null);
        Path folder = DerbyBackup.restore(from, dataDir, root().databaseUser(password, ""), password);
        out().println(t("cli.restore.done", v(from.toAbsolutePath()), v(folder)));
        return Cli.OK;
    }
}
