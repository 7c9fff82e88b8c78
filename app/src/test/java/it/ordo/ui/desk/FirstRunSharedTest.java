package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.security.Role;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.server.DerbyNetworkServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A new workstation joins an Ordo server: the first-run screen tests the
 * connection (a wrong account password is refused, the right one answers with
 * what the database holds), saves it, and the user signs in with the temporary
 * password the administrator gave, which must be changed on the spot.
 */
@Tag("desk")
class FirstRunSharedTest {

    private static DerbyNetworkServer server;
    private static int port;

    @BeforeAll
    static void server() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path home = Files.createTempDirectory("ordo-shared");
        server = DerbyNetworkServer.start(new DerbyNetworkServer.Options(home, "127.0.0.1", port, "ordo", "office-secret",
                "off"));
        try (OrdoContext admin = OrdoContext.open(DatabaseSettings.remote("jdbc:derby://127.0.0.1:" + port + "/ordo",
                "ordo", "office-secret"), () -> "setup", Clock.systemDefaultZone())) {
            admin.setup().initialize(new SetupService.CompanyData("Ferramenta Rossi S.r.l.", "00743110157", "Via Roma 1",
                    "20121", "Milano", "MI", "info@rossi.it", "+39 02 1234567", "IT60X0542811101000000123456"));
            admin.setup().addWarehouse("MIL", "Magazzino Milano", "Milano");
            admin.users().add("rossi", List.of(Role.ORDER_DESK), "temporary-1");
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aWorkstationJoinsTheServerAndTheUserChangesTheTemporaryPassword() throws Exception {
        Path fresh = Files.createTempDirectory("ordo-workstation");
        Files.writeString(fresh.resolve("workstation.properties"), "language=en-GB\n");
        try (DeskDriver desk = new DeskDriver(fresh, 1366, 768)) {
            desk.waitFor("#first-run-shared");
            desk.clickOn("#first-run-shared");
            desk.clickOn("#first-run-host").write("127.0.0.1");
            desk.clickOn("#first-run-port").eraseText(10).write(String.valueOf(port));
            desk.clickOn("#first-run-password").write("wrong");
            desk.clickOn("#first-run-test");
            desk.waitUntil(() -> message(desk).startsWith("The server refused the database account"));
            assertThat(desk.lookup("#first-run-continue").query().isDisabled()).isTrue();

            desk.clickOn("#first-run-password").eraseText(10).write("office-secret");
            desk.clickOn("#first-run-test");
            desk.waitUntil(() -> message(desk).startsWith("Connected: Ordo server (Derby), 0 customers, 0 orders"));
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
                    .isEqualTo("Server 127.0.0.1:" + port);
        }
        String saved = Files.readString(fresh.resolve("workstation.properties"));
        assertThat(saved).contains("database=shared").contains("url=jdbc\\:derby\\://127.0.0.1\\:" + port + "/ordo");
        try (OrdoContext check = OrdoContext.open(DatabaseSettings.remote("jdbc:derby://127.0.0.1:" + port + "/ordo",
                "ordo", "office-secret"), () -> "check", Clock.systemDefaultZone())) {
            assertThat(check.authentication().login("rossi", "rossi-chosen-1").mustChangePassword()).isFalse();
        }
    }

    private static String message(DeskDriver desk) {
        return desk.lookup("#first-run-message").queryAs(Label.class).getText();
    }
}
