package it.ordo.domain.security;

import java.util.Set;

/** Which customers each sales agent looks after (agents are users with the SALES_AGENT role). */
public interface SalesAgentRepository {

    /** The ids of the agent's customers; none when the agent has none (or is no agent). */
    Set<Long> customersOf(String agentUsername);

    /** Links the customer to the agent; false when it was linked already. */
    boolean link(String agentUsername, long customerId);

    /** False when the customer was not linked to the agent. */
    boolean unlink(String agentUsername, long customerId);
}
