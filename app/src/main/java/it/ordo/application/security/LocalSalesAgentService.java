package it.ordo.application.security;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.domain.DomainException;
import it.ordo.domain.Normalization;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.SalesAgentRepository;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The in-process {@link SalesAgentService}. Who sees which customers is decided like who may sign in: MANAGE_USERS. */
public final class LocalSalesAgentService implements SalesAgentService {

    private final Transactions tx;
    private final SalesAgentRepository agents;
    private final UserRepository users;
    private final CustomerRepository customers;
    private final Guard guard;

    public LocalSalesAgentService(Transactions tx, SalesAgentRepository agents, UserRepository users,
                                  CustomerRepository customers, Guard guard) {
        this.tx = tx;
        this.agents = agents;
        this.users = users;
        this.customers = customers;
        this.guard = guard;
    }

    @Override
    public List<AgentCustomer> link(String agent, String customerCode) {
        guard.require(Permission.MANAGE_USERS);
        return tx.write(() -> {
            String name = agent(agent);
            agents.link(name, customer(customerCode).id());
            return customersOf(name);
        });
    }

    @Override
    public List<AgentCustomer> unlink(String agent, String customerCode) {
        guard.require(Permission.MANAGE_USERS);
        return tx.write(() -> {
            String name = agent(agent);
            agents.unlink(name, customer(customerCode).id());
            return customersOf(name);
        });
    }

    @Override
    public List<AgentCustomer> customers(String agent) {
        guard.require(Permission.MANAGE_USERS);
        return tx.read(() -> customersOf(agent(agent)));
    }

    private String agent(String username) {
        String name = UserAccount.normalize(username);
        UserAccount account = users.findByUsername(name).orElseThrow(() -> new NotFoundException("user", username));
        if (!account.hasRole(Role.SALES_AGENT)) {
            throw new DomainException("agent.notAgent", account.username());
        }
        return account.username();
    }

    private Customer customer(String code) {
        // Found as an order finds it: as written, then in capitals.
        return Normalization.lookupForms(code).stream().map(customers::findByCode).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new NotFoundException("customer", code));
    }

    private List<AgentCustomer> customersOf(String agent) {
        return agents.customersOf(agent).stream().map(customers::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Customer::code)).map(c -> new AgentCustomer(c.code(), c.name())).toList();
    }
}
