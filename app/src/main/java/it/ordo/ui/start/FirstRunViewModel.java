package it.ordo.ui.start;

import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import java.net.URI;
import java.net.URISyntaxException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start of a workstation: its own embedded database (with the demo
 * company if wanted) or an Ordo server, which must answer, and whose
 * certificate fingerprint the user sees, before it is saved and pinned.
 */
public final class FirstRunViewModel {

    /** The Ordo server's port when the address names none. */
    static final int DEFAULT_PORT = 8443;

    private final Texts texts;
    private final TaskExecutor executor;
    private final ConnectionTester tester;

    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final BooleanProperty demo = new SimpleBooleanProperty(true);
    private final BooleanProperty demoAvailable = new SimpleBooleanProperty(true);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The server that answered the last test, with its fingerprint; continuing needs the address unchanged. */
    private final ObjectProperty<ConnectionChoice> tested = new SimpleObjectProperty<>();
    private final BooleanBinding canContinue;

    public FirstRunViewModel(Texts texts, TaskExecutor executor, ConnectionTester tester) {
        this.texts = texts;
        this.executor = executor;
        this.tester = tester;
        address.addListener((o, was, now) -> fingerprint.set(""));
        canContinue = Bindings.createBooleanBinding(
                () -> !busy.get() && (!shared.get() || (tested.get() != null
                        && tested.get().server().equals(serverOrNull()))),
                shared, busy, tested, address);
    }

    /** Null when the address is one of an Ordo server (https://HOST or https://HOST:PORT); otherwise why not. */
    public String addressProblem() {
        return serverOrNull() == null ? texts.get("ui.firstRun.addressInvalid") : null;
    }

    /** The address typed, with https:// and the default port added when left out; null when it is not one. */
    URI serverOrNull() {
        String text = address.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                    || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")
                    || uri.getQuery() != null || uri.getUserInfo() != null) {
                return null;
            }
            int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            return new URI("https", null, uri.getHost(), port, null, null, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Reaches the server in the background and shows the fingerprint of its certificate, or why nothing answered. */
    public void test() {
        URI server = serverOrNull();
        if (server == null) {
            message.set(addressProblem());
            return;
        }
        busy.set(true);
        tested.set(null);
        fingerprint.set("");
        message.set(texts.get("ui.firstRun.testing"));
        executor.run(() -> tester.fingerprint(server), seen -> {
            busy.set(false);
            tested.set(new ConnectionChoice(server, seen));
            fingerprint.set(seen);
            message.set(texts.get("ui.firstRun.tested", server.toString()));
        }, error -> {
            busy.set(false);
            message.set(Problems.describe(texts, error));
        });
    }

    /** Hands the choice on when it may be saved: embedded always, shared only once it answered. */
    public boolean choose(Consumer<ConnectionChoice> onChosen) {
        if (!canContinue.get()) {
            message.set(texts.get("ui.firstRun.testFirst"));
            return false;
        }
        onChosen.accept(shared.get() ? tested.get() : ConnectionChoice.embedded());
        return true;
    }

    public BooleanProperty sharedProperty() {
        return shared;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }

    /** False when this copy of Ordo was installed without the demo company (lib/ordo-demo.jar). */
    public BooleanProperty demoAvailableProperty() {
        return demoAvailable;
    }

    /** No demo company to offer: the choice is hidden and not taken. */
    public void demoUnavailable() {
        demoAvailable.set(false);
        demo.set(false);
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** The fingerprint of the certificate the server presented at the last test (empty before). */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canContinueBinding() {
        return canContinue;
    }
}
