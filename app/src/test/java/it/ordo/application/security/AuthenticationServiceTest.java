package it.ordo.application.security;

import it.ordo.Internals;
import it.ordo.infrastructure.persistence.JpaUserRepository;
import it.ordo.infrastructure.security.Pbkdf2PasswordHasher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.security.PasswordHasher;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import it.ordo.testing.TestCompany;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in on a real embedded Derby database: the right password opens a
 * session with the user's roles; wrong ones are counted and lock the account
 * for fifteen minutes after five in a row; a disabled user stays out; a new
 * or reset password must be changed before any work. Each test has its own user.
 */
class AuthenticationServiceTest {

    private static TestCompany company;
    private static OrdoContext ctx;

    @BeforeAll
    static void open() {
        company = TestCompany.empty();
        ctx = company.ctx;
    }

    @AfterAll
    static void close() {
        company.close();
    }

    /** A user who already chose their own password. */
    private static void user(String name, String password, Role... roles) {
        ctx.users().add(name, EnumSet.of(roles[0], roles), "Temporary-" + name);
        ctx.authentication().changePassword(name, "Temporary-" + name, password);
    }

    @Test
    void theRightPasswordOpensASessionWithTheUsersRoles() {
        user("giulia", "Buongiorno-2026", Role.ORDER_DESK, Role.CUSTOMER_SERVICE);

        Session session = ctx.authentication().login("giulia", "Buongiorno-2026");

        assertThat(session.username()).isEqualTo("giulia");
        assertThat(session.roles()).containsExactlyInAnyOrder(Role.ORDER_DESK, Role.CUSTOMER_SERVICE);
        assertThat(session.mustChangePassword()).isFalse();
        assertThat(list("giulia").lastLoginAt()).isEqualTo(company.now());
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        user("marco", "Buongiorno-2026", Role.WAREHOUSE);

        assertThat(ctx.authentication().login("  Marco ", "Buongiorno-2026").username()).isEqualTo("marco");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        user("anna", "Buongiorno-2026", Role.ACCOUNTING);

        DomainException wrongPassword = refusal(() -> ctx.authentication().login("anna", "buongiorno-2026"));
        DomainException unknownUser = refusal(() -> ctx.authentication().login("nessuno", "Buongiorno-2026"));
        DomainException empty = refusal(() -> ctx.authentication().login("", ""));

        assertThat(wrongPassword.key()).isEqualTo("login.failed");
        assertThat(wrongPassword.args()).isEmpty();
        assertThat(unknownUser.key()).isEqualTo(wrongPassword.key());
        assertThat(unknownUser.args()).isEqualTo(wrongPassword.args());
        assertThat(empty.key()).isEqualTo("login.failed");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() {
        user("luca", "Buongiorno-2026", Role.WAREHOUSE);
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(() -> ctx.authentication().login("luca", "wrong")).key()).isEqualTo("login.failed");
        }

        DomainException fifth = refusal(() -> ctx.authentication().login("luca", "wrong"));

        assertThat(fifth.key()).isEqualTo("login.locked");
        assertThat(fifth.args()).containsExactly("luca", 5, 15L);
        // Locked: not even the right password opens it now.
        company.clock.advance(Duration.ofMinutes(14));
        DomainException stillLocked = refusal(() -> ctx.authentication().login("luca", "Buongiorno-2026"));
        assertThat(stillLocked.key()).isEqualTo("login.locked");
        assertThat(stillLocked.args()).containsExactly("luca", 5, 1L);
        assertThat(list("luca").locked()).isTrue();

        company.clock.advance(Duration.ofMinutes(1));

        assertThat(ctx.authentication().login("luca", "Buongiorno-2026").username()).isEqualTo("luca");
        assertThat(list("luca").locked()).isFalse();
        assertThat(list("luca").failedAttempts()).isZero();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        user("sara", "Buongiorno-2026", Role.MANAGER);
        for (int i = 0; i < 4; i++) {
            refusal(() -> ctx.authentication().login("sara", "wrong"));
        }
        assertThat(list("sara").failedAttempts()).isEqualTo(4);

        ctx.authentication().login("sara", "Buongiorno-2026");
        for (int i = 0; i < 4; i++) {
            refusal(() -> ctx.authentication().login("sara", "wrong"));
        }

        assertThat(list("sara").locked()).isFalse();
        assertThat(ctx.authentication().login("sara", "Buongiorno-2026").username()).isEqualTo("sara");
    }

    @Test
    void anAdministratorsResetLiftsTheLockAndForcesANewPassword() {
        user("paolo", "Buongiorno-2026", Role.ORDER_DESK);
        for (int i = 0; i < 5; i++) {
            refusal(() -> ctx.authentication().login("paolo", "wrong"));
        }
        assertThat(list("paolo").locked()).isTrue();

        ctx.users().resetPassword("paolo", "Temporanea-123");

        Session session = ctx.authentication().login("paolo", "Temporanea-123");
        assertThat(session.mustChangePassword()).isTrue();
        assertThat(refusal(() -> ctx.authentication().login("paolo", "Buongiorno-2026")).key()).isEqualTo("login.failed");
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabled() {
        user("elena", "Buongiorno-2026", Role.CUSTOMER_SERVICE);

        ctx.users().disable("elena");

        DomainException refused = refusal(() -> ctx.authentication().login("elena", "Buongiorno-2026"));
        assertThat(refused.key()).isEqualTo("login.disabled");
        assertThat(refused.args()).containsExactly("elena");
        // Only who knows the password learns that the account is disabled.
        assertThat(refusal(() -> ctx.authentication().login("elena", "wrong")).key()).isEqualTo("login.failed");
        assertThat(list("elena").disabled()).isTrue();

        ctx.users().enable("elena");

        assertThat(ctx.authentication().login("elena", "Buongiorno-2026").username()).isEqualTo("elena");
    }

    @Test
    void aNewUserMustChooseAPasswordBeforeAnyWork() {
        ctx.users().add("nuovo", Set.of(Role.ORDER_DESK), "Iniziale-2026");

        Session session = ctx.authentication().login("nuovo", "Iniziale-2026");

        assertThat(session.mustChangePassword()).isTrue();
        OrdoContext signedIn = ctx.as(session);
        DomainException refused = refusal(() -> signedIn.orders().search(OrderQuery.latest(null, null, 10)).rows());
        assertThat(refused.key()).isEqualTo("security.mustChangePassword");
        assertThat(refusal(() -> signedIn.customers().count()).key()).isEqualTo("security.mustChangePassword");

        Session changed = ctx.authentication().changePassword("nuovo", "Iniziale-2026", "Scelta-da-me-1");

        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(ctx.as(changed).orders().search(OrderQuery.latest(null, null, 10)).rows()).isEmpty();
        assertThat(ctx.authentication().login("nuovo", "Scelta-da-me-1").mustChangePassword()).isFalse();
        assertThat(refusal(() -> ctx.authentication().login("nuovo", "Iniziale-2026")).key()).isEqualTo("login.failed");
    }

    @Test
    void aNewPasswordMustBeLongEnoughNotTheUsernameAndNotTheOldOne() {
        ctx.users().add("bianca", Set.of(Role.ORDER_DESK), "Iniziale-2026");

        assertThat(problems(() -> ctx.authentication().changePassword("bianca", "Iniziale-2026", "corta")))
                .extracting(Message::key).containsExactly("password.tooShort");
        assertThat(problems(() -> ctx.authentication().changePassword("bianca", "Iniziale-2026", "BIANCA")))
                .extracting(Message::key).containsExactly("password.tooShort", "password.isUsername");
        assertThat(problems(() -> ctx.users().add("lunghissimo", Set.of(Role.ORDER_DESK), "lunghissimo")))
                .extracting(Message::key).containsExactly("password.isUsername");
        assertThat(refusal(() -> ctx.authentication().changePassword("bianca", "Iniziale-2026", "Iniziale-2026")).key())
                .isEqualTo("password.unchanged");
        assertThat(refusal(() -> ctx.authentication().changePassword("bianca", "sbagliata", "Nuova-password-1")).key())
                .isEqualTo("login.failed");
        assertThat(ctx.authentication().login("bianca", "Iniziale-2026").mustChangePassword()).isTrue();
    }

    @Test
    void theFirstAdministratorIsMadeOnceWithAPasswordToChange() {
        try (TestCompany fresh = TestCompany.empty()) {
            assertThat(fresh.ctx.authentication().hasUsers()).isFalse();

            String password = fresh.ctx.users().createFirstAdmin().orElseThrow();

            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(fresh.ctx.users().createFirstAdmin()).isEmpty();
            Session admin = fresh.ctx.authentication().login("admin", password);
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(admin.mustChangePassword()).isTrue();
        }
    }

    @Test
    void sqlInUsernameOrPasswordIsJustAWrongSignIn() {
        user("giorgio", "Buongiorno-2026", Role.ADMIN);
        List<UserView> before = ctx.users().list();

        for (String attempt : List.of("giorgio' OR '1'='1", "giorgio'--", "' OR 1=1; DROP TABLE user_account; --",
                "giorgio\"; UPDATE user_account SET disabled = TRUE; --")) {
            assertThat(refusal(() -> ctx.authentication().login(attempt, "x' OR '1'='1")).key()).isEqualTo("login.failed");
            assertThat(refusal(() -> ctx.authentication().login(attempt, "Buongiorno-2026")).key()).isEqualTo("login.failed");
        }
        assertThat(refusal(() -> ctx.authentication().login("giorgio", "' OR '1'='1")).key()).isEqualTo("login.failed");
        assertThat(problems(() -> ctx.users().add("x'); DELETE FROM user_account; --", Set.of(Role.ADMIN), "Password-123")))
                .extracting(Message::key).containsExactly("user.username.invalid");

        assertThat(ctx.users().list()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("failedAttempts")
                .isEqualTo(before);
        assertThat(ctx.authentication().login("giorgio", "Buongiorno-2026").username()).isEqualTo("giorgio");
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        try (TestCompany fresh = TestCompany.empty()) {
            fresh.ctx.users().add("capo", Set.of(Role.ADMIN), "Iniziale-2026");
            fresh.ctx.users().add("vice", Set.of(Role.ADMIN, Role.MANAGER), "Iniziale-2026");
            fresh.ctx.users().disable("vice");

            DomainException refused = refusal(() -> fresh.ctx.users().disable("capo"));

            assertThat(refused.key()).isEqualTo("user.lastAdmin");
            OrdoContext asCapo = fresh.ctx.as(new Session("capo", Set.of(Role.ADMIN), false));
            assertThat(refusal(() -> asCapo.users().disable("capo")).key()).isEqualTo("user.disableSelf");
            asCapo.users().enable("vice");
            asCapo.users().disable("vice");
        }
    }

    @Test
    void theDecoyIsHashedWhenTheServiceIsBuiltNotAtTheFirstUnknownUser() {
        // A hasher of its own class: the decoy is made once per hashing scheme and process.
        final class CountingHasher implements PasswordHasher {
            private final PasswordHasher real = new Pbkdf2PasswordHasher();
            private int hashes;

            @Override
            public String hash(String password) {
                hashes++;
                return real.hash(password);
            }

            @Override
            public boolean verify(String password, String storedHash) {
                return real.verify(password, storedHash);
            }
        }
        CountingHasher hasher = new CountingHasher();

        AuthenticationService service = new AuthenticationService(Internals.transactions(ctx),
                new JpaUserRepository(Internals.transactions(ctx)), hasher,
                company.clock);

        assertThat(hasher.hashes).isEqualTo(1);
        assertThat(refusal(() -> service.login("sconosciuto", "Buongiorno-2026")).key()).isEqualTo("login.failed");
        assertThat(hasher.hashes).as("no hash on the first unknown user: it would take longer than a known one")
                .isEqualTo(1);
    }

    @Test
    void theLastEnabledAdministratorIsNeverLockedOutByWrongPasswords() {
        try (TestCompany fresh = TestCompany.empty()) {
            fresh.ctx.users().add("capo", Set.of(Role.ADMIN), "Iniziale-2026");
            fresh.ctx.authentication().changePassword("capo", "Iniziale-2026", "Buongiorno-2026");
            fresh.ctx.users().add("vice", Set.of(Role.ADMIN), "Iniziale-2026");
            fresh.ctx.authentication().changePassword("vice", "Iniziale-2026", "Buongiorno-2026");
            for (int i = 0; i < 5; i++) {
                refusal(() -> fresh.ctx.authentication().login("vice", "wrong"));
            }
            // With two administrators the lock works as for anyone: the other can unlock.
            assertThat(refusal(() -> fresh.ctx.authentication().login("vice", "Buongiorno-2026")).key())
                    .isEqualTo("login.locked");
            fresh.ctx.users().disable("vice");

            for (int i = 0; i < 2 * UserAccount.MAX_FAILED_ATTEMPTS; i++) {
                assertThat(refusal(() -> fresh.ctx.authentication().login("capo", "wrong")).key())
                        .isEqualTo("login.failed");
            }

            assertThat(fresh.ctx.authentication().login("capo", "Buongiorno-2026").username()).isEqualTo("capo");
        }
    }

    @Test
    void anAdministratorUnlocksALockedUserAndTheUnlockIsAudited() {
        user("bruno", "Buongiorno-2026", Role.WAREHOUSE);
        for (int i = 0; i < 5; i++) {
            refusal(() -> ctx.authentication().login("bruno", "wrong"));
        }
        assertThat(list("bruno").locked()).isTrue();
        OrdoContext desk = ctx.as(new Session("bruno", Set.of(Role.WAREHOUSE), false));
        assertThat(refusal(() -> desk.users().unlock("bruno"))).isInstanceOf(AccessDeniedException.class);
        long before = audited("bruno");

        UserView unlocked = ctx.users().unlock("bruno");

        assertThat(unlocked.locked()).isFalse();
        assertThat(unlocked.failedAttempts()).isZero();
        assertThat(unlocked.disabled()).isFalse();
        assertThat(ctx.authentication().login("bruno", "Buongiorno-2026").username()).isEqualTo("bruno");
        assertThat(audited("bruno")).isGreaterThan(before);
    }

    @Test
    void aDisabledUsersNextActionIsRefusedWithoutSigningOut() {
        user("rita", "Buongiorno-2026", Role.ORDER_DESK);
        OrdoContext rita = ctx.as(ctx.authentication().login("rita", "Buongiorno-2026"));
        assertThat(rita.setup().counts()).isNotNull();

        ctx.users().disable("rita");

        DomainException refused = refusal(() -> rita.setup().counts());
        assertThat(refused).isInstanceOf(AuthenticationException.class);
        assertThat(refused.key()).isEqualTo("login.disabled");
        ctx.users().enable("rita");
        assertThat(rita.setup().counts()).isNotNull();
    }

    /** Audit rows of changes to this user's account. */
    private static long audited(String username) {
        return Internals.transactions(ctx).read(() -> ((Number) Internals.transactions(ctx).em().createNativeQuery(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'UserAccount' AND entity_key = ?1 AND action = 'UPDATE'")
                .setParameter(1, username).getSingleResult()).longValue());
    }

    private static UserView list(String name) {
        return ctx.users().list().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
    }

    private static DomainException refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private static List<Message> problems(Runnable call) {
        DomainException e = refusal(call);
        assertThat(e).isInstanceOf(ValidationException.class);
        return ((ValidationException) e).problems();
    }

    @Test
    void refusalsAreDomainExceptionsTheCommandLineReports() {
        assertThatThrownBy(() -> ctx.authentication().login("nessuno", "x"))
                .isInstanceOf(AuthenticationException.class).isInstanceOf(DomainException.class);
    }
}
