package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.security.Role;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.TestCompany;
import it.ordo.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A new workstation joins an Ordo server: the first-run screen tests the
 * connection (a wrong account password is refused, the right one answers with
 * what the database holds), saves it, and the user signs in with the temporary
 * password the administrator gave, which must be changed on the spot.
 *
 * <p>Runs in the test pass on a Derby Network Server ({@code -Dordo.test.db=network}), whose server this JVM
 * already runs: starting one inside the embedded pass would leave Derby's server-wide authentication on for
 * every later embedded test of that JVM.
 */
@Tag("db")
@Tag("desk")
class FirstRunSharedTest {

    private static TestCompany company;

    @BeforeAll
    static void server() {
        Assumptions.assumeTrue("network".equals(TestDatabase.kind()), "needs the Derby Network Server pass");
        company = TestCompany.standard();
        company.ctx.users().add("rossi", List.of(Role.ORDER_DESK), "temporary-1");
    }

    @AfterAll
    static void stop() {
        if (company != null) {
            company.close();
        }
    }

    @Test
    void aWorkstationJoinsTheServerAndTheUserChangesTheTemporaryPassword() throws Exception {
        DatabaseSettings server = company.settings();
        Path fresh = Files.createTempDirectory("ordo-workstation");
        Files.writeString(fresh.resolve("workstation.properties"), "language=en-GB\n");
        try (DeskDriver desk = new DeskDriver(fresh, 1366, 768)) {
            desk.waitFor("#first-run-shared");
            desk.clickOn("#first-run-shared");
            desk.clickOn("#first-run-url").write(server.url());
            desk.clickOn("#first-run-account").eraseText(10).write(server.user());
            desk.clickOn("#first-run-password").write("wrong");
            desk.clickOn("#first-run-test");
            desk.waitUntil(() -> message(desk).startsWith("The server refused the database account"));
            assertThat(desk.lookup("#first-run-continue").query().isDisabled()).isTrue();

            desk.clickOn("#first-run-password").eraseText(10).write(server.password());
            desk.clickOn("#first-run-test");
            desk.waitUntil(() -> message(desk).startsWith("Connected: Ordo server (Derby), 5 customers, 0 orders"));
            desk.clickOn("#first-run-continue");

            desk.waitFor("#sign-in-user");
            desk.clickOn("#sign-in-user").write("rossi");
            desk.clickOn("#sign-in-password").write("temporary-1");
            desk.clickOn("#sign-in-submit");
            desk.waitFor("#sign-in-new-password");
            desk.clickOn("#sign-in-new-password").write("rossi-chosen-1");
            desk.clickOn("#sign-in-repeat-password").write("rossi-chosen-1");
            desk.clickOn("#sign-in-submit");
            desk.waitUntil(() -> desk.main() != null);
            assertThat(desk.lookup("#status-database").queryAs(Label.class).getText())
                    .isEqualTo("Server " + server.url());
        }
        String saved = Files.readString(fresh.resolve("workstation.properties"));
        assertThat(saved).contains("database=shared").contains("url=" + server.url().replace(":", "\\:"));
        assertThat(company.ctx.authentication().login("rossi", "rossi-chosen-1").mustChangePassword()).isFalse();
    }

    private static String message(DeskDriver desk) {
        return desk.lookup("#first-run-message").queryAs(Label.class).getText();
    }
}
