package it.ordo.ui.entry;

import it.ordo.i18n.Texts;
import it.ordo.ui.TypedNumber;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/** Quantities as the operator types them, in the code row, in the table and in a restored draft. */
final class QuantityText {

    private final Texts texts;

    QuantityText(Texts texts) {
        this.texts = texts;
    }

    /** A quantity as typed: "2,5" or "2.5" in either language (nobody types thousands separators in a quantity). */
    Optional<BigDecimal> parse(String text) {
        return TypedNumber.parse(text, texts.locale());
    }

    /**
     * Not a number, zero or negative: refused here, the reason (or null when
     * fine) handed to {@code problem}; what the unit allows is checked by the quote.
     */
    Optional<BigDecimal> check(String text, Consumer<String> problem) {
        Optional<BigDecimal> qty = parse(text);
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
}
