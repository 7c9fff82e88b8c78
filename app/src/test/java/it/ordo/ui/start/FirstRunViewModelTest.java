package it.ordo.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.ui.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FirstRunViewModelTest {

    private final Texts texts = new Texts(Locale.ENGLISH);
    private final List<ConnectionChoice> tried = new ArrayList<>();
    private final List<ConnectionChoice> chosen = new ArrayList<>();

    private FirstRunViewModel model(ConnectionTester tester) {
        return new FirstRunViewModel(texts, new SameThreadExecutor(), choice -> {
            tried.add(choice);
            return tester.test(choice);
        });
    }

    @Test
    void thisWorkstationOnlyNeedsNoTest() {
        FirstRunViewModel model = model(c -> "never asked");
        assertThat(model.choose(chosen::add)).isTrue();
        assertThat(chosen).containsExactly(ConnectionChoice.embedded());
        assertThat(tried).isEmpty();
    }

    @Test
    void aCopyWithoutTheDemoCompanyNeitherOffersNorCreatesIt() {
        FirstRunViewModel model = model(c -> "never asked");
        assertThat(model.demoAvailableProperty().get()).isTrue();
        assertThat(model.demoProperty().get()).isTrue();

        model.demoUnavailable();

        assertThat(model.demoAvailableProperty().get()).isFalse();
        assertThat(model.demoProperty().get()).isFalse();
        assertThat(model.choose(chosen::add)).isTrue();
        assertThat(chosen).containsExactly(ConnectionChoice.embedded());
    }

    @Test
    void aSharedDatabaseMustAnswerBeforeItIsSaved() {
        FirstRunViewModel model = model(c -> "Ordo server (Derby), 300 customers, 5,000 orders");
        model.sharedProperty().set(true);
        model.hostProperty().set("office-server");
        assertThat(model.choose(chosen::add)).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Test the connection before continuing.");

        model.test();
        assertThat(tried).singleElement().satisfies(c -> assertThat(c.url()).isEqualTo("jdbc:derby://office-server:1527/ordo"));
        assertThat(model.messageProperty().get()).isEqualTo("Connected: Ordo server (Derby), 300 customers, 5,000 orders");
        assertThat(model.choose(chosen::add)).isTrue();
        assertThat(chosen).singleElement().satisfies(c -> assertThat(c.where()).isEqualTo("office-server:1527"));
    }

    @Test
    void changingASettingAfterTheTestAsksForAnotherTest() {
        FirstRunViewModel model = model(c -> "ok");
        model.sharedProperty().set(true);
        model.hostProperty().set("office-server");
        model.test();
        model.hostProperty().set("other-server");
        assertThat(model.canContinueBinding().get()).isFalse();
    }

    @Test
    void postgresqlGetsItsOwnDefaultPort() {
        FirstRunViewModel model = model(c -> "ok");
        model.sharedProperty().set(true);
        model.kindProperty().set(ConnectionChoice.Kind.POSTGRESQL);
        model.hostProperty().set("db.example.lan");
        model.test();
        assertThat(tried.getFirst().url()).isEqualTo("jdbc:postgresql://db.example.lan:5432/ordo");
    }

    @Test
    void badSettingsAreRefusedOnTheFieldWithoutTryingToConnect() {
        FirstRunViewModel model = model(c -> "ok");
        model.sharedProperty().set(true);
        model.test();
        assertThat(model.messageProperty().get()).contains("Type the server's name or address");
        model.hostProperty().set("server");
        model.portProperty().set("70000");
        assertThat(model.portProblem()).isEqualTo("The port is a whole number from 1 to 65535.");
        model.test();
        model.portProperty().set("1527");
        model.jdbcUrlProperty().set("http://server/ordo");
        assertThat(model.hostProblem()).startsWith("A JDBC URL starts with");
        model.test();
        assertThat(tried).isEmpty();
    }

    @Test
    void aFailedTestSaysWhyAndDoesNotLetContinue() {
        FirstRunViewModel model = model(c -> {
            throw new DomainException("ui.connect.unreachable", c.where());
        });
        model.sharedProperty().set(true);
        model.hostProperty().set("nowhere");
        model.test();
        assertThat(model.messageProperty().get())
                .isEqualTo("No database answers at nowhere:1527. Check the host and port, and that the server is running.");
        assertThat(model.choose(chosen::add)).isFalse();
        assertThat(chosen).isEmpty();
    }
}
