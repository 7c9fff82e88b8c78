package it.ordo.demo;

import it.ordo.application.setup.DemoData;
import it.ordo.demo.DemoCustomers.DemoCustomer;
import java.util.List;

/**
 * The demo company's two sales agents (users rossi and bianchi, see
 * {@link DemoUsers}) and their customers: every tenth customer goes to one of
 * them in turn, so each agent looks after a few dozen customers and signing in
 * as an agent shows how little of the company an agent sees.
 */
final class DemoAgents {

    static final List<String> AGENTS = List.of("rossi", "bianchi");
    private static final int EVERY = 10;

    private DemoAgents() {
    }

    /** Links the customers; returns how many each agent got. */
    static int link(DemoData.Services ctx, List<DemoCustomer> customers) {
        int linked = 0;
        for (int i = 0; i < customers.size(); i += EVERY) {
            ctx.agents().link(AGENTS.get(linked % AGENTS.size()), customers.get(i).code);
            linked++;
        }
        return linked / AGENTS.size();
    }
}
