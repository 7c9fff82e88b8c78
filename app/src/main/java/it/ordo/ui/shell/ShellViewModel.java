package it.ordo.ui.shell;

import it.ordo.application.security.Guard;
import it.ordo.application.security.Session;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: who is signed in, which places their roles open,
 * which database this is and whether it still answers, and the last notice.
 */
public final class ShellViewModel {

    private final Texts texts;
    private final TaskExecutor executor;
    private final Guard access;
    private final Callable<?> ping;
    private final Clock clock;
    private final String userLine;
    private final String databaseLine;
    private final StringProperty health = new SimpleStringProperty("");
    private final BooleanProperty healthy = new SimpleBooleanProperty(true);
    private final StringProperty notice = new SimpleStringProperty("");
    private boolean checking;
    private ZonedDateTime lastGood;

    /**
     * @param where null for the embedded database, else the server ("office-server:1527")
     * @param ping  a cheap read that fails when the database no longer answers
     */
    public ShellViewModel(Texts texts, TaskExecutor executor, Session session, Guard access, String where,
                          Callable<?> ping, Clock clock) {
        this.texts = texts;
        this.executor = executor;
        this.access = access;
        this.ping = ping;
        this.clock = clock;
        this.userLine = texts.get("ui.shell.user", session.username(), session.roles().stream().sorted()
                .map(r -> texts.get("ui.role." + r.name())).collect(Collectors.joining(", ")));
        this.databaseLine = where == null ? texts.get("ui.shell.embedded") : texts.get("ui.shell.server", where);
        this.lastGood = ZonedDateTime.now(clock);
        health.set(texts.get("ui.shell.healthy"));
    }

    /** The places this user may go, in menu order. */
    public List<NavEntry> entries() {
        return Arrays.stream(NavEntry.values()).filter(e -> access.allows(e.permission())).toList();
    }

    public boolean allows(NavEntry entry) {
        return access.allows(entry.permission());
    }

    /** Asks the database whether it still answers; called every few seconds by the view. */
    public void checkHealth() {
        if (checking) {
            return;
        }
        checking = true;
        executor.run(ping, ok -> {
            checking = false;
            lastGood = ZonedDateTime.now(clock);
            healthy.set(true);
            health.set(texts.get("ui.shell.healthy"));
        }, error -> {
            checking = false;
            healthy.set(false);
            health.set(texts.get("ui.shell.unhealthy", texts.dateTime(lastGood)));
        });
    }

    public void notify(String message) {
        notice.set(message);
    }

    public String userLine() {
        return userLine;
    }

    public String databaseLine() {
        return databaseLine;
    }

    public ReadOnlyStringProperty healthProperty() {
        return health;
    }

    public ReadOnlyBooleanProperty healthyProperty() {
        return healthy;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** For tests and the status bar: the roles as the user reads them. */
    public static String roleName(Texts texts, Role role) {
        return texts.get("ui.role." + role.name());
    }
}
