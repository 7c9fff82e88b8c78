package it.ordo.application.security;

import java.util.List;

/**
 * Which customers each sales agent looks after: the administrator links them.
 * An agent (a user with the SALES_AGENT role) then sees and orders only for
 * these customers, on the desktop, the command line and the public API.
 */
public interface SalesAgentService {

    /** Links the customer to the agent (nothing changes when it is linked already); the agent's customers after it. */
    List<AgentCustomer> link(String agent, String customerCode);

    /** The agent's customers after the customer is taken off them. */
    List<AgentCustomer> unlink(String agent, String customerCode);

    /** The agent's customers, by code. */
    List<AgentCustomer> customers(String agent);
}
