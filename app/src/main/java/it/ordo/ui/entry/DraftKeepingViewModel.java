package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderDraft;
import it.ordo.application.order.OrderDraftService;
import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps the order typed so far in the database, per user, so a closed tab, a
 * crash or another workstation loses nothing: saved after each change that
 * matters, restored when New order opens without a customer.
 */
public final class DraftKeepingViewModel {

    private final OrderDraftService drafts;
    private final CustomerService customers;
    private final CustomerPickerViewModel picker;
    private final OrderHeaderViewModel header;
    private final OrderLinesViewModel lines;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final Consumer<String> say;
    private final Consumer<String> tell;
    private final BooleanSupplier confirmed;
    /** Something changed since the last save. */
    private boolean dirty;
    /** The screen itself is filling or emptying the fields: that is no change of the operator's. */
    private boolean quiet;
    /** One save at a time, so an older state never lands after a newer one; {@code saveAgain} follows it up. */
    private boolean saving;
    private boolean saveAgain;
    /** Opened for a customer: the draft the user left stays until this order has a line. */
    private boolean keepOtherDraft;

    DraftKeepingViewModel(OrderDraftService drafts, CustomerService customers, CustomerPickerViewModel picker,
                          OrderHeaderViewModel header, OrderLinesViewModel lines, Texts texts,
                          TaskExecutor executor, ZoneId zone, Consumer<String> say, Consumer<String> tell,
                          BooleanSupplier confirmed) {
        this.drafts = drafts;
        this.customers = customers;
        this.picker = picker;
        this.header = header;
        this.lines = lines;
        this.texts = texts;
        this.executor = executor;
        this.zone = zone;
        this.say = say;
        this.tell = tell;
        this.confirmed = confirmed;
        header.edits().forEach(field -> field.addListener((o, was, now) -> touched()));
    }

    /** The operator changed something worth keeping. */
    void touched() {
        if (!quiet) {
            dirty = true;
        }
    }

    /** Changes the screen makes by itself (emptying it, say) that are not the operator's. */
    void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    /** What would be kept now. */
    OrderDraft draft() {
        List<OrderDraft.Line> drafted = lines.lines().stream()
                .map(l -> new OrderDraft.Line(l.quote() != null ? l.quote().sku() : l.code(), l.quantityTextProperty().get()))
                .toList();
        return header.draft(picker.code(), drafted);
    }

    /**
     * Keeps the order typed so far in the database when something changed
     * since the last save; one save at a time, the latest state last.
     */
    public void saveIfDirty() {
        if (!dirty || quiet || confirmed.getAsBoolean() || (keepOtherDraft && lines.lines().isEmpty())) {
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
            say.accept(texts.get("entry.draft.notSaved", Problems.describe(texts, e)));
        });
    }

    private void afterSave() {
        saving = false;
        if (saveAgain) {
            saveAgain = false;
            saveIfDirty();
        }
    }

    /** On opening without a customer: the draft the user left, if any, comes back and says so. */
    public void restore() {
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
        }, restored -> restored.ifPresent(this::apply), e -> say.accept(Problems.describe(texts, e)));
    }

    private record Restored(OrderDraft draft, CustomerView customer) {
    }

    private void apply(Restored r) {
        if (picker.customerProperty().get() != null || !lines.lines().isEmpty()) {
            return; // the operator started another order meanwhile: keep it (the draft is replaced at the next save)
        }
        OrderDraft d = r.draft();
        quietly(() -> {
            picker.show(r.customer());
            header.customerChanged(r.customer(), false);
            header.restore(d);
            lines.restore(d.lines());
        });
        dirty = false;
        lines.refreshTotals();
        tell.accept(texts.get("entry.draft.restored", savedAt(d)));
    }

    /**
     * Opens the screen for a customer given by code (from the customer list,
     * say). A draft the user left is not overwritten until this order has a
     * line, and the user is told it is there.
     */
    void openFor(String customerCode) {
        keepOtherDraft = true;
        executor.run(() -> new Restored(drafts.load().filter(d -> !d.isEmpty()).orElse(null),
                customers.show(customerCode)), opened -> {
            if (picker.customerProperty().get() == null && lines.lines().isEmpty()) {
                picker.choose(opened.customer());
            }
            OrderDraft left = opened.draft();
            if (left != null && !left.lines().isEmpty()) {
                tell.accept(texts.get("entry.draft.pending", left.customerCode() == null ? "-" : left.customerCode(),
                        left.lines().size(), savedAt(left)));
            }
        }, picker::failed);
    }

    private String savedAt(OrderDraft d) {
        return d.savedAt() == null ? "" : texts.dateTime(d.savedAt().atZone(zone));
    }

    /** The order was confirmed, or the screen emptied for the next: nothing left to keep. */
    void reset() {
        dirty = false;
    }

    /**
     * What the screen says as its tab closes: the order typed so far is kept
     * as a draft (and New order brings it back), or null when there is none.
     */
    String keptOnClose() {
        if (confirmed.getAsBoolean() || (picker.code() == null && lines.lines().isEmpty())) {
            return null;
        }
        int count = lines.lines().size();
        return texts.get("entry.draft.keptOnClose", picker.code() == null ? "-" : picker.code(), count);
    }

    /** "Discard": the draft is thrown away (the screen has been emptied already). */
    void discard() {
        executor.run(() -> {
            drafts.discard();
            return null;
        }, nothing -> tell.accept(texts.get("entry.draft.discarded")), e -> say.accept(Problems.describe(texts, e)));
    }
}
