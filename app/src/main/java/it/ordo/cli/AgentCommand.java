package it.ordo.cli;

import it.ordo.application.security.AgentCustomer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo agent link|unlink|customers}: which customers a sales agent
 * looks after (the agent is a user with the SALES_AGENT role).
 */
@Command(name = "agent")
final class AgentCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(AgentCommand.Link.class, AgentCommand.Unlink.class,
            AgentCommand.Customers.class);

    abstract static class AgentCustomers extends BaseCommand {

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        final int print(String agent, List<AgentCustomer> customers) {
            if (json) {
                json(customers);
                return Cli.OK;
            }
            out().println(t("cli.agent.customers", v(agent), v(customers.size())));
            Table table = new Table(t("cli.col.code"), t("cli.col.name"));
            customers.forEach(c -> table.row(c.code(), c.name()));
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "link", sortOptions = false)
    static final class Link extends AgentCustomers {

        @Parameters(index = "0", paramLabel = "AGENT", descriptionKey = "opt.agent.name")
        String agent;

        @Parameters(index = "1", paramLabel = "CUSTOMER", descriptionKey = "opt.agent.customer")
        String customer;

        @Override
        protected int execute() {
            return print(agent, services().agents().link(agent, customer));
        }
    }

    @Command(name = "unlink", sortOptions = false)
    static final class Unlink extends AgentCustomers {

        @Parameters(index = "0", paramLabel = "AGENT", descriptionKey = "opt.agent.name")
        String agent;

        @Parameters(index = "1", paramLabel = "CUSTOMER", descriptionKey = "opt.agent.customer")
        String customer;

        @Override
        protected int execute() {
            return print(agent, services().agents().unlink(agent, customer));
        }
    }

    @Command(name = "customers", sortOptions = false)
    static final class Customers extends AgentCustomers {

        @Parameters(index = "0", paramLabel = "AGENT", descriptionKey = "opt.agent.name")
        String agent;

        @Override
        protected int execute() {
            return print(agent, services().agents().customers(agent));
        }
    }

    private AgentCommand() {
    }
}
