package it.ordo.ui.start;

import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start of a workstation: its own embedded database (with the demo
 * company if wanted) or a shared one, which must answer before it is saved.
 */
public final class FirstRunViewModel {

    private final Texts texts;
    private final TaskExecutor executor;
    private final ConnectionTester tester;

    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final BooleanProperty demo = new SimpleBooleanProperty(true);
    private final BooleanProperty demoAvailable = new SimpleBooleanProperty(true);
    private final ObjectProperty<ConnectionChoice.Kind> kind = new SimpleObjectProperty<>(ConnectionChoice.Kind.ORDO_SERVER);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("1527");
    private final StringProperty jdbcUrl = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("ordo");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The shared settings that answered the last test; continuing needs it to equal the current ones. */
    private final ObjectProperty<ConnectionChoice> tested = new SimpleObjectProperty<>();
    private final BooleanBinding canContinue;

    public FirstRunViewModel(Texts texts, TaskExecutor executor, ConnectionTester tester) {
        this.texts = texts;
        this.executor = executor;
        this.tester = tester;
        kind.addListener((o, was, now) -> {
            if (was != null && port.get().equals(String.valueOf(was.defaultPort()))) {
                port.set(String.valueOf(now.defaultPort()));
            }
        });
        canContinue = Bindings.createBooleanBinding(
                () -> !busy.get() && (!shared.get() || (tested.get() != null && tested.get().equals(currentOrNull()))),
                shared, busy, tested, kind, host, port, jdbcUrl, account, password);
    }

    /** Null when the shared settings are valid; otherwise the first problem, for the field that has it. */
    public String hostProblem() {
        if (!jdbcUrl.get().isBlank()) {
            String url = jdbcUrl.get().trim();
            return url.startsWith("jdbc:derby://") || url.startsWith("jdbc:postgresql://") ? null
                    : texts.get("ui.firstRun.urlInvalid");
        }
        return host.get().isBlank() ? texts.get("ui.firstRun.hostRequired") : null;
    }

    public String portProblem() {
        if (!jdbcUrl.get().isBlank()) {
            return null;
        }
        try {
            int p = Integer.parseInt(port.get().trim());
            return p >= 1 && p <= 65535 ? null : texts.get("ui.firstRun.portInvalid");
        } catch (NumberFormatException e) {
            return texts.get("ui.firstRun.portInvalid");
        }
    }

    public String accountProblem() {
        return account.get().isBlank() ? texts.get("ui.firstRun.accountRequired") : null;
    }

    private ConnectionChoice currentOrNull() {
        if (!shared.get()) {
            return ConnectionChoice.embedded();
        }
        if (hostProblem() != null || portProblem() != null || accountProblem() != null) {
            return null;
        }
        int p = jdbcUrl.get().isBlank() ? Integer.parseInt(port.get().trim()) : 0;
        return new ConnectionChoice(kind.get(), host.get().trim(), p, jdbcUrl.get().trim(), account.get().trim(),
                password.get());
    }

    /** Tries the shared database in the background and says what answered, or why nothing did. */
    public void test() {
        ConnectionChoice choice = currentOrNull();
        if (choice == null) {
            String problem = hostProblem() != null ? hostProblem() : portProblem() != null ? portProblem() : accountProblem();
            message.set(problem);
            return;
        }
        busy.set(true);
        tested.set(null);
        message.set(texts.get("ui.firstRun.testing"));
        executor.run(() -> tester.test(choice), found -> {
            busy.set(false);
            tested.set(choice);
            message.set(texts.get("ui.firstRun.tested", found));
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

    public ObjectProperty<ConnectionChoice.Kind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty passwordProperty() {
        return password;
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
