package it.ordo.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.ui.SameThreadExecutor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The first-run choice: this workstation alone, or an Ordo server that must
 * answer, showing its certificate's fingerprint, before it is saved (and the
 * fingerprint pinned). No database account is ever asked for.
 */
class FirstRunViewModelTest {

    private static final String FINGERPRINT = "SHA256:4F:0B:9A";

    private final Texts texts = new Texts(Locale.ENGLISH);
    private final List<URI> tried = new ArrayList<>();
    private final List<ConnectionChoice> chosen = new ArrayList<>();

    private FirstRunViewModel model(ConnectionTester tester) {
        return new FirstRunViewModel(texts, new SameThreadExecutor(), server -> {
            tried.add(server);
            return tester.fingerprint(server);
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
    void anOrdoServerMustAnswerAndShowItsFingerprintBeforeItIsSaved() {
        FirstRunViewModel model = model(c -> FINGERPRINT);
        model.sharedProperty().set(true);
        model.addressProperty().set("office-server");
        assertThat(model.choose(chosen::add)).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Connect to the server before continuing.");

        model.test();
        assertThat(tried).containsExactly(URI.create("https://office-server:8443"));
        assertThat(model.fingerprintProperty().get()).isEqualTo(FINGERPRINT);
        assertThat(model.messageProperty().get()).startsWith("https://office-server:8443 answered. Compare the fingerprint");
        assertThat(model.choose(chosen::add)).isTrue();
        assertThat(chosen).containsExactly(new ConnectionChoice(URI.create("https://office-server:8443"), FINGERPRINT));
    }

    @Test
    void changingTheAddressAfterTheTestAsksForAnotherTest() {
        FirstRunViewModel model = model(c -> FINGERPRINT);
        model.sharedProperty().set(true);
        model.addressProperty().set("https://office-server:9443");
        model.test();
        assertThat(tried).containsExactly(URI.create("https://office-server:9443"));
        model.addressProperty().set("other-server");
        assertThat(model.canContinueBinding().get()).isFalse();
        assertThat(model.fingerprintProperty().get()).isEmpty();
    }

    @Test
    void anAddressThatIsNotAnOrdoServersIsRefusedWithoutTryingToConnect() {
        FirstRunViewModel model = model(c -> FINGERPRINT);
        model.sharedProperty().set(true);
        model.test();
        assertThat(model.messageProperty().get()).isEqualTo("Type the Ordo server's address, e.g. https://server.office.lan:8443");
        for (String bad : List.of("http://server:8443", "jdbc:derby://server:1527/ordo", "https://server:8443/ordo",
                "https://user@server")) {
            model.addressProperty().set(bad);
            assertThat(model.addressProblem()).as(bad).isNotNull();
            model.test();
        }
        assertThat(tried).isEmpty();
    }

    @Test
    void aFailedTestSaysWhyAndDoesNotLetContinue() {
        FirstRunViewModel model = model(server -> {
            throw new DomainException("ui.connect.unreachable", server.toString());
        });
        model.sharedProperty().set(true);
        model.addressProperty().set("nowhere");
        model.test();
        assertThat(model.messageProperty().get()).isEqualTo(
                "No Ordo server answers at https://nowhere:8443. Check the address and the port, and that the server is running.");
        assertThat(model.choose(chosen::add)).isFalse();
        assertThat(chosen).isEmpty();
    }
}
