package it.ordo.ui.entry;

import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.ProductHit;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The line being typed: a SKU, a scanned EAN or part of a description in
 * Code/EAN (with the products whose description matches), then the quantity.
 * Enter on the code shows the product's price and availability before the
 * line is added.
 */
public final class CodeEntryViewModel {

    static final int SUGGESTIONS = 20;

    /** A line as typed and checked, ready to join the order. */
    record Typed(String code, String quantityText, BigDecimal quantity) {
    }

    private final OrderEntryService entry;
    private final CustomerPickerViewModel customer;
    private final QuantityText quantities;
    private final Texts texts;
    private final LatestTask productSearch;
    private final LatestTask lookup;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty codeError = new SimpleStringProperty();
    private final StringProperty quantityError = new SimpleStringProperty();
    private final ObservableList<ProductHit> productSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<LineQuote> codeQuote = new SimpleObjectProperty<>();
    /** The order's channel: the price shown for a typed code is the one the line will get. */
    private final ObservableObjectValue<Channel> channel;

    CodeEntryViewModel(OrderEntryService entry, CustomerPickerViewModel customer,
                       ObservableObjectValue<Channel> channel, QuantityText quantities, Texts texts,
                       TaskExecutor executor) {
        this.entry = entry;
        this.customer = customer;
        this.channel = channel;
        this.quantities = quantities;
        this.texts = texts;
        this.productSearch = executor.latestOnly();
        this.lookup = executor.latestOnly();
    }

    /** The operator typed in the code field: descriptions to choose from (a SKU or an EAN is looked up on Enter). */
    public void search(String text) {
        if (Objects.equals(text, code.get())) {
            return; // the field echoing what the view model put there
        }
        code.set(text == null ? "" : text);
        codeError.set(null);
        codeQuote.set(null);
        if (text == null || text.isBlank() || text.trim().length() < 2) {
            productSearch.cancel();
            productSuggestions.clear();
            return;
        }
        productSearch.run(() -> entry.findProducts(text.trim(), SUGGESTIONS), productSuggestions::setAll,
                e -> productSuggestions.clear());
    }

    /** A suggestion chosen: its SKU goes in the code field and is looked up. */
    public void choose(ProductHit hit) {
        productSearch.cancel();
        productSuggestions.clear();
        code.set(hit.sku());
        lookup();
    }

    /**
     * Enter on the code field: what the SKU or barcode is, its price and
     * availability for the quantity typed (1 if none). Returns false at once
     * when there is nothing to look up or no customer yet (the error is on the field).
     */
    public boolean lookup() {
        productSearch.cancel();
        productSuggestions.clear();
        String typed = typedCode();
        if (typed.isEmpty()) {
            codeError.set(texts.get("entry.code.missing"));
            return false;
        }
        if (!customer.usable()) {
            return false;
        }
        if (quantity.get() == null || quantity.get().isBlank()) {
            quantity.set("1");
        }
        BigDecimal qty = quantities.parse(quantity.get()).filter(q -> q.signum() > 0).orElse(BigDecimal.ONE);
        String customerCode = customer.code();
        codeError.set(null);
        Channel through = channel.get();
        lookup.run(() -> entry.quote(customerCode, typed, qty, BigDecimal.ZERO, null, null, through), codeQuote::set,
                e -> {
            codeQuote.set(null);
            if (e instanceof DomainException d && d.key().equals("notFound.product")) {
                // Not a code: part of a description that only one product has is as good as its SKU.
                lookup.run(() -> entry.findProducts(typed, 2), hits -> {
                    if (hits.size() == 1) {
                        choose(hits.getFirst());
                    } else {
                        refuseCode(hits.isEmpty() ? notFound(typed, e) : texts.get("entry.code.ambiguous", typed));
                    }
                }, again -> refuseCode(notFound(typed, e)));
            } else {
                refuseCode(Problems.describe(texts, e));
            }
        });
        return true;
    }

    /**
     * The code and quantity typed, when they can make a line: the fields
     * empty for the next one. Empty (with the reason on its field) without a
     * usable customer, without a code, on a code known to be wrong, or on a
     * quantity that is no positive number.
     */
    Optional<Typed> take() {
        String typed = typedCode();
        if (!customer.usable()) {
            return Optional.empty();
        }
        if (typed.isEmpty()) {
            codeError.set(texts.get("entry.code.missing"));
            return Optional.empty();
        }
        if (codeError.get() != null) {
            quantity.set(""); // the quantity was for the product that was not found, not for the next one
            return Optional.empty();
        }
        String qtyText = quantity.get() == null || quantity.get().isBlank() ? "1" : quantity.get().trim();
        Optional<BigDecimal> qty = quantities.check(qtyText, quantityError::set);
        if (qty.isEmpty()) {
            return Optional.empty();
        }
        lookup.cancel(); // a lookup of this code still under way is answered by the line's own quote
        code.set("");
        quantity.set("");
        codeQuote.set(null);
        quantityError.set(null);
        return Optional.of(new Typed(typed, qtyText, qty.get()));
    }

    /**
     * A line just typed that cannot be ordered comes back to the fields, the
     * reason on the right one. False when the operator is already typing the
     * next line (the line then stays, marked as failed).
     */
    boolean takeBack(EntryLine line, String why, boolean quantityProblem) {
        if (!typedCode().isEmpty()) {
            return false;
        }
        code.set(line.code());
        if (quantityProblem) {
            quantity.set(line.quantityTextProperty().get());
            quantityError.set(why);
        } else {
            refuseCode(why);
        }
        return true;
    }

    /**
     * The code cannot make a line: the reason on the field, and the quantity
     * typed for it gone, so the next scan starts at 1 (the view selects the
     * code, so that scan replaces it).
     */
    private void refuseCode(String why) {
        codeError.set(why);
        quantity.set("");
        quantityError.set(null);
    }

    /** "Unknown product" and what to try instead. */
    private String notFound(String typed, Throwable e) {
        return texts.get("entry.code.notFound", Problems.describe(texts, e), typed);
    }

    /** Confirmation found the order has no lines: the place to type one says so. */
    void refuse(String why) {
        codeError.set(why);
    }

    void clear() {
        productSearch.cancel();
        lookup.cancel();
        code.set("");
        quantity.set("");
        codeError.set(null);
        quantityError.set(null);
        productSuggestions.clear();
        codeQuote.set(null);
    }

    private String typedCode() {
        return code.get() == null ? "" : code.get().trim();
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
}
