package it.ordo.ui.pricing;

import it.ordo.i18n.Texts;
import it.ordo.ui.TypedNumber;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;

/** Prices, percentages and quantities as the manager types them: "9,50" or "9.50" in either language. */
final class DecimalText {

    private final Texts texts;

    DecimalText(Texts texts) {
        this.texts = texts;
    }

    /** The number typed, empty for a blank field or text that is not a number. */
    Optional<BigDecimal> parse(String text) {
        return TypedNumber.parse(text, texts.locale());
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
