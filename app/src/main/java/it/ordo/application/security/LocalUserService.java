package it.ordo.application.security;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.security.PasswordHasher;
import it.ordo.domain.security.PasswordPolicy;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-process {@link UserService}: runs each use case here, on the database. */
public final class LocalUserService implements UserService {

    private final Transactions tx;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Guard guard;
    private final Clock clock;

    public LocalUserService(Transactions tx, UserRepository users, PasswordHasher hasher, Guard guard, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.hasher = hasher;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public List<UserView> list() {
        guard.require(Permission.MANAGE_USERS);
        return tx.read(() -> users.list().stream().map(this::view).toList());
    }

    /** A new user with these roles; the initial password works once, to choose a new one. */
    @Override
    public UserView add(String username, Collection<Role> roles, String initialPassword) {
        guard.require(Permission.MANAGE_USERS);
        String name = UserAccount.normalize(username);
        List<Message> problems = new ArrayList<>();
        if (!UserAccount.isValidUsername(name)) {
            problems.add(Message.of("user.username.invalid", username == null ? "" : username.strip(),
                    UserAccount.MAX_USERNAME));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(Message.of("user.roles.missing"));
        }
        problems.addAll(PasswordPolicy.problems(name, initialPassword));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(initialPassword);
        return tx.write(() -> {
            if (users.findByUsername(name).isPresent()) {
                throw new DomainException("user.exists", name);
            }
            UserAccount user = new UserAccount(name, hash, EnumSet.copyOf(roles), true, clock.instant());
            users.store(user);
            return view(user);
        });
    }

    /** The user can no longer sign in (work already done stays theirs in the history). */
    @Override
    public UserView disable(String username) {
        guard.require(Permission.MANAGE_USERS);
        return tx.write(() -> {
            UserAccount user = find(username);
            if (user.username().equals(UserAccount.normalize(guard.user().username()))) {
                throw new DomainException("user.disableSelf");
            }
            if (!user.disabled() && user.hasRole(Role.ADMIN) && users.countEnabledAdmins() <= 1) {
                throw new DomainException("user.lastAdmin", user.username());
            }
            user.disable();
            return view(user);
        });
    }

    /** The user can sign in again; a lock from wrong passwords is lifted too. */
    @Override
    public UserView enable(String username) {
        guard.require(Permission.MANAGE_USERS);
        return tx.write(() -> {
            UserAccount user = find(username);
            user.enable();
            return view(user);
        });
    }

    /**
     * Lifts the lock five wrong passwords put on the account, at once: the user
     * signs in again with their own password. Audited as any change to a user.
     */
    @Override
    public UserView unlock(String username) {
        guard.require(Permission.MANAGE_USERS);
        return tx.write(() -> {
            UserAccount user = find(username);
            user.unlock();
            return view(user);
        });
    }

    /** A temporary password for a user who forgot theirs: it lifts the lock and must be changed at sign-in. */
    @Override
    public UserView resetPassword(String username, String temporaryPassword) {
        guard.require(Permission.MANAGE_USERS);
        String name = UserAccount.normalize(username);
        List<Message> problems = PasswordPolicy.problems(name, temporaryPassword);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(temporaryPassword);
        return tx.write(() -> {
            UserAccount user = find(name);
            user.resetPassword(hash);
            return view(user);
        });
    }

    /**
     * On a database with no users yet: the first administrator, {@value #FIRST_ADMIN},
     * with a password made up here and returned once, to be changed at the first
     * sign-in. Empty when the database already has users.
     */
    @Override
    public Optional<String> createFirstAdmin() {
        guard.require(Permission.SET_UP);
        if (tx.read(() -> users.count() > 0)) {
            return Optional.empty(); // the usual case, told without the cost of a hash
        }
        String password = Passwords.generate();
        String hash = hasher.hash(password);
        return tx.write(() -> {
            if (users.count() > 0) {
                return Optional.empty();
            }
            users.store(new UserAccount(FIRST_ADMIN, hash, EnumSet.of(Role.ADMIN), true, clock.instant()));
            return Optional.of(password);
        });
    }

    /**
     * The demonstration's desks on a database with no users yet: one user per
     * role, all with the same password and no forced change, so a demonstration
     * can sign in as each desk in turn. The password policy is not applied (a
     * demo password is short and public); that is why it is refused once the
     * database has users, so a company's accounts can never be made so.
     */
    @Override
    public void addDemoUsers(Map<String, Role> usersAndRoles, String password) {
        guard.require(Permission.SET_UP);
        Map<String, String> hashes = new LinkedHashMap<>();
        usersAndRoles.keySet().forEach(name -> hashes.put(name, hasher.hash(password))); // slow on purpose: outside the transaction
        tx.write(() -> {
            if (users.count() > 0) {
                throw new DomainException("setup.already");
            }
            usersAndRoles.forEach((name, role) -> users.store(new UserAccount(UserAccount.normalize(name),
                    hashes.get(name), EnumSet.of(role), false, clock.instant())));
        });
    }

    private UserAccount find(String username) {
        String name = UserAccount.normalize(username);
        return (UserAccount.isValidUsername(name) ? users.findByUsername(name) : Optional.<UserAccount>empty())
                .orElseThrow(() -> new NotFoundException("user", username == null ? "" : username.strip()));
    }

    private UserView view(UserAccount u) {
        Instant now = clock.instant();
        return new UserView(u.username(), u.roles().stream().map(Role::name).toList(), u.disabled(), u.lockedAt(now),
                u.lockedAt(now) ? u.lockedUntil() : null, u.failedAttempts(), u.mustChangePassword(), u.createdAt(),
                u.lastLoginAt());
    }
}
