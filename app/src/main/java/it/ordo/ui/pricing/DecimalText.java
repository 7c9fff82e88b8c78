package it.ordo.ui.pricing;

import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Optional;

/** Prices, percentages and quantities as the manager types them: "9,50" or "9.50" in either language. */
final class DecimalText {

    private final Texts texts;

    DecimalText(Texts texts) {
        this.texts = texts;
    }

    /** The number typed, empty for a blank field or text that is not a number. */
    Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        DecimalFormat f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(texts.locale()));
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

    /** The number as a field shows it for editing, in the user's language, without grouping. */
    String edit(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(texts.locale()));
        f.setGroupingUsed(false);
        return f.format(value);
    }
}
