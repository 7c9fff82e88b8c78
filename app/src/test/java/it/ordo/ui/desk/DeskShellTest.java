package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real desktop on the demo company: signing in, what each role sees, the status bar, language and sign-out. */
@Tag("desk")
class DeskShellTest {

    private DeskDriver desk;

    @BeforeEach
    void start() {
        desk = new DeskDriver(DemoDataFolder.get(), 1366, 768);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheSignInScreen() {
        desk.waitFor("#sign-in-user");
        desk.clickOn("#sign-in-user").eraseText(40).write("desk");
        desk.clickOn("#sign-in-password").write("wrong");
        desk.waitForSignInReady();
        desk.type(KeyCode.ENTER);
        desk.waitUntil(() -> desk.lookup("#sign-in-message").queryAs(Label.class).getText()
                .equals("Wrong username or password."));
        assertThat(desk.main()).isNull();
    }

    @Test
    void theAdministratorManagesUsersAndSeesWhoAndWhereInTheStatusBar() {
        desk.signIn("admin", "demo");
        desk.waitFor("#nav-users");
        assertThat(desk.lookup("#status-user").queryAs(Label.class).getText()).startsWith("admin · ");
        assertThat(desk.lookup("#status-database").queryAs(Label.class).getText())
                .isEqualTo("This workstation (embedded)");
        desk.clickOn("#nav-users");
        desk.waitUntil(() -> desk.lookup("#users-table").queryAs(TableView.class).getItems().size() >= 6);
        assertThat(desk.lookup("#status-health").queryAs(Label.class).getText()).isEqualTo("Connected");
    }

    @Test
    void theWarehouseDoesNotSeeNewOrderNorUsers() {
        desk.signIn("warehouse", "demo");
        desk.waitFor("#nav-orders");
        assertThat(desk.lookup("#nav-new-order").tryQuery()).isEmpty();
        assertThat(desk.lookup("#nav-users").tryQuery()).isEmpty();
        desk.assertShown("#nav-stock");
    }

    @Test
    void switchingToItalianRebuildsTheWindowAndSigningOutReturnsToSignIn() {
        desk.signIn("manager", "demo");
        desk.waitFor("#shell-language");
        desk.clickOn("#shell-language").clickOn("Italiano");
        desk.waitUntil(() -> desk.lookup("#status-health").tryQuery().map(n -> ((Label) n).getText())
                .filter("Connesso"::equals).isPresent());
        assertThat(desk.lookup("#nav-orders").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("Ordini");
        desk.clickOn("#shell-language").clickOn("English");
        desk.waitUntil(() -> desk.lookup("#status-health").tryQuery().map(n -> ((Label) n).getText())
                .filter("Connected"::equals).isPresent());
        desk.clickOn("#shell-user").clickOn("#shell-sign-out");
        desk.waitFor("#sign-in-password");
        assertThat(desk.lookup("#sign-in-user").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the last user is remembered").isEqualTo("manager");
    }
}
