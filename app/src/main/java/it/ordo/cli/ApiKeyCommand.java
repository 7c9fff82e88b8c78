package it.ordo.cli;

import it.ordo.application.api.ApiKeyView;
import it.ordo.application.api.IssuedApiKey;
import it.ordo.application.api.NewApiKey;
import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo api-key add|list|revoke}: the administrator's keys for the
 * public API's clients. A new key is printed once; only its hash is kept.
 */
@Command(name = "api-key")
final class ApiKeyCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ApiKeyCommand.Add.class, ApiKeyCommand.ListKeys.class,
            ApiKeyCommand.Revoke.class);

    @Command(name = "add", sortOptions = false)
    static final class Add extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.apiKey.name")
        String name;

        @Option(names = "--channel", paramLabel = "CHANNEL", required = true, descriptionKey = "opt.apiKey.channel")
        String channel;

        @Option(names = "--permission", paramLabel = "RIGHT", required = true, split = ",",
                descriptionKey = "opt.apiKey.permission")
        List<String> permissions;

        @Option(names = "--agent", paramLabel = "USER", descriptionKey = "opt.apiKey.agent")
        String agent;

        @Option(names = "--rate", paramLabel = "PER_MINUTE", descriptionKey = "opt.apiKey.rate")
        Integer rate;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
            permissions.forEach(p -> scopes.add(ApiScope.parse(p)));
            IssuedApiKey issued = services().apiKeys().add(new NewApiKey(name, Channel.parse(channel), scopes, agent,
                    rate));
            if (json) {
                json(issued);
                return Cli.OK;
            }
            out().println(t("cli.apiKey.added", v(issued.client().name()), v(issued.client().channel()),
                    v(rights(issued.client()))));
            out().println(issued.key());
            err().println(t("cli.apiKey.onlyOnce"));
            return Cli.OK;
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListKeys extends BaseCommand {

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<ApiKeyView> keys = services().apiKeys().list();
            if (json) {
                json(keys);
                return Cli.OK;
            }
            if (keys.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.apiClient"), t("cli.col.apiKey"), t("cli.col.channel"),
                    t("cli.col.apiRights"), t("cli.col.agent"), t("cli.col.apiRate"), t("cli.col.state"),
                    t("cli.col.lastUsed")).right(5);
            for (ApiKeyView k : keys) {
                table.row(k.name(), k.keyHint(), k.channel().name(), rights(k), k.agent() == null ? "" : k.agent(),
                        k.requestsPerMinute(), t(k.revoked() ? "cli.apiKey.revoked" : "cli.apiKey.active"),
                        dateTime(k.lastUsedAt()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "revoke")
    static final class Revoke extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.apiKey.name")
        String name;

        @Override
        protected int execute() {
            ApiKeyView key = services().apiKeys().revoke(name);
            out().println(t("cli.apiKey.revokedNow", v(key.name())));
            return Cli.OK;
        }
    }

    static String rights(ApiKeyView k) {
        return k.scopes().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private ApiKeyCommand() {
    }
}
