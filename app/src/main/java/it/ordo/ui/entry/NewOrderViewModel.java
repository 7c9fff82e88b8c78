package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The New order screen, tested without a window: it builds the sections
 * (customer picker, header, code entry, lines and totals, draft keeping,
 * confirmation), each a view model of its own, wires what one tells the
 * others, and holds the screen's message line.
 */
public final class NewOrderViewModel {

    private final Texts texts;
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();
    /** The notice is about the order before ("Draft discarded."): it goes once the next one starts. */
    private boolean noticeAboutPrevious;
    private final CustomerPickerViewModel picker;
    private final OrderHeaderViewModel header = new OrderHeaderViewModel();
    private final CodeEntryViewModel code;
    private final OrderLinesViewModel lines;
    private final DraftKeepingViewModel drafts;
    private final OrderConfirmationViewModel confirmation;
    private final BooleanBinding canConfirm;
    private boolean choosingCustomer;

    public NewOrderViewModel(CustomerService customers, OrderService orders, OrderEntryService entry,
                             OrderDraftService drafts, OrderDocumentService documents, Texts texts,
                             TaskExecutor executor) {
        this(customers, orders, entry, drafts, documents, texts, executor, ZoneId.systemDefault());
    }

    NewOrderViewModel(CustomerService customers, OrderService orders, OrderEntryService entry,
                      OrderDraftService draftService, OrderDocumentService documents, Texts texts,
                      TaskExecutor executor, ZoneId zone) {
        this.texts = texts;
        QuantityText quantities = new QuantityText(texts);
        this.picker = new CustomerPickerViewModel(customers, orders, texts, executor);
        this.code = new CodeEntryViewModel(entry, picker, header.channelProperty(), quantities, texts, executor);
        this.lines = new OrderLinesViewModel(entry, picker.customerProperty(), header.channelProperty(), quantities,
                texts, executor,
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
                    public void tell(String text) {
                        tellNotice(text);
                    }

                    @Override
                    public boolean takeBack(EntryLine line, String why, boolean quantityProblem) {
                        return code.takeBack(line, why, quantityProblem);
                    }
                });
        this.confirmation = new OrderConfirmationViewModel(orders, draftService, documents, texts, executor, picker,
                header, code, lines, message);
        this.drafts = new DraftKeepingViewModel(draftService, customers, picker, header, lines, texts, executor, zone,
                message::set, this::tellNotice, () -> confirmation.resultProperty().get() != null);
        picker.setOnChosen(this::customerChosen);
        // A promotion may be for some channels only: another channel may mean other prices.
        header.channelProperty().addListener((o, was, now) -> {
            if (!choosingCustomer) {
                lines.requoteAll();
            }
        });
        confirmation.setOnConfirmed(drafts::reset);
        this.canConfirm = Bindings.createBooleanBinding(() -> {
            CustomerView c = picker.customerProperty().get();
            return !confirmation.busyProperty().get() && confirmation.resultProperty().get() == null
                    && c != null && !c.blocked() && lines.allQuotedProperty().get();
        }, confirmation.busyProperty(), confirmation.resultProperty(), picker.customerProperty(),
                lines.allQuotedProperty());
    }

    /** Who hears about a confirmed order (the status bar). */
    public void setNotifier(Consumer<String> notifier) {
        confirmation.setNotifier(notifier);
    }

    private void tellNotice(String text) {
        notice.set(text);
    }

    /** The operator started on the next order: what was said about the one before goes. */
    private void nextOrderStarted() {
        if (noticeAboutPrevious) {
            noticeAboutPrevious = false;
            notice.set(null);
        }
    }

    private void customerChosen(CustomerView chosen) {
        nextOrderStarted();
        // The customer's usual channel comes with them: the lines are quoted once, below, not for each change.
        choosingCustomer = true;
        try {
            header.customerChanged(chosen, true);
        } finally {
            choosingCustomer = false;
        }
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
        boolean added = code.take().map(lines::add).isPresent();
        if (added) {
            nextOrderStarted();
        }
        return added;
    }

    /** Ctrl+Z: the line removed last comes back (see {@link OrderLinesViewModel#undoRemove}). */
    public boolean undoRemove() {
        return lines.undoRemove();
    }

    /** Ctrl+Enter: see {@link OrderConfirmationViewModel}. Returns whether the order was sent. */
    public boolean confirm() {
        return confirmation.confirm();
    }

    /** Ctrl+N: an empty order for the next call. */
    public void newOrder() {
        drafts.quietly(() -> {
            picker.clear();
            header.clear();
            code.clear();
            lines.clear();
        });
        confirmation.clear();
        message.set(null);
        notice.set(null);
        noticeAboutPrevious = false;
        drafts.reset();
    }

    /** "Discard" (after the view asked): the order typed so far and its draft are thrown away. */
    public void discardDraft() {
        newOrder();
        noticeAboutPrevious = true;
        drafts.discard();
    }

    /** Keeps the order typed so far (on closing the tab, after a pause in the header). */
    public void saveDraftIfDirty() {
        drafts.saveIfDirty();
    }

    /** The tab closes: the order typed so far is kept; returns what to tell the user about it, null for nothing. */
    public String closing() {
        drafts.saveIfDirty();
        return drafts.keptOnClose();
    }

    /** On opening without a customer: the draft the user left, if any, comes back and says so. */
    public void restoreDraft() {
        drafts.restore();
    }

    public Texts texts() {
        return texts;
    }

    /** Problems and progress of the whole screen: confirming, a line refused, a draft not saved. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /**
     * What the operator should see at a glance about this order: a draft
     * restored or waiting, a line removed or put back, a draft discarded.
     * Empty again when the next order starts.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** Whether closing or signing out would leave work the operator has not confirmed (kept as a draft). */
    public boolean hasUnconfirmedWork() {
        return confirmation.resultProperty().get() == null
                && (picker.customerProperty().get() != null || !lines.lines().isEmpty());
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

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

    public OrderConfirmationViewModel confirmation() {
        return confirmation;
    }

    // What the end-to-end tests and the desktop benchmark watch, without knowing the sections.

    public ReadOnlyObjectProperty<OrderView> resultProperty() {
        return confirmation.resultProperty();
    }

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
