package it.ordo.ui.entry;

import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
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
