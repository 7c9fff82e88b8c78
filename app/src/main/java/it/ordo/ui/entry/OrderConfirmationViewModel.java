package it.ordo.ui.entry;

import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.i18n.Texts;
import it.ordo.ui.ConfirmationFile;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * Ctrl+Enter and what follows: the order is checked field by field, sent,
 * and its result shown (number, status, backordered lines, hold reason),
 * with the confirmation PDF on request.
 */
public final class OrderConfirmationViewModel {

    private final OrderService orders;
    private final OrderDraftService draftService;
    private final OrderDocumentService documents;
    private final Texts texts;
    private final TaskExecutor executor;
    private final CustomerPickerViewModel picker;
    private final OrderHeaderViewModel header;
    private final CodeEntryViewModel code;
    private final OrderLinesViewModel lines;
    private final StringProperty message;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<OrderView> result = new SimpleObjectProperty<>();
    private Runnable onConfirmed = () -> { };
    private Consumer<String> notifier = text -> { };

    OrderConfirmationViewModel(OrderService orders, OrderDraftService draftService, OrderDocumentService documents,
                               Texts texts, TaskExecutor executor, CustomerPickerViewModel picker,
                               OrderHeaderViewModel header, CodeEntryViewModel code, OrderLinesViewModel lines,
                               StringProperty message) {
        this.orders = orders;
        this.draftService = draftService;
        this.documents = documents;
        this.texts = texts;
        this.executor = executor;
        this.picker = picker;
        this.header = header;
        this.code = code;
        this.lines = lines;
        this.message = message;
    }

    /** Who hears about a confirmed order (the status bar). */
    void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier == null ? text -> { } : notifier;
    }

    /** What else happens once the order is placed (the draft keeping forgets it). */
    void setOnConfirmed(Runnable onConfirmed) {
        this.onConfirmed = onConfirmed;
    }

    /**
     * Checks the fields first (each problem on its field and in the message);
     * sends nothing until the order is valid. Returns whether the order was sent.
     */
    boolean confirm() {
        if (busy.get() || result.get() != null) {
            return false;
        }
        List<String> problems = new ArrayList<>();
        if (!picker.usable()) {
            problems.add(picker.errorProperty().get());
        }
        if (lines.lines().isEmpty()) {
            String none = texts.get("entry.lines.none");
            code.refuse(none);
            problems.add(none);
        }
        for (int i = 0; i < lines.lines().size(); i++) {
            EntryLine l = lines.lines().get(i);
            if (l.state() == EntryLine.State.ERROR) {
                problems.add(texts.get("entry.line.problem", i + 1, l.error()));
            } else if (l.state() == EntryLine.State.QUOTING) {
                problems.add(texts.get("entry.line.problem", i + 1, texts.get("entry.line.quoting")));
            }
        }
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems));
            return false;
        }
        OrderRequest request = header.request(picker.code(), OrderLinesViewModel.requests(lines.lines()));
        busy.set(true);
        message.set(texts.get("entry.confirming"));
        executor.run(() -> {
            OrderView placed = orders.place(request);
            documents.keepConfirmation(placed.number());
            try {
                draftService.discard();
            } catch (RuntimeException ignored) {
                // the order is placed; a draft left behind is offered again and can be discarded by hand
            }
            return placed;
        }, placed -> {
            busy.set(false);
            onConfirmed.run();
            result.set(placed);
            message.set(null);
            notifier.accept(texts.get("entry.confirmed.notice", placed.number(), texts.get("entry.status." + placed.status())));
        }, e -> {
            busy.set(false);
            message.set(Problems.describe(texts, e));
        });
        return true;
    }

    /** The lines of the confirmed order that wait for goods, as "P1 × 5 backordered, promised 3 Dec 2026". */
    public List<String> backorderedLines() {
        OrderView placed = result.get();
        if (placed == null) {
            return List.of();
        }
        return placed.lines().stream().filter(l -> l.backordered().signum() > 0)
                .map(l -> texts.get("entry.result.backordered", l.lineNo(), l.sku(), l.description(),
                        texts.number(l.backordered()), l.promisedDate() == null ? texts.get("entry.availability.noDate")
                                : texts.date(l.promisedDate())))
                .toList();
    }

    /** Why the confirmed order waits (credit, blocked customer); empty when it does not. */
    public String holdReason() {
        OrderView placed = result.get();
        return placed == null || placed.holdReason() == null ? "" : texts.render(placed.holdReason());
    }

    /**
     * Ctrl+P on the result: writes the order confirmation PDF to a temporary
     * file in the background and hands the file over (to open it).
     */
    public void printConfirmation(Consumer<Path> open) {
        OrderView placed = result.get();
        if (placed == null || busy.get()) {
            return;
        }
        String number = placed.number();
        busy.set(true);
        message.set(texts.get("entry.pdf.writing"));
        executor.run(() -> ConfirmationFile.write(documents, number), file -> {
            busy.set(false);
            message.set(null);
            open.accept(file);
        }, e -> {
            busy.set(false);
            message.set(Problems.describe(texts, e));
        });
    }

    /** The next order: the result goes. */
    void clear() {
        result.set(null);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<OrderView> resultProperty() {
        return result;
    }
}
