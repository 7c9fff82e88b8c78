package it.ordo.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/** A number as people type it into a field: "2,5" or "2.5" in either language, the one parser of the screens. */
public final class TypedNumber {

    private TypedNumber() {
    }

    /** The number typed, empty for a blank field or text that is not a number. */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        f.setParseBigDecimal(true);
        // No thousands separators while typing: "1,5" in English is one and a half, not fifteen.
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
}
