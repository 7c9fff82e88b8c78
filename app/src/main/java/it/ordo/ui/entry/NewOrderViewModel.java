package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderDraft;
import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.order.ProductHit;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.Priority;
import it.ordo.i18n.Texts;
import it.ordo.ui.ConfirmationFile;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * The state and commands of the New order screen, tested without a window.
 * Every service call goes through the {@link TaskExecutor}; an answer that
 * comes back after the operator moved on (another search, another quantity)
 * is dropped by comparing request numbers.
 */
public final class NewOrderViewModel {

    static final int SUGGESTIONS = 20;
    static final int RECENT_ORDERS = 5;

    private final CustomerService customers;
    private final OrderService orders;
    private final OrderEntryService entry;
    private final OrderDraftService drafts;
    private final OrderDocumentService documents;
    private final Texts texts;
    private final TaskExecutor executor;

    // --- customer
    private final StringProperty customerQuery = new SimpleStringProperty("");
    private final ObservableList<CustomerView> customerSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerView> customer = new SimpleObjectProperty<>();
    private final StringProperty customerError = new SimpleStringProperty();
    private final ObservableList<OrderListing> recentOrders = FXCollections.observableArrayList();
    private int customerSearch;

    // --- header
    private final StringProperty channel = new SimpleStringProperty(Channel.PHONE.name());
    private final StringProperty externalRef = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestedDate = new SimpleObjectProperty<>();
    private final StringProperty priority = new SimpleStringProperty(Priority.NORMAL.name());
    private final ObservableList<String> shipToOptions = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> shipTo = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");

    // --- the line being typed
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty codeError = new SimpleStringProperty();
    private final StringProperty quantityError = new SimpleStringProperty();
    private final ObservableList<ProductHit> productSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<LineQuote> codeQuote = new SimpleObjectProperty<>();
    private int productSearch;
    private int codeLookup;

    // --- lines and totals
    private final ObservableList<EntryLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<BigDecimal> netTotal = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> vatTotal = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> grossTotal = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObservableList<OrderView.VatRow> vatRows = FXCollections.observableArrayList();
    private final StringProperty creditWarning = new SimpleStringProperty();
    private int totalsRequest;

    // --- confirmation, messages, draft
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty draftNotice = new SimpleStringProperty();
    private final ObjectProperty<OrderView> result = new SimpleObjectProperty<>();
    private final BooleanProperty canConfirm = new SimpleBooleanProperty(false);
    private Consumer<String> notifier = text -> { };
    private boolean dirty;
    private boolean restoring;
    private boolean saving;
    private boolean saveAgain;
    /** Opened for a customer: the draft the user left stays until this order has a line. */
    private boolean keepOtherDraft;
    private final ZoneId zone;

    public NewOrderViewModel(CustomerService customers, OrderService orders, OrderEntryService entry,
                             OrderDraftService drafts, OrderDocumentService documents, Texts texts,
                             TaskExecutor executor) {
        this(customers, orders, entry, drafts, documents, texts, executor, ZoneId.systemDefault());
    }

    NewOrderViewModel(CustomerService customers, OrderService orders, OrderEntryService entry,
                      OrderDraftService drafts, OrderDocumentService documents, Texts texts,
                      TaskExecutor executor, ZoneId zone) {
        this.customers = customers;
        this.orders = orders;
        this.entry = entry;
        this.drafts = drafts;
        this.documents = documents;
        this.texts = texts;
        this.executor = executor;
        this.zone = zone;
        // Header changes are kept with the draft at the next save.
        channel.addListener((o, a, b) -> touched());
        externalRef.addListener((o, a, b) -> touched());
        requestedDate.addListener((o, a, b) -> touched());
        priority.addListener((o, a, b) -> touched());
        shipTo.addListener((o, a, b) -> touched());
        notes.addListener((o, a, b) -> touched());
    }

    /** Who hears about a confirmed order (the status bar). */
    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier == null ? text -> { } : notifier;
    }

    // ------------------------------------------------------------------ customer

    /** The operator typed in the customer field: suggestions by code, name, Partita IVA or city. */
    public void searchCustomers(String text) {
        if (java.util.Objects.equals(text, customerQuery.get())) {
            return; // the field echoing what the view model put there
        }
        customerQuery.set(text == null ? "" : text);
        CustomerView chosen = customer.get();
        if (chosen != null && !display(chosen).equals(customerQuery.get())) {
            customer.set(null);
            customerError.set(null);
            recentOrders.clear();
            updateCanConfirm();
        }
        int request = ++customerSearch;
        if (text == null || text.isBlank() || customer.get() != null) {
            customerSuggestions.clear();
            return;
        }
        executor.run(() -> customers.list(text.trim(), 0, SUGGESTIONS), found -> {
            if (request == customerSearch) {
                customerSuggestions.setAll(found);
            }
        }, e -> {
            if (request == customerSearch) {
                customerSuggestions.clear();
                customerError.set(Problems.describe(texts, e));
            }
        });
    }

    /** Enter on a suggestion (or the only one). */
    public void chooseCustomer(CustomerView chosen) {
        customerSearch++;
        customerSuggestions.clear();
        applyCustomer(chosen, true);
        touched();
        requoteAll();
        saveDraftIfDirty();
    }

    /**
     * Opens the screen for a customer given by code (from the customer list,
     * say). A draft the user left is not overwritten until this order has a
     * line, and the user is told it is there.
     */
    public void openFor(String customerCode) {
        keepOtherDraft = true;
        executor.run(() -> new Restored(drafts.load().filter(d -> !d.isEmpty()).orElse(null),
                customers.show(customerCode)), opened -> {
            if (customer.get() == null && lines.isEmpty()) {
                chooseCustomer(opened.customer());
            }
            OrderDraft left = opened.draft();
            if (left != null && !left.lines().isEmpty()) {
                draftNotice.set(texts.get("entry.draft.pending", left.customerCode() == null ? "-" : left.customerCode(),
                        left.lines().size(), left.savedAt() == null ? "" : texts.dateTime(left.savedAt().atZone(zone))));
            }
        }, e -> customerError.set(Problems.describe(texts, e)));
    }

    private void applyCustomer(CustomerView chosen, boolean defaults) {
        customer.set(chosen);
        customerQuery.set(chosen == null ? "" : display(chosen));
        recentOrders.clear();
        shipToOptions.setAll(chosen == null ? List.of() : chosen.shippingAddresses());
        if (chosen == null) {
            customerError.set(null);
            updateCanConfirm();
            return;
        }
        customerError.set(chosen.blocked() ? texts.get("entry.customer.blocked", chosen.code(), chosen.name()) : null);
        if (defaults) {
            channel.set(chosen.defaultChannel());
            shipTo.set(chosen.shippingAddresses().isEmpty() ? null : 0);
        }
        String code = chosen.code();
        executor.run(() -> orders.search(OrderQuery.latest(null, code, RECENT_ORDERS)).rows(), list -> {
            if (customer.get() != null && customer.get().code().equals(code)) {
                recentOrders.setAll(list);
            }
        }, e -> recentOrders.clear()); // who may not see orders still takes them: the panel stays empty
        updateCredit();
        updateCanConfirm();
    }

    /** "C-A · Alfa S.r.l. · Bologna": what the customer field shows once chosen. */
    public String display(CustomerView c) {
        return c.code() + " · " + c.name();
    }

    // ------------------------------------------------------------------ the line being typed

    /** The operator typed in the code field: descriptions to choose from (a SKU or an EAN is looked up on Enter). */
    public void searchProducts(String text) {
        if (java.util.Objects.equals(text, code.get())) {
            return; // the field echoing what the view model put there
        }
        code.set(text == null ? "" : text);
        codeError.set(null);
        codeQuote.set(null);
        int request = ++productSearch;
        if (text == null || text.isBlank() || text.trim().length() < 2) {
            productSuggestions.clear();
            return;
        }
        executor.run(() -> entry.findProducts(text.trim(), SUGGESTIONS), found -> {
            if (request == productSearch) {
                productSuggestions.setAll(found);
            }
        }, e -> {
            if (request == productSearch) {
                productSuggestions.clear();
            }
        });
    }

    /** A suggestion chosen: its SKU goes in the code field and is looked up. */
    public void chooseProduct(ProductHit hit) {
        productSearch++;
        productSuggestions.clear();
        code.set(hit.sku());
        lookupCode();
    }

    /**
     * Enter on the code field: what the SKU or barcode is, its price and
     * availability for the default quantity. Returns false at once when there
     * is nothing to look up or no customer yet (the error is on the field).
     */
    public boolean lookupCode() {
        productSearch++;
        productSuggestions.clear();
        String typed = code.get() == null ? "" : code.get().trim();
        if (typed.isEmpty()) {
            codeError.set(texts.get("entry.code.missing"));
            return false;
        }
        if (!customerUsable()) {
            return false;
        }
        if (quantity.get() == null || quantity.get().isBlank()) {
            quantity.set("1");
        }
        BigDecimal qty = parseQuantity(quantity.get()).filter(q -> q.signum() > 0).orElse(BigDecimal.ONE);
        String customerCode = customer.get().code();
        int request = ++codeLookup;
        codeError.set(null);
        executor.run(() -> entry.quote(customerCode, typed, qty, null, null), q -> {
            if (request == codeLookup) {
                codeQuote.set(q);
            }
        }, e -> {
            if (request != codeLookup) {
                return;
            }
            codeQuote.set(null);
            if (e instanceof DomainException d && d.key().equals("notFound.product")) {
                // Not a code: part of a description that only one product has is as good as its SKU.
                executor.run(() -> entry.findProducts(typed, 2), hits -> {
                    if (request != codeLookup) {
                        return;
                    }
                    if (hits.size() == 1) {
                        chooseProduct(hits.getFirst());
                    } else {
                        codeError.set(hits.isEmpty() ? Problems.describe(texts, e)
                                : texts.get("entry.code.ambiguous", typed));
                    }
                }, again -> {
                    if (request == codeLookup) {
                        codeError.set(Problems.describe(texts, e));
                    }
                });
            } else {
                codeError.set(Problems.describe(texts, e));
            }
        });
        return true;
    }

    /**
     * Enter on the quantity: the line joins the order at once, quoted in the
     * background; the fields empty for the next line. Refused (false, with
     * the reason on the field) without a customer, a code, or a sensible quantity.
     */
    public boolean addLine() {
        String typed = code.get() == null ? "" : code.get().trim();
        if (!customerUsable()) {
            return false;
        }
        if (typed.isEmpty()) {
            codeError.set(texts.get("entry.code.missing"));
            return false;
        }
        if (codeError.get() != null) {
            return false;
        }
        String qtyText = quantity.get() == null || quantity.get().isBlank() ? "1" : quantity.get().trim();
        Optional<BigDecimal> qty = checkQuantity(qtyText, quantityError::set);
        if (qty.isEmpty()) {
            return false;
        }
        EntryLine line = new EntryLine(typed, qtyText, qty.get());
        codeLookup++; // a lookup of this code still under way is answered by the line's own quote
        lines.add(line);
        code.set("");
        quantity.set("");
        codeQuote.set(null);
        quantityError.set(null);
        touched();
        quote(line, line.requote(), true);
        return true;
    }

    /** A quantity edited in the table. Returns false (the line keeps its quantity) when it is not sensible. */
    public boolean changeQuantity(EntryLine line, String text) {
        String[] problem = new String[1];
        Optional<BigDecimal> qty = checkQuantity(text == null ? "" : text.trim(), m -> problem[0] = m);
        if (qty.isEmpty()) {
            message.set(texts.get("entry.line.problem", lines.indexOf(line) + 1, problem[0]));
            return false;
        }
        message.set(null);
        touched();
        quote(line, line.changeQuantity(text.trim(), qty.get()), false);
        return true;
    }

    /** Delete on a line. */
    public void removeLine(EntryLine line) {
        int index = lines.indexOf(line);
        if (lines.remove(line)) {
            requoteFrom(index, line.sku());
            touched();
            refreshTotals();
            updateCanConfirm();
            saveDraftIfDirty();
        }
    }

    private void quote(EntryLine line, int revision, boolean fresh) {
        updateCanConfirm();
        if (customer.get() == null) {
            return;
        }
        String customerCode = customer.get().code();
        BigDecimal qty = line.quantity();
        BigDecimal earlier = earlierInOrder(line);
        executor.run(() -> entry.quote(customerCode, line.code(), qty, earlier, null, null), q -> {
            if (line.revision() != revision || !lines.contains(line)) {
                return; // the line changed (or went) while it was being quoted
            }
            boolean firstAnswer = line.quote() == null;
            line.quoted(q, earlier);
            if (firstAnswer && earlierInOrder(line).compareTo(earlier) != 0) {
                quote(line, line.requote(), false); // the code was a barcode of a product already on the order
                return;
            }
            requoteLaterLinesOf(line);
            refreshTotals();
            updateCanConfirm();
            saveDraftIfDirty();
        }, e -> {
            if (line.revision() != revision || !lines.contains(line)) {
                return;
            }
            String why = Problems.describe(texts, e);
            boolean quantityProblem = e instanceof DomainException d && d.key().startsWith("quantity.");
            if (fresh && restoringDone() && (code.get() == null || code.get().isBlank())) {
                // A line just typed that cannot be ordered goes back to the fields, with the reason on the right one.
                lines.remove(line);
                code.set(line.code());
                quantity.set(line.quantityTextProperty().get());
                if (quantityProblem) {
                    quantityError.set(why);
                } else {
                    codeError.set(why);
                }
            } else {
                line.failed(why);
            }
            refreshTotals();
            updateCanConfirm();
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
                quote(later, later.requote(), false);
            }
        }
    }

    private boolean restoringDone() {
        return !restoring;
    }

    private void requoteAll() {
        for (EntryLine line : List.copyOf(lines)) {
            quote(line, line.requote(), false);
        }
        refreshTotals();
    }

    /** The totals as confirmation will compute them, over the lines quoted so far. */
    private void refreshTotals() {
        int request = ++totalsRequest;
        List<EntryLine> quoted = lines.stream().filter(EntryLine::quoted).toList();
        if (customer.get() == null || quoted.isEmpty()) {
            setTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
            return;
        }
        int[] revisions = quoted.stream().mapToInt(EntryLine::revision).toArray();
        List<OrderRequest.LineRequest> requests = quoted.stream()
                .map(l -> new OrderRequest.LineRequest(l.quote().sku(), null, l.quantity())).toList();
        String customerCode = customer.get().code();
        executor.run(() -> entry.preview(customerCode, requests), preview -> {
            if (request != totalsRequest) {
                return;
            }
            for (int i = 0; i < quoted.size(); i++) {
                if (quoted.get(i).revision() == revisions[i]) {
                    quoted.get(i).priced(preview.lines().get(i));
                }
            }
            setTotals(preview.netTotal(), preview.vatTotal(), preview.grossTotal(), preview.vatSummary());
        }, e -> {
            if (request == totalsRequest) {
                message.set(Problems.describe(texts, e));
            }
        });
    }

    private void setTotals(BigDecimal net, BigDecimal vat, BigDecimal gross, List<OrderView.VatRow> rows) {
        netTotal.set(net);
        vatTotal.set(vat);
        grossTotal.set(gross);
        vatRows.setAll(rows);
        updateCredit();
    }

    private void updateCredit() {
        CustomerView c = customer.get();
        if (c == null || c.blocked() || grossTotal.get().signum() == 0) {
            creditWarning.set(null);
            return;
        }
        BigDecimal after = c.openExposure().add(grossTotal.get());
        creditWarning.set(after.compareTo(c.creditLimit()) > 0
                ? texts.get("entry.credit.willHold", texts.money(after), texts.money(c.creditLimit())) : null);
    }

    // ------------------------------------------------------------------ confirmation

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
        if (!customerUsable()) {
            problems.add(customerError.get());
        }
        if (lines.isEmpty()) {
            String none = texts.get("entry.lines.none");
            codeError.set(none);
            problems.add(none);
        }
        for (int i = 0; i < lines.size(); i++) {
            EntryLine l = lines.get(i);
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
        CustomerView c = customer.get();
        List<OrderRequest.LineRequest> requestLines = lines.stream()
                .map(l -> new OrderRequest.LineRequest(l.quote().sku(), null, l.quantity())).toList();
        OrderRequest request = new OrderRequest(blankToNull(externalRef.get()), Channel.parse(channel.get()), c.code(),
                null, requestedDate.get(), Priority.parse(priority.get()), blankToNull(notes.get()), requestLines, shipTo.get());
        busy.set(true);
        message.set(texts.get("entry.confirming"));
        updateCanConfirm();
        executor.run(() -> {
            OrderView placed = orders.place(request);
            try {
                drafts.discard();
            } catch (RuntimeException ignored) {
                // the order is placed; a draft left behind is offered again and can be discarded by hand
            }
            return placed;
        }, placed -> {
            busy.set(false);
            dirty = false;
            result.set(placed);
            message.set(null);
            draftNotice.set(null);
            notifier.accept(texts.get("entry.confirmed.notice", placed.number(), texts.get("entry.status." + placed.status())));
            updateCanConfirm();
        }, e -> {
            busy.set(false);
            message.set(Problems.describe(texts, e));
            updateCanConfirm();
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
        clear();
        result.set(null);
        message.set(null);
        draftNotice.set(null);
        dirty = false;
        updateCanConfirm();
    }

    /** "Discard" (after the view asked): the order typed so far and its draft are thrown away. */
    public void discardDraft() {
        newOrder();
        executor.run(() -> {
            drafts.discard();
            return null;
        }, nothing -> draftNotice.set(texts.get("entry.draft.discarded")),
                e -> message.set(Problems.describe(texts, e)));
    }

    private void clear() {
        customerSearch++;
        productSearch++;
        codeLookup++;
        totalsRequest++;
        restoring = true;
        try {
            applyCustomer(null, false);
            customerSuggestions.clear();
            channel.set(Channel.PHONE.name());
            externalRef.set("");
            requestedDate.set(null);
            priority.set(Priority.NORMAL.name());
            shipTo.set(null);
            notes.set("");
            code.set("");
            quantity.set("");
            codeError.set(null);
            quantityError.set(null);
            productSuggestions.clear();
            codeQuote.set(null);
            lines.clear();
            setTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        } finally {
            restoring = false;
        }
    }

    // ------------------------------------------------------------------ drafts

    /** What would be kept now. */
    OrderDraft draft() {
        CustomerView c = customer.get();
        List<OrderDraft.Line> draftLines = lines.stream()
                .map(l -> new OrderDraft.Line(l.quote() != null ? l.quote().sku() : l.code(), l.quantityTextProperty().get()))
                .toList();
        return new OrderDraft(c == null ? null : c.code(), channel.get(), blankToNull(externalRef.get()),
                requestedDate.get(), priority.get(), shipTo.get(), blankToNull(notes.get()), draftLines, null);
    }

    /**
     * Keeps the order typed so far in the database when something changed
     * since the last save; one save at a time, the latest state last.
     */
    public void saveDraftIfDirty() {
        if (!dirty || restoring || result.get() != null || (keepOtherDraft && lines.isEmpty())) {
            return;
        }
        keepOtherDraft = false;
        if (saving) {
            saveAgain = true;
            return;
        }
        dirty = false;
        saving = true;
        OrderDraft draft = draft();
        executor.run(() -> drafts.save(draft), savedAt -> afterSave(), e -> {
            dirty = true;
            afterSave();
            message.set(texts.get("entry.draft.notSaved", Problems.describe(texts, e)));
        });
    }

    private void afterSave() {
        saving = false;
        if (saveAgain) {
            saveAgain = false;
            saveDraftIfDirty();
        }
    }

    /** On opening without a customer: the draft the user left, if any, comes back and says so. */
    public void restoreDraft() {
        executor.run(() -> {
            Optional<OrderDraft> draft = drafts.load();
            if (draft.isEmpty() || draft.get().isEmpty()) {
                return Optional.<Restored>empty();
            }
            OrderDraft d = draft.get();
            CustomerView c = null;
            if (d.customerCode() != null) {
                try {
                    c = customers.show(d.customerCode());
                } catch (DomainException gone) {
                    c = null; // the customer no longer exists: the lines still come back
                }
            }
            return Optional.of(new Restored(d, c));
        }, restored -> restored.ifPresent(this::apply), e -> message.set(Problems.describe(texts, e)));
    }

    private record Restored(OrderDraft draft, CustomerView customer) {
    }

    private void apply(Restored r) {
        if (customer.get() != null || !lines.isEmpty()) {
            return; // the operator started another order meanwhile: keep it (the draft is replaced at the next save)
        }
        OrderDraft d = r.draft();
        restoring = true;
        try {
            applyCustomer(r.customer(), false);
            channel.set(d.channel() == null ? Channel.PHONE.name() : d.channel());
            externalRef.set(d.externalRef() == null ? "" : d.externalRef());
            requestedDate.set(d.requestedDate());
            priority.set(d.priority() == null ? Priority.NORMAL.name() : d.priority());
            shipTo.set(d.shipTo());
            notes.set(d.notes() == null ? "" : d.notes());
            for (OrderDraft.Line l : d.lines()) {
                BigDecimal qty = parseQuantity(l.quantity()).orElse(BigDecimal.ONE);
                lines.add(new EntryLine(l.code(), l.quantity(), qty));
            }
            for (EntryLine line : List.copyOf(lines)) {
                quote(line, line.requote(), false);
            }
        } finally {
            restoring = false;
        }
        dirty = false;
        refreshTotals();
        updateCanConfirm();
        draftNotice.set(texts.get("entry.draft.restored",
                d.savedAt() == null ? "" : texts.dateTime(d.savedAt().atZone(zone))));
    }

    // ------------------------------------------------------------------ checks

    private boolean customerUsable() {
        CustomerView c = customer.get();
        if (c == null) {
            customerError.set(texts.get("entry.customer.missing"));
            return false;
        }
        if (c.blocked()) {
            customerError.set(texts.get("entry.customer.blocked", c.code(), c.name()));
            return false;
        }
        return true;
    }

    /** Not a number, zero or negative, absurd: refused here; what the unit allows is checked by the quote. */
    private Optional<BigDecimal> checkQuantity(String text, Consumer<String> problem) {
        Optional<BigDecimal> qty = parseQuantity(text);
        if (qty.isEmpty()) {
            problem.accept(texts.get("entry.quantity.notNumber", text));
            return Optional.empty();
        }
        if (qty.get().signum() <= 0) {
            problem.accept(texts.get("quantity.notPositive", qty.get().stripTrailingZeros().toPlainString()));
            return Optional.empty();
        }
        problem.accept(null);
        return qty;
    }

    /** A quantity as typed: "2,5" or "2.5" in either language (nobody types thousands separators in a quantity). */
    Optional<BigDecimal> parseQuantity(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        DecimalFormat f = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(texts.locale()));
        f.setParseBigDecimal(true);
        // No thousands separators: "1,5" typed in English is one and a half, not fifteen.
        f.setGroupingUsed(false);
        ParsePosition pos = new ParsePosition(0);
        Object parsed = f.parse(t, pos);
        if (parsed != null && pos.getIndex() == t.length()) {
            return Optional.of((BigDecimal) parsed);
        }
        if (t.matches("-?\\d+([.,]\\d+)?")) {
            return Optional.of(new BigDecimal(t.replace(',', '.')));
        }
        return Optional.empty();
    }

    private void touched() {
        if (!restoring) {
            dirty = true;
        }
    }

    private void updateCanConfirm() {
        CustomerView c = customer.get();
        canConfirm.set(!busy.get() && result.get() == null && c != null && !c.blocked() && !lines.isEmpty()
                && lines.stream().allMatch(EntryLine::quoted));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ------------------------------------------------------------------ texts for the view

    /** "Available now", "From 3 Dec 2026", "Not available": the word that goes with the colour. */
    public String availabilityWord(EntryLine line) {
        return switch (line.state()) {
            case QUOTING -> texts.get("entry.availability.quoting");
            case NOW -> texts.get("entry.availability.now");
            case LATER -> texts.get("entry.availability.later", texts.date(line.quote().promiseDate()));
            case NONE -> texts.get("entry.availability.none");
            case ERROR -> line.error();
        };
    }

    /** Everything the core says about a line's price and availability, for the tooltip and the detail area (F1). */
    public String explain(EntryLine line) {
        if (line == null) {
            return "";
        }
        if (line.state() == EntryLine.State.ERROR) {
            return line.error();
        }
        LineQuote q = line.quote();
        if (q == null) {
            return texts.get("entry.availability.quoting");
        }
        return texts.get("entry.explain", q.sku(), q.description(), texts.render(line.priceExplanation()),
                q.warehouse(), availabilityWord(line), texts.render(q.availabilityExplanation()));
    }

    /** The rules that produced the price ("€10.00 from price list BASE; tier discount A: 5%"), for the table. */
    public String priceRule(EntryLine line) {
        return texts.render(line.priceExplanation());
    }

    public List<String> channels() {
        return Arrays.stream(Channel.values()).map(Enum::name).toList();
    }

    public List<String> priorities() {
        return Arrays.stream(Priority.values()).map(Enum::name).toList();
    }

    public Texts texts() {
        return texts;
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyStringProperty customerQueryProperty() {
        return customerQuery;
    }

    public ObservableList<CustomerView> customerSuggestions() {
        return customerSuggestions;
    }

    public ReadOnlyObjectProperty<CustomerView> customerProperty() {
        return customer;
    }

    public ReadOnlyStringProperty customerErrorProperty() {
        return customerError;
    }

    public ObservableList<OrderListing> recentOrders() {
        return recentOrders;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty externalRefProperty() {
        return externalRef;
    }

    public ObjectProperty<LocalDate> requestedDateProperty() {
        return requestedDate;
    }

    public StringProperty priorityProperty() {
        return priority;
    }

    public ObservableList<String> shipToOptions() {
        return shipToOptions;
    }

    public ObjectProperty<Integer> shipToProperty() {
        return shipTo;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    /** The quantity being typed (the view binds it both ways). */
    public StringProperty quantityProperty() {
        return quantity;
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError;
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError;
    }

    public ObservableList<ProductHit> productSuggestions() {
        return productSuggestions;
    }

    public ReadOnlyObjectProperty<LineQuote> codeQuoteProperty() {
        return codeQuote;
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

    public ReadOnlyStringProperty creditWarningProperty() {
        return creditWarning;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty draftNoticeProperty() {
        return draftNotice;
    }

    public ReadOnlyObjectProperty<OrderView> resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm;
    }

}
