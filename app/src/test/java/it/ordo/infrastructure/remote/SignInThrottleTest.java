package it.ordo.infrastructure.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.security.AuthenticationException;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong sign-ins are held back by the machine they come from, not only by account: one workstation trying a
 * password on many users (none of which reaches its own lockout) is stopped after {@value SignInThrottle#FAILURES}
 * wrong sign-ins for {@link SignInThrottle#WINDOW}, even with a right password, while the people already at work
 * are not disturbed and no account is locked by it.
 */
class SignInThrottleTest {

    @TempDir
    Path tls;

    private TestCompany company;
    private ServerFixture fixture;

    @BeforeEach
    void server() {
        company = TestCompany.empty();
        fixture = new ServerFixture(company, tls, Role.ORDER_DESK, Role.WAREHOUSE);
    }

    @AfterEach
    void close() {
        fixture.close();
        company.close();
    }

    @Test
    void manyWrongSignInsFromOneMachineHoldItBackForAWhile() {
        try (RemoteServices atWork = fixture.workstation(Role.WAREHOUSE);
             RemoteServices guesser = RemoteServices.connect(fixture.address, fixture.identity.fingerprint())) {
            for (int i = 0; i < SignInThrottle.FAILURES; i++) {
                String user = i % 2 == 0 ? "guess-" + i : ServerFixture.username(Role.ORDER_DESK) + "-" + i;
                assertThatThrownBy(() -> guesser.signIn(user, "Estate2026!"))
                        .isInstanceOfSatisfying(AuthenticationException.class,
                                e -> assertThat(e.key()).isEqualTo("login.failed"));
            }

            // Now even the right password is not tried from that machine...
            assertThatThrownBy(() -> guesser.signIn(ServerFixture.username(Role.ORDER_DESK), ServerFixture.PASSWORD))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.key()).isEqualTo("remote.signIn.tooMany");
                        assertThat(e.args()).map(String::valueOf).containsExactly("15");
                    });
            // ...while whoever signed in before keeps working.
            assertThat(atWork.services().customers().count()).isZero();

            // The window ends and the account was never locked: the right password opens it.
            company.clock.advance(SignInThrottle.WINDOW);
            guesser.signIn(ServerFixture.username(Role.ORDER_DESK), ServerFixture.PASSWORD);
            assertThat(guesser.services().customers().count()).isZero();
        }
    }

    @Test
    void fewerWrongSignInsThanTheLimitDoNotHoldTheMachineBack() {
        try (RemoteServices desk = RemoteServices.connect(fixture.address, fixture.identity.fingerprint())) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> desk.signIn("nobody", "wrong"))
                        .isInstanceOf(AuthenticationException.class);
            }
            company.clock.advance(Duration.ofMinutes(1));
            desk.signIn(ServerFixture.username(Role.ORDER_DESK), ServerFixture.PASSWORD);
            assertThat(desk.services().customers().count()).isZero();
        }
    }
}
