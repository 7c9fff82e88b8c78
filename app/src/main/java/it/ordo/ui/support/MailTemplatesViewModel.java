package it.ordo.ui.support;

import it.ordo.application.notification.MailService;
import it.ordo.application.notification.MailTemplateRow;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.List;
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
 * The administrator's editor of the customer e-mails: every template in
 * Italian and English, the texts of the one chosen, a preview filled from a
 * real order, save (refused naming the placeholder that cannot be filled) and
 * back to the shipped text.
 */
public final class MailTemplatesViewModel {

    private final MailService mail;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ObservableList<MailTemplateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MailTemplateRow> selected = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty previewOrder = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MailTemplatesViewModel(MailService mail, Texts texts, TaskExecutor executor) {
        this.mail = mail;
        this.texts = texts;
        this.executor = executor;
    }

    public void load() {
        executor.run(mail::templates, this::loaded, this::failed);
    }

    private void loaded(List<MailTemplateRow> all) {
        MailTemplateRow before = selected.get();
        rows.setAll(all);
        if (before != null) {
            all.stream().filter(r -> r.key() == before.key() && r.language().equals(before.language())).findFirst()
                    .ifPresent(this::select);
        }
    }

    /** Puts the template's texts in the editor (what was typed in another one and not saved is dropped). */
    public void select(MailTemplateRow row) {
        selected.set(row);
        subject.set(row == null ? "" : row.subject());
        body.set(row == null ? "" : row.body());
        preview.set("");
    }

    public void save() {
        MailTemplateRow row = selected.get();
        if (row == null) {
            return;
        }
        String s = subject.get();
        String b = body.get();
        busy.set(true);
        executor.run(() -> mail.saveTemplate(row.key(), row.language(), s, b), saved -> {
            busy.set(false);
            message.set(texts.get("care.templates.saved", texts.get("care.template." + saved.key().name()),
                    saved.language()));
            selected.set(saved);
            load();
        }, this::failed);
    }

    public void reset() {
        MailTemplateRow row = selected.get();
        if (row == null) {
            return;
        }
        busy.set(true);
        executor.run(() -> mail.resetTemplate(row.key(), row.language()), shipped -> {
            busy.set(false);
            message.set(texts.get("care.templates.resetDone", texts.get("care.template." + shipped.key().name()),
                    shipped.language()));
            select(shipped);
            load();
        }, this::failed);
    }

    /** The texts as they stand in the editor, saved or not, filled from the order typed. */
    public void preview() {
        MailTemplateRow row = selected.get();
        if (row == null) {
            return;
        }
        String order = previewOrder.get() == null ? "" : previewOrder.get().strip();
        if (order.isEmpty()) {
            message.set(texts.get("care.templates.previewOrderMissing"));
            return;
        }
        String s = subject.get();
        String b = body.get();
        busy.set(true);
        executor.run(() -> mail.previewTemplate(row.key(), row.language(), s, b, order), r -> {
            busy.set(false);
            message.set("");
            preview.set(r.subject() + "\n\n" + r.body());
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ObservableList<MailTemplateRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<MailTemplateRow> selectedProperty() {
        return selected;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty previewOrderProperty() {
        return previewOrder;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
