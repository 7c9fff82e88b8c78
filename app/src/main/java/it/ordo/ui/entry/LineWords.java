package it.ordo.ui.entry;

import it.ordo.application.order.LineQuote;
import it.ordo.i18n.Texts;

/** A line's price and availability in words, for the table, its tooltips and the detail area. */
final class LineWords {

    private final Texts texts;

    LineWords(Texts texts) {
        this.texts = texts;
    }

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
}
