package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.security.Role;
import it.ordo.infrastructure.remote.ServerFixture;
import it.ordo.testing.TestCompany;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new workstation joins an Ordo server (a real one on the loopback address,
 * with TLS): the first-run screen connects and shows the certificate's
 * fingerprint, saves the address and pins the fingerprint, and the user signs
 * in with the temporary password the administrator gave, which must be changed
 * on the spot. The workstation's settings hold no database account.
 */
@Tag("desk")
class FirstRunSharedTest {

    @TempDir
    static Path tls;

    private static TestCompany company;
    private static ServerFixture server;

    @BeforeAll
    static void server() {
        company = TestCompany.standard();
        company.ctx.users().add("rossi", List.of(Role.ORDER_DESK), "temporary-1");
        server = new ServerFixture(company, tls, Role.ORDER_DESK);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (company != null) {
            company.close();
        }
    }

    @Test
    void aWorkstationJoinsTheServerPinsItsCertificateAndTheUserChangesTheTemporaryPassword() throws Exception {
        Path fresh = Files.createTempDirectory("ordo-workstation");
        Files.writeString(fresh.resolve("workstation.properties"), "language=en-GB\n");
        String fingerprint = server.identity.fingerprint();
        try (DeskDriver desk = new DeskDriver(fresh, 1366, 768)) {
            desk.waitFor("#first-run-shared");
            desk.clickOn("#first-run-shared");
            desk.clickOn("#first-run-address").write("https://127.0.0.1:1");
            desk.clickOn("#first-run-test");
            desk.waitUntil(() -> message(desk).startsWith("No Ordo server answers at https://127.0.0.1:1"));
            assertThat(desk.lookup("#first-run-continue").query().isDisabled()).isTrue();

            desk.clickOn("#first-run-address").eraseText(30).write(server.address.toString());
            desk.clickOn("#first-run-test");
            desk.waitUntil(() -> message(desk).startsWith(server.address + " answered"));
            assertThat(desk.lookup("#first-run-fingerprint").queryAs(Label.class).getText()).isEqualTo(fingerprint);
            desk.clickOn("#first-run-continue");

            desk.waitFor("#sign-in-user");
            desk.clickOn("#sign-in-user").write("rossi");
            desk.clickOn("#sign-in-password").write("temporary-1");
            desk.clickOn("#sign-in-submit");
            desk.waitFor("#sign-in-new-password");
            // The screen moves the focus to the new password itself: typing before it has would lose letters.
            desk.waitUntil(() -> desk.lookup("#sign-in-new-password").query().isFocused());
            desk.clickOn("#sign-in-new-password").write("rossi-chosen-1");
            desk.clickOn("#sign-in-repeat-password").write("rossi-chosen-1");
            desk.clickOn("#sign-in-submit");
            // Signed in, or a refusal shown on the sign-in screen (which the assertion then names).
            desk.waitUntil(180, () -> desk.main() != null || !signInMessage(desk).isEmpty()
                    && !signInMessage(desk).startsWith("Password changed")
                    && !signInMessage(desk).startsWith("Your password must be changed"));
            assertThat(desk.main()).as(() -> signInMessage(desk)).isNotNull();
            assertThat(desk.lookup("#status-database").queryAs(Label.class).getText())
                    .isEqualTo("Server " + server.address);
        }
        String saved = Files.readString(fresh.resolve("workstation.properties"));
        assertThat(saved).contains("database=server")
                .contains("server=" + server.address.toString().replace(":", "\\:"))
                .contains(fingerprint.replace(":", "\\:"))
                .doesNotContain("account").doesNotContain("url=");
        assertThat(company.ctx.authentication().login("rossi", "rossi-chosen-1").mustChangePassword()).isFalse();
    }

    private static String signInMessage(DeskDriver desk) {
        return desk.lookup("#sign-in-message").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static String message(DeskDriver desk) {
        return desk.lookup("#first-run-message").queryAs(Label.class).getText();
    }
}
