package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.i18n.Texts;
import it.ordo.ui.ConfirmationFile;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The New order screen, tested without a window: it wires the sections
 * (customer picker, header, code entry, lines and totals, draft keeping),
 * each a view model of its own, and holds what concerns the order as a whole:
 * confirmation, its result, the message line, starting over.
 */
public final class NewOrderViewModel {

    private final OrderService orders;
    private final OrderDocumentService documents;
    private final Texts texts;
    private final TaskExecutor executor;
    private final CustomerPickerViewModel picker;
    private final OrderHeaderViewModel header = new OrderHeaderViewModel();
    private final CodeEntryViewModel code;
    private final OrderLinesViewModel lines;
    private final DraftKeepingViewModel drafts;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty();
    private final ObjectProperty<OrderView> result = new SimpleObjectProperty<>();
    private final BooleanBinding canConfirm;
    private final OrderDraftService draftService;
    private Consumer<String> notifier = text -> { };

    public NewOrderViewModel(CustomerService customers, OrderService orders, OrderEntryService entry,
                             OrderDraftService drafts, OrderDocumentService documents, Texts texts,
                             TaskExecutor executor) {
        this(customers, orders, entry, drafts, documents, texts, executor, ZoneId.systemDefault());
    }

    NewOrderViewModel(CustomerService customers, OrderService orders, OrderEntryService entry,
                      OrderDraftService drafts, OrderDocumentService documents, Texts texts,
                      TaskExecutor executor, ZoneId zone) {
        this.orders = orders;
        this.documents = documents;
        this.draftService = drafts;
        this.texts = texts;
        this.executor = executor;
        QuantityText quantities = new QuantityText(texts);
        this.picker = new CustomerPickerViewModel(customers, orders, texts, executor);
        this.code = new CodeEntryViewModel(entry, picker, quantities, texts, executor);
        this.lines = new OrderLinesViewModel(entry, picker.customerProperty(), quantities, texts, executor,
                new OrderLinesViewModel.Events() {
                    @Override
                    public void edited() {
                        NewOrderViewModel.this.drafts.touched();
                    }

                    @Override
                    public void settled() {
                        NewOrderViewModel.this.drafts.saveIfDirty();
                    }

                    @Override
                    public void say(String text) {
                        message.set(text);
                    }

                    @Override
                    public boolean takeBack(EntryLine line, String why, boolean quantityProblem) {
                        return code.takeBack(line, why, quantityProblem);
                    }
                });
        this.drafts = new DraftKeepingViewModel(drafts, customers, picker, header, lines, texts, executor, zone,
                message::set, () -> result.get() != null);
        picker.setOnChosen(this::customerChosen);
        this.canConfirm = Bindings.createBooleanBinding(() -> {
            CustomerView c = picker.customerProperty().get();
            return !busy.get() && result.get() == null && c != null && !c.blocked() && lines.allQuoted();
        }, busy, result, picker.customerProperty(), lines.lines());
    }

    /** Who hears about a confirmed order (the status bar). */
    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier == null ? text -> { } : notifier;
    }

    private void customerChosen(CustomerView chosen) {
        header.customerChanged(chosen, true);
        drafts.touched();
        lines.requoteAll();
        drafts.saveIfDirty();
    }

    /** Opens the screen for a customer given by code (from the customer list, say); see {@link DraftKeepingViewModel}. */
    public void openFor(String customerCode) {
        drafts.openFor(customerCode);
    }

    /**
     * Enter on the quantity: the line joins the order at once, quoted in the
     * background; the fields empty for the next line. Refused (false, with
     * the reason on the field) without a customer, a code, or a sensible quantity.
     */
    public boolean addLine() {
        return code.take().map(lines::add).isPresent();
    }

    /**
     * Ctrl+Enter: checks the fields first (each problem on its field and in
     * the message); sends nothing until the order is valid. Returns whether
     * the order was sent.
     */
    public boolean confirm() {
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
        problems.addAll(lines.problems());
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems));
            return false;
        }
        OrderRequest request = header.request(picker.code(), OrderLinesViewModel.requests(lines.lines()));
        busy.set(true);
        message.set(texts.get("entry.confirming"));
        executor.run(() -> {
            OrderView placed = orders.place(request);
            try {
                draftService.discard();
            } catch (RuntimeException ignored) {
                // the order is placed; a draft left behind is offered again and can be discarded by hand
            }
            return placed;
        }, placed -> {
            busy.set(false);
            drafts.reset();
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

    /** Ctrl+N: an empty order for the next call. */
    public void newOrder() {
        drafts.quietly(() -> {
            picker.clear();
            header.clear();
            code.clear();
            lines.clear();
        });
        result.set(null);
        message.set(null);
        drafts.reset();
    }

    /** "Discard" (after the view asked): the order typed so far and its draft are thrown away. */
    public void discardDraft() {
        newOrder();
        drafts.discard();
    }

    /** Keeps the order typed so far (on closing the tab, after a pause in the header). */
    public void saveDraftIfDirty() {
        drafts.saveIfDirty();
    }

    /** On opening without a customer: the draft the user left, if any, comes back and says so. */
    public void restoreDraft() {
        drafts.restore();
    }

    public Texts texts() {
        return texts;
    }

    // ------------------------------------------------------------------ the sections

    public CustomerPickerViewModel customerPicker() {
        return picker;
    }

    public OrderHeaderViewModel header() {
        return header;
    }

    public CodeEntryViewModel codeEntry() {
        return code;
    }

    public OrderLinesViewModel orderLines() {
        return lines;
    }

    public DraftKeepingViewModel drafts() {
        return drafts;
    }

    // ------------------------------------------------------------------ the order as a whole

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<OrderView> resultProperty() {
        return result;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    // What the end-to-end tests and the desktop benchmark watch, without knowing the sections.

    public ReadOnlyObjectProperty<CustomerView> customerProperty() {
        return picker.customerProperty();
    }

    public ObservableList<EntryLine> lines() {
        return lines.lines();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return code.codeErrorProperty();
    }

    public ReadOnlyObjectProperty<LineQuote> codeQuoteProperty() {
        return code.codeQuoteProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> netTotalProperty() {
        return lines.netTotalProperty();
    }
}
