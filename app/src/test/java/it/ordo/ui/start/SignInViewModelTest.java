package it.ordo.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.security.Session;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignInViewModelTest {

    private static TestCompany company;
    private final List<Session> sessions = new ArrayList<>();

    @BeforeAll
    static void users() {
        company = TestCompany.standard();
        company.ctx.users().add("anna", List.of(Role.ORDER_DESK), "first-pass-1");
        company.ctx.authentication().changePassword("anna", "first-pass-1", "anna-secret-1");
        company.ctx.users().add("marco", List.of(Role.WAREHOUSE), "temporary-1");
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private SignInViewModel model() {
        return new SignInViewModel(company.ctx.authentication(), new Texts(Locale.ENGLISH), new SameThreadExecutor(),
                sessions::add);
    }

    @Test
    void theRightPasswordOpensASessionWithTheUsersRoles() {
        SignInViewModel model = model();
        model.usernameProperty().set("anna");
        model.passwordProperty().set("anna-secret-1");
        model.signIn();
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.username()).isEqualTo("anna");
            assertThat(s.roles()).containsExactly(Role.ORDER_DESK);
        });
        assertThat(model.passwordProperty().get()).as("the password is not kept on screen").isEmpty();
    }

    @Test
    void whileTheDatabaseOpensTheUserTypesAndSignsInOnceItIsOpen() {
        SignInViewModel model = SignInViewModel.opening(new Texts(Locale.ENGLISH), new SameThreadExecutor(), sessions::add);
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Opening the database…");
        model.usernameProperty().set("anna");
        model.passwordProperty().set("anna-secret-1");
        model.signIn();
        assertThat(sessions).as("nothing to sign in against yet").isEmpty();

        model.ready(company.ctx.authentication());
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.usernameProperty().get()).as("what was typed meanwhile is kept").isEqualTo("anna");
        model.signIn();
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.username()).isEqualTo("anna"));
    }

    @Test
    void aWrongPasswordIsRefusedReadably() {
        SignInViewModel model = model();
        model.usernameProperty().set("anna");
        model.passwordProperty().set("guess");
        model.signIn();
        assertThat(sessions).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Wrong username or password.");
    }

    @Test
    void emptyFieldsAreRefusedWithoutAskingTheDatabase() {
        SignInViewModel model = model();
        model.usernameProperty().set("anna");
        model.signIn();
        assertThat(model.messageProperty().get()).isEqualTo("Type your user name and password.");
        assertThat(sessions).isEmpty();
    }

    @Test
    void aForcedPasswordChangeComesBeforeTheMainWindow() {
        SignInViewModel model = model();
        model.usernameProperty().set("marco");
        model.passwordProperty().set("temporary-1");
        model.signIn();
        assertThat(sessions).as("no session until the password is changed").isEmpty();
        assertThat(model.mustChangePasswordProperty().get()).isTrue();

        model.newPasswordProperty().set("marco-chosen-1");
        model.repeatPasswordProperty().set("marco-chosen-2");
        model.changePassword();
        assertThat(model.messageProperty().get()).isEqualTo("The two passwords are not the same.");
        assertThat(sessions).isEmpty();

        model.repeatPasswordProperty().set("marco-chosen-1");
        model.changePassword();
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.mustChangePassword()).isFalse());
        assertThat(company.ctx.authentication().login("marco", "marco-chosen-1").username()).isEqualTo("marco");
    }

    @Test
    void aRealCompanyNeverRemindsTheDemoUsers() {
        SignInViewModel model = model();
        model.checkDemo();
        assertThat(model.demoHintProperty().get()).isNull();
    }

    @Test
    void theDemoCompanyRemindsItsUsersAndTheirPassword() {
        try (TestCompany demo = TestCompany.standard()) {
            demo.ctx.users().addDemoUsers(java.util.Map.of("desk", Role.ORDER_DESK, "admin", Role.ADMIN),
                    it.ordo.application.security.AuthenticationService.DEMO_PASSWORD);
            SignInViewModel model = new SignInViewModel(demo.ctx.authentication(), new Texts(Locale.ENGLISH),
                    new SameThreadExecutor(), sessions::add);
            model.checkDemo();
            assertThat(model.demoHintProperty().get()).startsWith("Demo company: the users desk, warehouse");
            assertThat(sessions).as("finding out signs nobody in").isEmpty();
        }
    }
}
