package it.ordo.ui.support;

import it.ordo.application.support.AttachmentFile;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketPage;
import it.ordo.application.support.TicketQuery;
import it.ordo.application.support.TicketRow;
import it.ordo.application.support.TicketService;
import it.ordo.application.support.TicketView;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.PagedSearch;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import it.ordo.ui.TypingPause;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The ticket queue and the ticket open beside it. Filters: text (number,
 * subject, thread), status, priority, "mine" (given to the signed-in user)
 * and "overdue"; the list is paged by the database, newest first. On the
 * open ticket the agent replies (the reply goes to the customer by e-mail
 * through the outbox), writes an internal note, moves the status, and
 * keeps or opens attachments.
 */
public final class TicketsViewModel {

    static final int PAGE = 50;

    private final TicketService tickets;
    private final Texts texts;
    private final TaskExecutor executor;
    private final String me;
    private final PagedSearch<TicketQuery, TicketRow> search;
    private final LatestTask detailTask;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<TicketStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketPriority> priority = new SimpleObjectProperty<>();
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final BooleanProperty overdue = new SimpleBooleanProperty();

    private final ObjectProperty<TicketView> ticket = new SimpleObjectProperty<>();
    private final StringProperty draft = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TicketsViewModel(TicketService tickets, Texts texts, TaskExecutor executor, String me, TypingPause pause) {
        this.tickets = tickets;
        this.texts = texts;
        this.executor = executor;
        this.me = me;
        this.detailTask = executor.latestOnly();
        this.search = new PagedSearch<>(executor, PAGE, this::query, q -> {
            TicketPage page = tickets.search(q);
            return new PagedSearch.Page<>(page.rows(), page.total(), page.offset());
        }, pause).pageText(texts, "care.tickets.page", "care.tickets.none")
                .onFailure(e -> message.set(Problems.describe(texts, e)));
        status.addListener((o, a, b) -> search.search());
        priority.addListener((o, a, b) -> search.search());
        mine.addListener((o, a, b) -> search.search());
        overdue.addListener((o, a, b) -> search.search());
    }

    private TicketQuery query(int offset, int limit) {
        String t = text.get() == null ? "" : text.get().strip();
        return new TicketQuery(t.isEmpty() ? null : t, null, null, null, null, status.get(),
                mine.get() ? me : null, offset, limit, priority.get(), overdue.get());
    }

    public PagedSearch<TicketQuery, TicketRow> search() {
        return search;
    }

    /** Opens a ticket of the list beside it (null: nothing open). */
    public void open(String number) {
        if (number == null) {
            detailTask.cancel();
            ticket.set(null);
            return;
        }
        detailTask.run(() -> tickets.show(number), ticket::set, this::failed);
    }

    /**
     * Opens a new ticket; a missing customer or subject is said here, the
     * rest (a customer that does not exist, an order of another customer) by
     * the use case. The new ticket is shown and the list read again.
     */
    public void create(String customerCode, String orderNumber, TicketCategory category, TicketPriority level,
                       String subject, String description, Runnable done) {
        String code = customerCode == null ? "" : customerCode.strip();
        if (code.isEmpty()) {
            message.set(texts.get("care.tickets.new.customerMissing"));
            return;
        }
        if (subject == null || subject.isBlank()) {
            message.set(texts.get("care.tickets.new.subjectMissing"));
            return;
        }
        String order = orderNumber == null ? "" : orderNumber.strip();
        NewTicket ticket = new NewTicket(code, category, level, subject.strip(), description,
                order.isEmpty() ? List.of() : List.of(order), List.of());
        message.set("");
        change(() -> tickets.open(ticket), opened -> {
            message.set(texts.get("care.tickets.opened", opened.number()));
            done.run();
        });
    }

    /** Sends what the agent wrote to the customer (by e-mail, in the customer's language). */
    public void reply() {
        write(number -> tickets.reply(number, draft.get()), "care.tickets.replied");
    }

    /** Keeps what the agent wrote as a note for colleagues only. */
    public void note() {
        write(number -> tickets.note(number, draft.get()), "care.tickets.noted");
    }

    private void write(java.util.function.Function<String, TicketView> action, String doneKey) {
        TicketView t = ticket.get();
        if (t == null || draft.get() == null || draft.get().isBlank()) {
            message.set(texts.get("care.tickets.writeFirst"));
            return;
        }
        change(() -> action.apply(t.number()), done -> {
            draft.set("");
            message.set(texts.get(doneKey, done.number()));
        });
    }

    public void changeStatus(TicketStatus to) {
        TicketView t = ticket.get();
        if (t != null && to != null) {
            change(() -> tickets.changeStatus(t.number(), to), done -> message.set(texts.get("care.tickets.statusChanged",
                    done.number(), texts.get("care.ticket.status." + done.status().name()))));
        }
    }

    public void assignToMe() {
        TicketView t = ticket.get();
        if (t != null) {
            change(() -> tickets.assign(t.number(), me), done -> message.set(texts.get("care.tickets.assigned",
                    done.number(), me)));
        }
    }

    /** Keeps a file with the ticket; the bytes were read on the workstation. */
    public void attach(String fileName, byte[] content) {
        TicketView t = ticket.get();
        if (t != null) {
            change(() -> tickets.attach(t.number(), fileName, content), done -> message.set(texts.get(
                    "care.tickets.attached", fileName)));
        }
    }

    /** Fetches an attachment's bytes in the background, for the screen to save and show. */
    public void attachment(long id, Consumer<AttachmentFile> then) {
        TicketView t = ticket.get();
        if (t != null) {
            executor.run(() -> tickets.attachment(t.number(), id), then, this::failed);
        }
    }

    private void change(Callable<TicketView> work, Consumer<TicketView> then) {
        busy.set(true);
        executor.run(work, done -> {
            busy.set(false);
            ticket.set(done);
            then.accept(done);
            search.refreshQuietly();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<TicketStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<TicketPriority> priorityProperty() {
        return priority;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public BooleanProperty overdueProperty() {
        return overdue;
    }

    public ReadOnlyObjectProperty<TicketView> ticketProperty() {
        return ticket;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
