package it.ordo.application.security;

import it.ordo.application.CurrentUser;
import it.ordo.application.Transactions;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.SalesAgentRepository;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import java.util.EnumSet;
import java.util.Set;

/**
 * The check every use case makes first: may the current user do this? The
 * services call {@link #require} before they touch the database, so a
 * refused call changes and reads nothing.
 *
 * <p>A signed-in user's account is read again at every use case: an
 * administrator who disables someone stops their next action, not their next
 * sign-in (a desktop may stay open for days). One lookup by the unique
 * username, in a read-only transaction of its own; accounts are never deleted,
 * so a name without an account is not a disabled one.
 */
public final class Guard {

    /** Whether an account is disabled now. */
    @FunctionalInterface
    public interface Accounts {
        boolean disabled(String username);
    }

    /** The customers a sales agent looks after. */
    @FunctionalInterface
    public interface AgentCustomers {
        Set<Long> of(String username);
    }

    /**
     * What a sales agent may do only for their own customers: a use case with one of these permissions
     * that does not apply the agent's scope ({@link #requireScoped}) refuses agents altogether, so a
     * use case added later cannot show an agent every customer by forgetting the scope.
     */
    private static final Set<Permission> CUSTOMER_BOUND = EnumSet.of(Permission.VIEW_ORDERS, Permission.PLACE_ORDER,
            Permission.CANCEL_ORDER, Permission.VIEW_PRICES, Permission.VIEW_CUSTOMERS);

    private final CurrentUser user;
    private final Accounts accounts;
    private final AgentCustomers agentCustomers;

    /** For a screen's own view of what the user may do (tests of screens); the services get the other one. */
    public Guard(CurrentUser user) {
        this(user, username -> false);
    }

    /** Reads the account's state in {@code users} at each use case. */
    public Guard(CurrentUser user, Transactions tx, UserRepository users) {
        this(user, username -> tx.read(() -> users.findByUsername(username).map(UserAccount::disabled).orElse(false)));
    }

    /** Also reads a sales agent's customers in {@code agents} when a use case asks for the agent's scope. */
    public Guard(CurrentUser user, Transactions tx, UserRepository users, SalesAgentRepository agents) {
        this(user, username -> tx.read(() -> users.findByUsername(username).map(UserAccount::disabled).orElse(false)),
                username -> tx.read(() -> agents.customersOf(username)));
    }

    Guard(CurrentUser user, Accounts accounts) {
        this(user, accounts, username -> Set.of());
    }

    Guard(CurrentUser user, Accounts accounts, AgentCustomers agentCustomers) {
        this.user = user;
        this.accounts = accounts;
        this.agentCustomers = agentCustomers;
    }

    /**
     * @throws AccessDeniedException when none of the user's roles may do it
     * @throws AuthenticationException when the user must change the password first, or was disabled since signing in
     */
    public void require(Permission permission) {
        check(permission);
        if (CUSTOMER_BOUND.contains(permission) && onlyAsAgent(permission)) {
            throw new AccessDeniedException(user.username(), permission);
        }
    }

    /**
     * For a use case about customers' orders or prices: checks the permission
     * like {@link #require} and gives the customers the user may touch, every
     * one, or only a sales agent's own, which the use case then applies.
     */
    public CustomerScope requireScoped(Permission permission) {
        check(permission);
        if (!onlyAsAgent(permission)) {
            return CustomerScope.ALL;
        }
        String agent = UserAccount.normalize(user.username());
        return new CustomerScope(agent, agentCustomers.of(agent));
    }

    /** Whether the user may do it only because they are a sales agent (no other role of theirs allows it). */
    private boolean onlyAsAgent(Permission permission) {
        if (!user.roles().contains(Role.SALES_AGENT)) {
            return false;
        }
        EnumSet<Role> others = EnumSet.noneOf(Role.class);
        others.addAll(user.roles());
        others.remove(Role.SALES_AGENT);
        return !permission.grantedTo(others);
    }

    private void check(Permission permission) {
        if (user instanceof Session session && session.mustChangePassword()) {
            throw new AuthenticationException("security.mustChangePassword", session.username());
        }
        if (!permission.grantedTo(user.roles())) {
            throw new AccessDeniedException(user.username(), permission);
        }
        // Only signed-in users have an account; the trusted first-run user and the system's own jobs do not.
        if (user instanceof Session session && accounts.disabled(UserAccount.normalize(session.username()))) {
            throw new AuthenticationException("login.disabled", session.username());
        }
    }

    /** For screens that hide what the user may not do (the services check anyway). */
    public boolean allows(Permission permission) {
        if (user instanceof Session session && session.mustChangePassword()) {
            return false;
        }
        return permission.grantedTo(user.roles());
    }

    public CurrentUser user() {
        return user;
    }
}
