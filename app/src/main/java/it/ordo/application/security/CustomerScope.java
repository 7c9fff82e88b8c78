package it.ordo.application.security;

import java.util.Set;

/**
 * The customers a use case may touch for the current user: all of them, or
 * for a sales agent only the customers linked to the agent. A use case about
 * customers' orders or prices asks {@link Guard#requireScoped} for it and
 * applies it, so the limit holds for the desktop, the command line and the
 * public API alike.
 *
 * @param agent       the sales agent's username, null when the scope is every customer
 * @param customerIds the agent's customers, null for every customer
 */
public record CustomerScope(String agent, Set<Long> customerIds) {

    public static final CustomerScope ALL = new CustomerScope(null, null);

    public CustomerScope {
        customerIds = customerIds == null ? null : Set.copyOf(customerIds);
    }

    public boolean all() {
        return customerIds == null;
    }

    public boolean covers(long customerId) {
        return customerIds == null || customerIds.contains(customerId);
    }

    /**
     * @throws AccessDeniedException naming the customer, when it is not one of the agent's
     */
    public void require(long customerId, String customerCode, Permission permission) {
        if (!covers(customerId)) {
            throw new NotYourCustomerException(agent, customerCode, permission);
        }
    }

    /** A sales agent asked about a customer someone else looks after. */
    public static final class NotYourCustomerException extends AccessDeniedException {
        NotYourCustomerException(String agent, String customerCode, Permission permission) {
            super(permission, "security.notYourCustomer", agent, customerCode);
        }
    }
}
