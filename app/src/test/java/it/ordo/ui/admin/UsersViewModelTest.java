package it.ordo.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.UserView;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersViewModelTest {

    private final TestCompany company = TestCompany.standard();
    private final UsersViewModel model = new UsersViewModel(company.ctx.users(), new Texts(Locale.ENGLISH),
            new SameThreadExecutor());

    @AfterEach
    void close() {
        company.close();
    }

    private UserView row(String name) {
        return model.rows().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anAddedUserAppearsAndMustChooseAPassword() {
        model.newUsernameProperty().set("giulia");
        model.newPasswordProperty().set("welcome-2026");
        model.setNewRole(Role.ACCOUNTING, true);
        model.add();
        assertThat(model.messageProperty().get()).startsWith("User giulia added");
        assertThat(model.roles(row("giulia"))).isEqualTo("Accounting");
        assertThat(model.state(row("giulia"))).isEqualTo("Must change password");
        assertThat(model.newUsernameProperty().get()).as("form cleared").isEmpty();
    }

    @Test
    void aUserWithoutRolesIsRefusedAndTheFormKept() {
        model.newUsernameProperty().set("giulia");
        model.newPasswordProperty().set("welcome-2026");
        model.add();
        assertThat(model.messageProperty().get()).contains("A user needs at least one role.");
        assertThat(model.newUsernameProperty().get()).isEqualTo("giulia");
        assertThat(model.rows()).noneMatch(u -> u.username().equals("giulia"));
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        company.ctx.users().add("piero", java.util.List.of(Role.WAREHOUSE), "first-pass-1");
        company.ctx.authentication().changePassword("piero", "first-pass-1", "piero-secret-1");
        model.refresh();
        model.disable(row("piero"));
        assertThat(model.state(row("piero"))).isEqualTo("Disabled");
        assertThatThrownBy(() -> company.ctx.authentication().login("piero", "piero-secret-1"))
                .isInstanceOf(AuthenticationException.class);
        model.enable(row("piero"));
        assertThat(company.ctx.authentication().login("piero", "piero-secret-1").username()).isEqualTo("piero");
    }
}
