package it.ordo.domain.security;

import java.util.List;
import java.util.Optional;

/** The users who may sign in. Usernames are passed normalized (lower case). */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The user's row, locked until the transaction ends: concurrent sign-ins count their failures one by one. */
    Optional<UserAccount> lockByUsername(String username);

    /** Every user, by username. */
    List<UserAccount> list();

    long count();

    /** Enabled users holding the ADMIN role. */
    long countEnabledAdmins();

    void store(UserAccount user);
}
