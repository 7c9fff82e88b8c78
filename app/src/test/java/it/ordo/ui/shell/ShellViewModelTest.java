package it.ordo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.security.Guard;
import it.ordo.application.security.Session;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.ui.SameThreadExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final Texts texts = new Texts(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:42:00Z"), ZoneId.of("Europe/Rome"));

    private ShellViewModel model(Role... roles) {
        return model(() -> true, roles);
    }

    private ShellViewModel model(java.util.concurrent.Callable<?> ping, Role... roles) {
        Session session = new Session("anna", EnumSet.of(roles[0], roles), false);
        return new ShellViewModel(texts, new SameThreadExecutor(), session, new Guard(session), "office:1527", ping, clock);
    }

    @Test
    void theOrderDeskSeesOrdersNewOrderStockAndCustomersButNotUsers() {
        assertThat(model(Role.ORDER_DESK).entries())
                .containsExactly(NavEntry.ORDERS, NavEntry.NEW_ORDER, NavEntry.STOCK, NavEntry.CUSTOMERS, NavEntry.RETURNS,
                        NavEntry.IMPORT_ORDERS);
    }

    @Test
    void theWarehouseCannotTakeOrders() {
        assertThat(model(Role.WAREHOUSE).entries()).doesNotContain(NavEntry.NEW_ORDER, NavEntry.USERS)
                .contains(NavEntry.ORDERS, NavEntry.STOCK);
    }

    @Test
    void onlyTheAdministratorManagesUsers() {
        assertThat(model(Role.ADMIN).entries()).contains(NavEntry.USERS);
        assertThat(model(Role.MANAGER).entries()).doesNotContain(NavEntry.USERS);
    }

    @Test
    void theStatusBarNamesUserRolesAndServer() {
        ShellViewModel model = model(Role.ORDER_DESK, Role.CUSTOMER_SERVICE);
        assertThat(model.userLine()).isEqualTo("anna · Order desk, Customer service");
        assertThat(model.databaseLine()).isEqualTo("Server office:1527");
    }

    @Test
    void aDatabaseThatStopsAnsweringShowsSinceWhen() {
        AtomicBoolean up = new AtomicBoolean(true);
        ShellViewModel model = model(() -> {
            if (!up.get()) {
                throw new java.sql.SQLException("gone", "08006");
            }
            return true;
        }, Role.ORDER_DESK);
        model.checkHealth();
        assertThat(model.healthyProperty().get()).isTrue();
        assertThat(model.healthProperty().get()).isEqualTo("Connected");
        up.set(false);
        model.checkHealth();
        assertThat(model.healthyProperty().get()).isFalse();
        assertThat(model.healthProperty().get()).startsWith("No connection since").contains("10:42");
        up.set(true);
        model.checkHealth();
        assertThat(model.healthProperty().get()).isEqualTo("Connected");
    }
}
