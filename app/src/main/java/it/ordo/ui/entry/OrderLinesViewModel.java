package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderDraft;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The order's lines, each quoted as it is typed (price, availability, promise
 * date), and the totals with VAT per rate as confirmation will compute them.
 * A line is promised only what the lines before it of the same product leave.
 */
public final class OrderLinesViewModel {

    /** What the lines tell the rest of the screen. */
    interface Events {
        /** The operator changed the lines (kept with the draft at the next save). */
        void edited();

        /** A quote came back: a good moment to keep the draft. */
        void settled();

        /** Something to show in the screen's message line (null clears it). */
        void say(String message);

        /** News about the order the operator should see at a glance (a line removed, put back). */
        void tell(String notice);

        /** A line just typed cannot be ordered: true when it went back to the fields. */
        boolean takeBack(EntryLine line, String why, boolean quantityProblem);
    }

    private final OrderEntryService entry;
    private final ReadOnlyObjectProperty<CustomerView> customer;
    /** The channel chosen on the screen: lines are quoted and totalled as an order from it will be confirmed. */
    private final ObservableObjectValue<Channel> channel;
    private final QuantityText quantities;
    private final Texts texts;
    private final TaskExecutor executor;
    private final Events events;
    private final LatestTask preview;
    private final ObservableList<EntryLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper allQuoted = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<EntryLine.State> recount = (o, was, now) -> recount();
    private final ObjectProperty<BigDecimal> netTotal = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> vatTotal = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> grossTotal = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObservableList<OrderView.VatRow> vatRows = FXCollections.observableArrayList();
    /** Why confirmation would hold the order, as the preview's one credit rule says; empty when it would not. */
    private final ReadOnlyStringWrapper creditWarning = new ReadOnlyStringWrapper();
    /** The line Delete removed last and where it was: Ctrl+Z puts it back. */
    private EntryLine removed;
    private int removedAt;

    OrderLinesViewModel(OrderEntryService entry, ReadOnlyObjectProperty<CustomerView> customer,
                        ObservableObjectValue<Channel> channel, QuantityText quantities, Texts texts,
                        TaskExecutor executor, Events events) {
        this.entry = entry;
        this.customer = customer;
        this.channel = channel;
        this.quantities = quantities;
        this.texts = texts;
        this.executor = executor;
        this.events = events;
        this.preview = executor.latestOnly();
        // Whether every line is priced follows the lines and each line's state, for the Confirm button.
        lines.addListener((ListChangeListener<EntryLine>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(l -> l.stateProperty().removeListener(recount));
                c.getAddedSubList().forEach(l -> l.stateProperty().addListener(recount));
            }
            recount();
        });
    }

    private void recount() {
        allQuoted.set(!lines.isEmpty() && lines.stream().allMatch(EntryLine::quoted));
    }

    /** A line typed in the code row joins the order at once, quoted in the background. */
    EntryLine add(CodeEntryViewModel.Typed typed) {
        EntryLine line = newLine(typed.code(), typed.quantityText(), typed.quantity());
        lines.add(line);
        events.edited();
        quote(line, true);
        return line;
    }

    /** The lines of a restored draft, quoted again (prices and stock may have moved since). */
    void restore(List<OrderDraft.Line> drafted) {
        for (OrderDraft.Line l : drafted) {
            lines.add(newLine(l.code(), l.quantity(), quantities.parse(l.quantity()).orElse(BigDecimal.ONE)));
        }
        for (EntryLine line : List.copyOf(lines)) {
            quote(line, false);
        }
    }

    private EntryLine newLine(String code, String quantityText, BigDecimal quantity) {
        return new EntryLine(code, quantityText, quantity, executor.latestOnly());
    }

    /** A quantity edited in the table. Returns false (the line keeps its quantity) when it is not sensible. */
    public boolean changeQuantity(EntryLine line, String text) {
        String[] problem = new String[1];
        Optional<BigDecimal> qty = quantities.check(text == null ? "" : text.trim(), m -> problem[0] = m);
        if (qty.isEmpty()) {
            events.say(texts.get("entry.line.problem", lines.indexOf(line) + 1, problem[0]));
            return false;
        }
        events.say(null);
        events.edited();
        line.changeQuantity(text.trim(), qty.get());
        quote(line, false);
        return true;
    }

    /** Delete on a line: it goes, the screen says which, and Ctrl+Z ({@link #undoRemove}) puts it back. */
    public void removeLine(EntryLine line) {
        int index = lines.indexOf(line);
        if (lines.remove(line)) {
            line.quoting().cancel();
            removed = line;
            removedAt = index;
            requoteFrom(index, line.sku());
            events.edited();
            refreshTotals();
            events.settled();
            events.tell(texts.get("entry.line.removed", index + 1, line.sku(), texts.number(line.quantity())));
        }
    }

    /** Ctrl+Z: the line removed last comes back where it was, quoted again. False when there is none. */
    public boolean undoRemove() {
        if (removed == null) {
            return false;
        }
        EntryLine line = removed;
        int at = Math.min(removedAt, lines.size());
        removed = null;
        lines.add(at, line);
        events.edited();
        quote(line, false);
        events.tell(texts.get("entry.line.restored", at + 1, line.sku()));
        return true;
    }

    /** Another customer: other prices, other promises. */
    void requoteAll() {
        for (EntryLine line : List.copyOf(lines)) {
            quote(line, false);
        }
        refreshTotals();
    }

    private void quote(EntryLine line, boolean fresh) {
        if (line.quoted()) {
            preview.cancel(); // totals under way still count this line as it was
        }
        line.requote();
        if (customer.get() == null) {
            line.quoting().cancel();
            return;
        }
        String customerCode = customer.get().code();
        BigDecimal qty = line.quantity();
        BigDecimal earlier = earlierInOrder(line);
        Channel through = channel.get();
        line.quoting().run(() -> entry.quote(customerCode, line.code(), qty, earlier, null, null, through), q -> {
            boolean firstAnswer = line.quote() == null;
            line.quoted(q, earlier);
            if (firstAnswer && earlierInOrder(line).compareTo(earlier) != 0) {
                quote(line, false); // the code was a barcode of a product already on the order
                return;
            }
            requoteLaterLinesOf(line);
            refreshTotals();
            events.settled();
        }, e -> {
            String why = Problems.describe(texts, e);
            boolean quantityProblem = e instanceof DomainException d && d.key().startsWith("quantity.");
            if (fresh && events.takeBack(line, why, quantityProblem)) {
                lines.remove(line);
            } else {
                line.failed(why);
            }
            refreshTotals();
        });
    }

    /** What the lines before this one ask of the same product: confirmation allocates lines in order. */
    private BigDecimal earlierInOrder(EntryLine line) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EntryLine l : lines) {
            if (l == line) {
                break;
            }
            if (l.quantity() != null && sameProduct(l, line)) {
                sum = sum.add(l.quantity());
            }
        }
        return sum;
    }

    private static boolean sameProduct(EntryLine a, EntryLine b) {
        return a.sku().equals(b.sku()) || a.code().equals(b.code());
    }

    /** A line's quantity is settled: later lines of the same product are promised what it leaves. */
    private void requoteLaterLinesOf(EntryLine line) {
        int index = lines.indexOf(line);
        if (index >= 0) {
            requoteFrom(index + 1, line.sku());
        }
    }

    private void requoteFrom(int index, String sku) {
        for (int i = Math.max(0, index); i < lines.size(); i++) {
            EntryLine later = lines.get(i);
            if (later.quote() != null && later.sku().equals(sku)
                    && earlierInOrder(later).compareTo(later.quotedAfter()) != 0) {
                quote(later, false);
            }
        }
    }

    /** The totals as confirmation will compute them, over the lines quoted so far. */
    void refreshTotals() {
        List<EntryLine> quoted = lines.stream().filter(EntryLine::quoted).toList();
        if (customer.get() == null || quoted.isEmpty()) {
            preview.cancel();
            setTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
            return;
        }
        String customerCode = customer.get().code();
        List<OrderRequest.LineRequest> requests = requests(quoted);
        Channel through = channel.get();
        preview.run(() -> entry.preview(customerCode, through, requests), p -> {
            for (int i = 0; i < quoted.size(); i++) {
                quoted.get(i).priced(p.lines().get(i));
            }
            setTotals(p.netTotal(), p.vatTotal(), p.grossTotal(), p.vatSummary());
            creditWarning.set(p.hold() == null ? null : texts.get("entry.credit.willHold", texts.render(p.hold())));
        }, e -> events.say(Problems.describe(texts, e)));
    }

    /** The lines as the order asks for them, by the SKU their quote found. */
    static List<OrderRequest.LineRequest> requests(List<EntryLine> quoted) {
        return quoted.stream().map(l -> new OrderRequest.LineRequest(l.quote().sku(), null, l.quantity())).toList();
    }

    private void setTotals(BigDecimal net, BigDecimal vat, BigDecimal gross, List<OrderView.VatRow> rows) {
        netTotal.set(net);
        vatTotal.set(vat);
        grossTotal.set(gross);
        vatRows.setAll(rows);
        if (gross.signum() == 0) {
            creditWarning.set(null);
        }
    }

    /** The order has lines and every one of them is priced and promised. */
    ReadOnlyBooleanProperty allQuotedProperty() {
        return allQuoted.getReadOnlyProperty();
    }

    void clear() {
        removed = null;
        preview.cancel();
        lines.forEach(l -> l.quoting().cancel());
        lines.clear();
        setTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    public ObservableList<EntryLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<BigDecimal> netTotalProperty() {
        return netTotal;
    }

    public ReadOnlyObjectProperty<BigDecimal> vatTotalProperty() {
        return vatTotal;
    }

    public ReadOnlyObjectProperty<BigDecimal> grossTotalProperty() {
        return grossTotal;
    }

    public ObservableList<OrderView.VatRow> vatRows() {
        return vatRows;
    }

    public ObservableStringValue creditWarningProperty() {
        return creditWarning.getReadOnlyProperty();
    }
}
