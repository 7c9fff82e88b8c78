package it.ordo.ui.support;

import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.returns.CreditNote;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.returns.ReturnService;
import it.ordo.application.returns.ReturnView;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Returns: the newest returns (of one customer when a code is typed), a new
 * return from an order's shipped lines (authorised at once, or recorded as a
 * request to authorise or refuse later), receiving and inspecting (each line
 * to stock, quarantine or scrap), closing as the customer wished, and
 * accounting's list of the credit notes of a period.
 */
public final class ReturnsViewModel {

    static final int SHOWN = 200;

    private final ReturnService returns;
    private final OrderService orders;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask listTask;
    private final LatestTask notesTask;

    private final StringProperty customer = new SimpleStringProperty("");
    /**
     * The days the returns listed were authorised in (the dashboard's return rate opens the list on its
     * month); both null for the newest returns of any day.
     */
    private final ObjectProperty<LocalDate> authorisedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> authorisedTo = new SimpleObjectProperty<>();
    private final ObservableList<ReturnView> rows = FXCollections.observableArrayList();
    private final ObservableList<CreditNote> notes = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** A line of the order on the new-return form: what was sold, and how much comes back (text as typed). */
    public static final class DraftLine {
        final OrderView.Line line;
        final StringProperty quantity = new SimpleStringProperty("");

        DraftLine(OrderView.Line line) {
            this.line = line;
        }

        public OrderView.Line line() {
            return line;
        }

        public StringProperty quantityProperty() {
            return quantity;
        }
    }

    public ReturnsViewModel(ReturnService returns, OrderService orders, Texts texts, TaskExecutor executor,
                            LocalDate today) {
        this.returns = returns;
        this.orders = orders;
        this.texts = texts;
        this.executor = executor;
        this.listTask = executor.latestOnly();
        this.notesTask = executor.latestOnly();
        this.from.set(today.withDayOfMonth(1));
        this.to.set(today);
    }

    public void refresh() {
        String code = customer.get() == null || customer.get().isBlank() ? null : customer.get().strip();
        LocalDate f = authorisedFrom.get();
        LocalDate t = authorisedTo.get();
        if (f != null && t != null) {
            listTask.run(() -> returns.authorised(f, t, 0, SHOWN), rows::setAll, this::failed);
            return;
        }
        listTask.run(() -> returns.list(code, 0, SHOWN), rows::setAll, this::failed);
    }

    /** Only the returns authorised on these days, of every customer: the list behind the return rate. */
    public void showAuthorised(LocalDate fromDay, LocalDate toDay) {
        customer.set("");
        authorisedTo.set(toDay); // before the first day, whose change the screen's line follows
        authorisedFrom.set(fromDay);
        refresh();
    }

    /** Back to the newest returns of any day. */
    public void showAll() {
        authorisedFrom.set(null);
        authorisedTo.set(null);
        refresh();
    }

    /** What narrows the list to a period, for the line above it; empty when it shows every day. */
    public String periodText() {
        return authorisedFrom.get() == null ? ""
                : texts.get("care.returns.authorisedIn", authorisedFrom.get(), authorisedTo.get());
    }

    public ReadOnlyObjectProperty<LocalDate> authorisedFromProperty() {
        return authorisedFrom;
    }

    public void refreshNotes() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null) {
            message.set(texts.get("care.returns.periodMissing"));
            return;
        }
        notesTask.run(() -> returns.creditNotes(f, t), notes::setAll, this::failed);
    }

    /** The order a new return is taken from, with its lines; refused here when it never left. */
    public void loadOrder(String number, Consumer<List<DraftLine>> then) {
        String n = number == null ? "" : number.strip();
        if (n.isEmpty()) {
            message.set(texts.get("care.returns.orderMissing"));
            return;
        }
        executor.run(() -> orders.show(n), order -> then.accept(order.lines().stream().map(DraftLine::new).toList()),
                this::failed);
    }

    /**
     * Requests the return of the lines given a quantity, and authorises it at once when {@code authorise}. A
     * quantity that is not a number is named by its line and nothing is sent.
     */
    public void create(String orderNumber, String ticketNumber, String reason, ReturnWish wish, List<DraftLine> lines,
                       String override, boolean authorise, Consumer<ReturnView> then) {
        List<NewReturn.LineQty> asked = new ArrayList<>();
        for (DraftLine d : lines) {
            String q = d.quantity.get() == null ? "" : d.quantity.get().strip().replace(',', '.');
            if (q.isEmpty()) {
                continue;
            }
            try {
                asked.add(new NewReturn.LineQty(d.line.lineNo(), new BigDecimal(q)));
            } catch (NumberFormatException e) {
                message.set(texts.get("care.returns.badQuantity", d.line.lineNo(), d.quantity.get()));
                return;
            }
        }
        NewReturn request = new NewReturn(orderNumber == null ? null : orderNumber.strip(),
                ticketNumber == null || ticketNumber.isBlank() ? null : ticketNumber.strip(), reason, wish, asked,
                override == null || override.isBlank() ? null : override);
        change(() -> authorise ? returns.open(request) : returns.request(request), done -> {
            message.set(texts.get(authorise ? "care.returns.created" : "care.returns.requested", done.rmaNumber()));
            then.accept(done);
        });
    }

    public void authorise(ReturnView r) {
        change(() -> returns.authorise(r.rmaNumber()),
                done -> message.set(texts.get("care.returns.authorised", done.rmaNumber())));
    }

    public void refuse(ReturnView r, String reason) {
        change(() -> returns.refuse(r.rmaNumber(), reason),
                done -> message.set(texts.get("care.returns.refused", done.rmaNumber())));
    }

    /**
     * The parcel of an authorised return arrived, or a received return's lines are inspected: {@code outcomes}
     * holds the lines decided now (none when the parcel is only put aside for later).
     */
    public void receive(ReturnView r, List<LineOutcome> outcomes) {
        if (r.status() == ReturnStatus.RECEIVED) {
            if (outcomes.isEmpty()) {
                message.set(texts.get("care.returns.outcomeMissing"));
                return;
            }
            change(() -> returns.inspect(r.rmaNumber(), outcomes),
                    done -> message.set(texts.get("care.returns.inspected", done.rmaNumber(), outcomes.size())));
            return;
        }
        change(() -> returns.receive(r.rmaNumber(), outcomes),
                done -> message.set(texts.get("care.returns.received", done.rmaNumber())));
    }

    public void credit(ReturnView r) {
        change(() -> returns.credit(r.rmaNumber()), done -> {
            message.set(texts.get("care.returns.credited", done.rmaNumber(), done.creditNoteNumber(),
                    texts.money(done.creditGross())));
            refreshNotes();
        });
    }

    /** Settles the return as the customer wished: credit, replacement order or repair. */
    public void close(ReturnView r) {
        change(() -> returns.close(r.rmaNumber()), done -> {
            if (done.replacementOrderNumber() != null) {
                message.set(texts.get("care.returns.replaced", done.rmaNumber(), done.replacementOrderNumber()));
            } else if (done.creditNoteNumber() != null) {
                message.set(texts.get("care.returns.credited", done.rmaNumber(), done.creditNoteNumber(),
                        texts.money(done.creditGross())));
                refreshNotes();
            } else {
                message.set(texts.get("care.returns.repaired", done.rmaNumber()));
            }
        });
    }

    /**
     * What the scanner read at the warehouse: the RMA number of the label on the parcel, found among the
     * returns waiting to be received or inspected (read from the database, not only the page on screen).
     */
    public void scanned(String code, Consumer<ReturnView> then) {
        String rma = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (rma.isEmpty()) {
            return;
        }
        executor.run(() -> returns.show(rma), found -> {
            if (found.status() != ReturnStatus.AUTHORISED && found.status() != ReturnStatus.RECEIVED) {
                message.set(texts.get("care.returns.scannedTwice", found.rmaNumber(),
                        texts.get("care.return.status." + found.status().name())));
                return;
            }
            message.set("");
            then.accept(found);
        }, this::failed);
    }

    /** The credit note's PDF, fetched in the background for the screen to save and open. */
    public void creditNotePdf(String rmaNumber, Consumer<byte[]> then) {
        executor.run(() -> returns.creditNotePdf(rmaNumber), then, this::failed);
    }

    private void change(Callable<ReturnView> work, Consumer<ReturnView> then) {
        busy.set(true);
        executor.run(work, done -> {
            busy.set(false);
            then.accept(done);
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ObservableList<ReturnView> rows() {
        return rows;
    }

    public ObservableList<CreditNote> notes() {
        return notes;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
