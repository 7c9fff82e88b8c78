package it.ordo.ui.customers;

import it.ordo.application.notification.MailService;
import it.ordo.domain.notification.MailKind;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which kinds of e-mail the customer gets: one switch per kind, each change
 * saved at once. A kind switched off keeps its messages in the outbox as
 * skipped, never sent.
 */
public final class CustomerMailViewModel {

    private final MailService mail;
    private final Texts texts;
    private final TaskExecutor executor;
    private final String customerCode;
    private final Map<MailKind, BooleanProperty> receives = new EnumMap<>(MailKind.class);
    private final StringProperty message = new SimpleStringProperty("");
    /** True while switches are set from what the server said, so setting them does not save again. */
    private boolean showing;

    public CustomerMailViewModel(MailService mail, Texts texts, TaskExecutor executor, String customerCode) {
        this.mail = mail;
        this.texts = texts;
        this.executor = executor;
        this.customerCode = customerCode;
        for (MailKind kind : MailKind.values()) {
            BooleanProperty p = new SimpleBooleanProperty(true);
            p.addListener((o, was, now) -> {
                if (!showing) {
                    change(kind, now);
                }
            });
            receives.put(kind, p);
        }
    }

    public void load() {
        executor.run(() -> mail.optedOut(customerCode), this::show, this::failed);
    }

    private void change(MailKind kind, boolean now) {
        executor.run(() -> mail.setReceives(customerCode, kind, now), optedOut -> {
            show(optedOut);
            message.set(texts.get("care.optout.saved", describe(optedOut)));
        }, error -> {
            failed(error);
            load();
        });
    }

    private void show(List<MailKind> optedOut) {
        showing = true;
        try {
            receives.forEach((kind, p) -> p.set(!optedOut.contains(kind)));
        } finally {
            showing = false;
        }
    }

    private String describe(List<MailKind> optedOut) {
        return optedOut.isEmpty() ? texts.get("care.optout.all") : texts.get("care.optout.none",
                optedOut.stream().map(k -> texts.get("care.mail.kind." + k.name())).collect(Collectors.joining(", ")));
    }

    private void failed(Throwable error) {
        message.set(Problems.describe(texts, error));
    }

    public BooleanProperty receivesProperty(MailKind kind) {
        return receives.get(kind);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
