package it.ordo.ui.orders;

import it.ordo.application.audit.AuditService;
import it.ordo.application.audit.OrderHistory;
import it.ordo.application.order.OrderHeaderEdit;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import it.ordo.ui.ConfirmationFile;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One order as the user sees it: header, lines with what they hold and wait
 * for, its history, and the actions its status and the user's roles allow.
 * Every change passes the version shown, so a change based on an order
 * someone else has saved since is refused, said so (who and when) and the
 * order is read again.
 */
public final class OrderDetailViewModel {

    /** One row of the history tab, already in the reader's language. */
    public record HistoryRow(String when, String user, String workstation, String what, String change) {
    }

    /** What a creation row summarises; the rest of a new record's fields would only repeat the order. */
    private static final Map<String, List<String>> CREATED_SUMMARY = Map.of(
            "ORDER", List.of("customer", "channel", "externalRef", "warehouse", "priority", "grossTotal"),
            "LINE", List.of("sku", "quantity", "unitPrice", "discountPct", "allocatedQty", "backorderedQty"));
    private static final Set<String> PREFIXED = Set.of("shipTo", "billingAddress");

    private final OrderService orders;
    private final AuditService audit;
    private final OrderDocumentService documents;
    private final Guard access;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final String number;

    private final ObjectProperty<OrderView> order = new SimpleObjectProperty<>();
    private final ObservableList<OrderView.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canHold = new SimpleBooleanProperty(false);
    private final BooleanProperty canRelease = new SimpleBooleanProperty(false);
    private final BooleanProperty canCancel = new SimpleBooleanProperty(false);
    private final BooleanProperty canPrint = new SimpleBooleanProperty(false);
    private final BooleanProperty canEdit = new SimpleBooleanProperty(false);
    private final BooleanProperty canOpenTicket = new SimpleBooleanProperty(false);
    private final BooleanProperty canOpenReturn = new SimpleBooleanProperty(false);
    private final StringProperty reasonError = new SimpleStringProperty("");
    private Consumer<String> notifier = m -> { };
    /** Reading the order: a newer load supersedes one still running. */
    private final LatestTask loading;

    public OrderDetailViewModel(OrderService orders, AuditService audit, OrderDocumentService documents, Guard access,
                                Texts texts, TaskExecutor executor, ZoneId zone, String number) {
        this.orders = orders;
        this.audit = audit;
        this.documents = documents;
        this.access = access;
        this.texts = texts;
        this.executor = executor;
        this.loading = executor.latestOnly();
        this.zone = zone;
        this.number = number;
    }

    /** Where confirmations of done actions go (the shell's status bar). */
    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier == null ? m -> { } : notifier;
    }

    private record Loaded(OrderView order, OrderHistory history) {
    }

    /** Reads the order and its history again; a message from the last action stays visible. */
    public void load() {
        busy.set(true);
        loading.run(() -> new Loaded(orders.show(number), audit.orderHistory(number)), loaded -> {
            busy.set(false);
            show(loaded.order());
            history.setAll(rows(loaded.history()));
        }, error -> {
            busy.set(false);
            fail(error);
        });
    }

    private void show(OrderView view) {
        order.set(view);
        lines.setAll(view.lines());
        OrderStatus status = view.status();
        canHold.set(access.allows(Permission.HOLD_ORDER) && status.next().contains(OrderStatus.ON_HOLD));
        // A hold taken at confirmation (credit, blocked customer) is released by the credit controller alone.
        canRelease.set(status == OrderStatus.ON_HOLD && access.allows(Permission.RELEASE_ORDER)
                && (!view.creditHold() || access.allows(Permission.RELEASE_CREDIT_HOLD)));
        canCancel.set(access.allows(Permission.CANCEL_ORDER) && status.next().contains(OrderStatus.CANCELLED));
        canPrint.set(access.allows(Permission.PRINT_ORDER_DOCUMENT) && status != OrderStatus.DRAFT
                && status != OrderStatus.ON_HOLD && status != OrderStatus.CANCELLED);
        canEdit.set(access.allows(Permission.PLACE_ORDER) && editable(view, status));
        canOpenTicket.set(access.allows(Permission.HANDLE_TICKETS) && status != OrderStatus.DRAFT);
        // Goods come back only after they left (the return use case says the same).
        canOpenReturn.set(access.allows(Permission.HANDLE_RETURNS) && (status == OrderStatus.SHIPPED
                || status == OrderStatus.PARTIALLY_SHIPPED || status == OrderStatus.DELIVERED));
    }

    /** As the service decides it: until the warehouse starts (a hold taken while picking counts as started). */
    private static boolean editable(OrderView view, OrderStatus status) {
        if (status == OrderStatus.ON_HOLD) {
            return view.heldFrom() == OrderStatus.DRAFT || view.heldFrom() == OrderStatus.CONFIRMED;
        }
        return status == OrderStatus.DRAFT || status == OrderStatus.CONFIRMED;
    }

    /**
     * Saves a new requested date, priority, reference and notes, based on the
     * order shown (a stale copy is refused and the order read again).
     */
    public void edit(OrderHeaderEdit edit) {
        act(version -> orders.editHeader(number, edit, version), "orders.detail.done.edited");
    }

    /** Puts the order on hold; a blank reason is recorded as "put on hold by hand". */
    public void hold(String reason) {
        act(version -> orders.hold(number, blank(reason) ? null : reason.trim(), version), "orders.detail.done.held");
    }

    public void release() {
        act(version -> {
            OrderView released = orders.release(number, version);
            documents.keepConfirmation(released.number());
            return released;
        }, "orders.detail.done.released");
    }

    /** Why a cancellation reason is refused, or null when it will do. */
    public String cancelReasonProblem(String reason) {
        return blank(reason) ? texts.get("orders.detail.cancel.reasonRequired") : null;
    }

    /**
     * Cancels the order with its reason, giving its stock back. An empty
     * reason is refused here, before the service is asked: returns false and
     * says why in {@link #reasonErrorProperty()}.
     */
    public boolean cancel(String reason) {
        String refusal = cancelReasonProblem(reason);
        reasonError.set(refusal == null ? "" : refusal);
        if (refusal != null) {
            return false;
        }
        act(version -> orders.cancel(number, reason.trim(), version), "orders.detail.done.cancelled");
        return true;
    }

    private interface Change {
        OrderView apply(long expectedVersion);
    }

    private void act(Change change, String doneKey) {
        OrderView shown = order.get();
        if (shown == null || busy.get()) {
            return;
        }
        long version = shown.version();
        busy.set(true);
        executor.run(() -> change.apply(version), done -> {
            busy.set(false);
            String text = texts.get(doneKey, done.number());
            say(text, false);
            notifier.accept(text);
            load();
        }, error -> {
            busy.set(false);
            fail(error);
            if (unwrap(error) instanceof StaleDataException) {
                load(); // show what the other user made of it
            }
        });
    }

    /**
     * Writes the confirmation PDF to a temporary file in the background and
     * hands its path to {@code open} (on the JavaFX thread in the desktop).
     */
    public void printConfirmation(Consumer<Path> open) {
        busy.set(true);
        executor.run(() -> ConfirmationFile.write(documents, number), file -> {
            busy.set(false);
            say(texts.get("orders.detail.done.printed", number), false);
            open.accept(file);
        }, error -> {
            busy.set(false);
            fail(error);
        });
    }

    private void fail(Throwable error) {
        say(Problems.describe(texts, error), true);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && !(e instanceof it.ordo.domain.DomainException)
                && (e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.util.concurrent.CompletionException)) {
            e = e.getCause();
        }
        return e;
    }

    // --- history, in the reader's words

    private List<HistoryRow> rows(OrderHistory h) {
        List<HistoryRow> out = new ArrayList<>();
        for (OrderHistory.Entry e : h.entries()) {
            String what = "LINE".equals(e.subject())
                    ? texts.get("cli.history.line", e.lineNo() == null ? "?" : e.lineNo())
                    : "STATUS".equals(e.action()) ? texts.get("cli.history.status") : texts.get("cli.history.order");
            out.add(new HistoryRow(dateTime(e.at()), e.user(), e.workstation() == null ? "" : e.workstation(), what,
                    describe(e)));
        }
        return out;
    }

    private String describe(OrderHistory.Entry e) {
        switch (e.action()) {
            case "STATUS" -> {
                OrderHistory.Change c = e.changes().getFirst();
                String step = status(c.from()) + " → " + status(c.to());
                return e.reason() == null ? step : step + " (" + texts.render(e.reason()) + ")";
            }
            case "CREATED" -> {
                List<String> parts = new ArrayList<>();
                for (String field : CREATED_SUMMARY.getOrDefault(e.subject(), List.of())) {
                    e.changes().stream().filter(c -> c.field().equals(field) && c.to() != null).findFirst()
                            .ifPresent(c -> parts.add(label(field) + " " + value(field, c.to())));
                }
                return texts.get("cli.history.created") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
            }
            case "REMOVED" -> {
                return texts.get("cli.history.removed");
            }
            default -> {
                List<String> parts = new ArrayList<>();
                e.changes().forEach(c -> parts.add(label(c.field()) + ": " + value(c.field(), c.from()) + " → "
                        + value(c.field(), c.to())));
                return String.join("; ", parts);
            }
        }
    }

    private String status(Message m) {
        if (m == null) {
            return texts.get("cli.history.none");
        }
        String raw = texts.render(m);
        String key = "orders.status." + raw;
        return texts.has(key) ? texts.get(key) : raw;
    }

    private String label(String field) {
        int dot = field.indexOf('.');
        if (dot > 0 && PREFIXED.contains(field.substring(0, dot))) {
            return label(field.substring(0, dot)) + " (" + label(field.substring(dot + 1)) + ")";
        }
        String key = "cli.history.field." + field;
        return texts.has(key) ? texts.get(key) : field;
    }

    /** Statuses, channels and priorities by their names in the reader's language. */
    private String value(String field, Message m) {
        String prefix = switch (field) {
            case "status", "heldFrom" -> "orders.status.";
            case "channel" -> "orders.channel.";
            case "priority" -> "orders.priority.";
            default -> null;
        };
        if (prefix != null && m != null && texts.has(prefix + texts.render(m))) {
            return texts.get(prefix + texts.render(m));
        }
        return value(m);
    }

    /** Dates and moments in the reader's format; everything else as recorded. */
    private String value(Message m) {
        if (m == null) {
            return texts.get("cli.history.none");
        }
        if ("text".equals(m.key()) && m.args().getFirst() instanceof String s) {
            if (s.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z")) {
                return dateTime(Instant.parse(s));
            }
            if (s.matches("\\d{4}-\\d\\d-\\d\\d")) {
                return texts.date(LocalDate.parse(s));
            }
        }
        return texts.render(m);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : texts.dateTime(at.atZone(zone));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- properties

    public String number() {
        return number;
    }

    public Texts texts() {
        return texts;
    }

    public ReadOnlyObjectProperty<OrderView> orderProperty() {
        return order;
    }

    public ObservableList<OrderView.Line> lines() {
        return lines;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Whether the message tells of a refusal or failure (rather than something done). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty canHoldProperty() {
        return canHold;
    }

    public ReadOnlyBooleanProperty canReleaseProperty() {
        return canRelease;
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel;
    }

    public ReadOnlyBooleanProperty canPrintProperty() {
        return canPrint;
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError;
    }

    /** Customer service may open a ticket about the order (not a draft: no customer saw it yet). */
    public ReadOnlyBooleanProperty canOpenTicketProperty() {
        return canOpenTicket;
    }

    /** Customer service may authorise a return of the order: once its goods have left. */
    public ReadOnlyBooleanProperty canOpenReturnProperty() {
        return canOpenReturn;
    }
}
