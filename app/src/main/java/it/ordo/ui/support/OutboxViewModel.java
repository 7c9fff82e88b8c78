package it.ordo.ui.support;

import it.ordo.application.notification.MailContent;
import it.ordo.application.notification.MailService;
import it.ordo.application.notification.OutboxRow;
import it.ordo.domain.notification.MailStatus;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer e-mails: what waits, what went, what failed (newest first,
 * by status), the text of one, a failed or stuck message put back in the
 * queue, and "send now" for what is due.
 */
public final class OutboxViewModel {

    static final int SHOWN = 300;

    private final MailService mail;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask listTask;
    private final LatestTask contentTask;
    private final ObjectProperty<MailStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<OutboxRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MailContent> content = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public OutboxViewModel(MailService mail, Texts texts, TaskExecutor executor) {
        this.mail = mail;
        this.texts = texts;
        this.executor = executor;
        this.listTask = executor.latestOnly();
        this.contentTask = executor.latestOnly();
        status.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        MailStatus s = status.get();
        listTask.run(() -> mail.outbox(s, 0, SHOWN), rows::setAll, this::failed);
    }

    public void show(OutboxRow row) {
        if (row == null) {
            contentTask.cancel();
            content.set(null);
            return;
        }
        contentTask.run(() -> mail.content(row.id()), content::set, this::failed);
    }

    /** A failed message, or one a stopped sender left SENDING, goes back in the queue (after a person checked it). */
    public void retry(OutboxRow row) {
        busy.set(true);
        executor.run(() -> mail.retry(row.id()), done -> {
            busy.set(false);
            message.set(texts.get("care.outbox.requeued", done.id()));
            refresh();
        }, this::failed);
    }

    /** Sends what is due now instead of waiting for the sender's next round. */
    public void sendNow() {
        busy.set(true);
        executor.run(mail::sendPending, report -> {
            busy.set(false);
            message.set(report.configured() ? texts.get("care.outbox.sent", report.sent(), report.retrying(),
                    report.failed(), report.skipped()) : texts.get("care.outbox.noServer"));
            refresh();
        }, this::failed);
    }

    /**
     * Sets aside what still waits from before {@code day} (the administrator switching e-mail on after months
     * of orders), once the person has agreed to it.
     */
    public void setAsideBefore(LocalDate day) {
        busy.set(true);
        executor.run(() -> mail.setAsideBefore(day), count -> {
            busy.set(false);
            message.set(texts.get("care.outbox.setAside.done", count, texts.date(day)));
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ObjectProperty<MailStatus> statusProperty() {
        return status;
    }

    public ObservableList<OutboxRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<MailContent> contentProperty() {
        return content;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
