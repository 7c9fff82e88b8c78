package it.ordo.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.Services;
import it.ordo.domain.DomainException;
import it.ordo.domain.security.Role;
import it.ordo.infrastructure.remote.RemoteServices;
import it.ordo.infrastructure.remote.ServerFixture;
import it.ordo.testing.TestCompany;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permission table through the Ordo server: every use case served to
 * workstations, tried by a user of every role signed in over HTTPS, runs or
 * is refused exactly as {@link Permission} says, the refusal arriving as the
 * same {@link AccessDeniedException}. The set-up and check use cases are not
 * served (they run on the server machine) and are left out.
 */
class RemotePermissionTest {

    @TempDir
    static Path tls;

    private static TestCompany company;
    private static ServerFixture server;
    private static final Map<Role, RemoteServices> WORKSTATIONS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
        company.ctx.users().add("boss", Set.of(Role.ADMIN), "Password-123");
        server = new ServerFixture(company, tls);
        company.ctx.agents().link(ServerFixture.username(Role.SALES_AGENT), PermissionEnforcementTest.AGENTS_CUSTOMER);
        for (Role role : Role.values()) {
            WORKSTATIONS.put(role, server.workstation(role));
        }
    }

    @AfterAll
    static void stop() {
        WORKSTATIONS.values().forEach(RemoteServices::close);
        server.close();
        company.close();
    }

    static Stream<Arguments> everyServedUseCaseForEveryRole() {
        List<Arguments> rows = new ArrayList<>();
        for (PermissionEnforcementTest.UseCase useCase : PermissionEnforcementTest.useCases(() -> company)) {
            if (useCase.localOnly()) {
                continue;
            }
            for (Role role : Role.values()) {
                rows.add(Arguments.of(useCase, role, PermissionEnforcementTest.allowed(useCase, role)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} through the server: allowed {2}")
    @MethodSource("everyServedUseCaseForEveryRole")
    void eachServedUseCaseIsOpenToExactlyTheRolesOfItsPermission(PermissionEnforcementTest.UseCase useCase, Role role,
                                                                 boolean allowed) {
        Services services = WORKSTATIONS.get(role).services();
        if (allowed) {
            try {
                useCase.call().accept(services);
            } catch (AccessDeniedException e) {
                throw new AssertionError(role + " should be allowed to " + useCase, e);
            } catch (DomainException businessAnswer) {
                // unknown code, illegal state, ...: the server's guard let the call through
            }
        } else {
            assertThatThrownBy(() -> useCase.call().accept(services))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.permission()).isEqualTo(useCase.refusedFor(role));
                        assertThat(e.args().get(0)).isEqualTo(ServerFixture.username(role));
                    });
        }
    }
}
