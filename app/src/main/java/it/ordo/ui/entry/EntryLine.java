package it.ordo.ui.entry;

import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderPreview;
import it.ordo.domain.Message;
import it.ordo.ui.LatestTask;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the order being typed: the code and quantity as typed, the
 * quote that came back for them, and the price the whole order gives it.
 * Its quotes run as one {@link LatestTask}: a quote asked again (the quantity
 * changed) supersedes the one still under way, so an earlier answer never
 * overwrites a later one.
 */
public final class EntryLine {

    /** Where the line stands: being quoted, or how much of it can leave when; ERROR when it cannot be ordered. */
    public enum State { QUOTING, NOW, LATER, NONE, ERROR }

    private final String code;
    private final StringProperty quantityText = new SimpleStringProperty();
    private final ObjectProperty<BigDecimal> quantity = new SimpleObjectProperty<>();
    private final ObjectProperty<LineQuote> quote = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderPreview.Line> priced = new SimpleObjectProperty<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.QUOTING);
    private final StringProperty error = new SimpleStringProperty();
    private final LatestTask quoting;
    private BigDecimal quotedAfter = BigDecimal.ZERO;

    EntryLine(String code, String quantityText, BigDecimal quantity, LatestTask quoting) {
        this.code = code;
        this.quoting = quoting;
        this.quantityText.set(quantityText);
        this.quantity.set(quantity);
    }

    /** The code as typed or scanned (a SKU or an EAN). */
    public String code() {
        return code;
    }

    /** The SKU once the code is known, else the code as typed. */
    public String sku() {
        return quote.get() == null ? code : quote.get().sku();
    }

    public String description() {
        return quote.get() == null ? "" : quote.get().description();
    }

    public ReadOnlyStringProperty quantityTextProperty() {
        return quantityText;
    }

    public BigDecimal quantity() {
        return quantity.get();
    }

    public ReadOnlyObjectProperty<BigDecimal> quantityProperty() {
        return quantity;
    }

    public ReadOnlyObjectProperty<LineQuote> quoteProperty() {
        return quote;
    }

    public LineQuote quote() {
        return quote.get();
    }

    /** The line as the whole order prices it (an order-value discount included); null until the totals came back. */
    public ReadOnlyObjectProperty<OrderPreview.Line> pricedProperty() {
        return priced;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public String error() {
        return error.get();
    }

    /** Unit price as the order will have it. */
    public BigDecimal unitPrice() {
        return priced.get() != null ? priced.get().unitPrice() : quote.get() == null ? null : quote.get().unitPrice();
    }

    public BigDecimal discountPct() {
        return priced.get() != null ? priced.get().discountPct() : quote.get() == null ? null : quote.get().discountPct();
    }

    public BigDecimal netAmount() {
        return priced.get() != null ? priced.get().netAmount() : quote.get() == null ? null : quote.get().netAmount();
    }

    /** The line's VAT rate under the customer's treatment (0 when non-taxable); null until quoted. */
    public BigDecimal vatRate() {
        return priced.get() != null ? priced.get().vatRate() : quote.get() == null ? null : quote.get().vatRate();
    }

    public List<Message> priceExplanation() {
        return priced.get() != null ? priced.get().priceExplanation()
                : quote.get() == null ? List.of() : quote.get().priceExplanation();
    }

    boolean quoted() {
        return state.get() != State.QUOTING && state.get() != State.ERROR;
    }

    /** Where this line's quotes run; only the newest answer reaches the line. */
    LatestTask quoting() {
        return quoting;
    }

    /** A new quantity: the old quote no longer holds. */
    void changeQuantity(String text, BigDecimal qty) {
        quantityText.set(text);
        quantity.set(qty);
    }

    /** About to be quoted again: what was shown no longer holds. */
    void requote() {
        state.set(State.QUOTING);
        error.set(null);
        priced.set(null);
    }

    /** What earlier lines of the same product asked when this line was last quoted. */
    BigDecimal quotedAfter() {
        return quotedAfter;
    }

    void quoted(LineQuote q, BigDecimal earlierInOrder) {
        quotedAfter = earlierInOrder;
        quote.set(q);
        error.set(null);
        state.set(switch (q.availability()) {
            case NOW -> State.NOW;
            case LATER -> State.LATER;
            case NONE -> State.NONE;
        });
    }

    void failed(String message) {
        error.set(message);
        state.set(State.ERROR);
    }

    void priced(OrderPreview.Line line) {
        priced.set(line);
    }
}
