package it.ordo.infrastructure.persistence;

import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Users, always looked up by a bound parameter: a username is never part of the SQL text. */
public final class JpaUserRepository implements UserRepository {

    private final JpaTransactions tx;

    public JpaUserRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return tx.em().createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> lockByUsername(String username) {
        return tx.em().createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> list() {
        return tx.em().createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public long count() {
        return tx.em().createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public long countEnabledAdmins() {
        return tx.em().createQuery("""
                        select count(u) from UserAccount u
                        where u.disabled = false and :admin member of u.roles""", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
    }

    @Override
    public void store(UserAccount user) {
        if (user.id() == null) {
            tx.em().persist(user);
        }
    }
}
