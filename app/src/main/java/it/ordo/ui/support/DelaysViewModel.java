package it.ordo.ui.support;

import it.ordo.application.notification.DelayRow;
import it.ordo.application.notification.MailService;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Customer service's Delays list: orders still to leave that are late,
 * without a date, or later than the customer asked, with when the customer
 * was last told; "warn the customer" writes the delay e-mail now.
 */
public final class DelaysViewModel {

    static final int SHOWN = 500;

    private final MailService mail;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask listTask;
    private final ObservableList<DelayRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DelaysViewModel(MailService mail, Texts texts, TaskExecutor executor) {
        this.mail = mail;
        this.texts = texts;
        this.executor = executor;
        this.listTask = executor.latestOnly();
    }

    public void refresh() {
        listTask.run(() -> mail.delays(SHOWN), rows::setAll, this::failed);
    }

    public void warn(DelayRow row) {
        busy.set(true);
        executor.run(() -> mail.warnOfDelay(row.orderNumber()), done -> {
            busy.set(false);
            message.set(texts.get("care.delays.warned", row.orderNumber(), row.customerName()));
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ObservableList<DelayRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
