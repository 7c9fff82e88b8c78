package it.ordo.domain.pricing;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * The price of one line and why.
 *
 * @param unitPrice   list price per unit, before discount
 * @param discountPct the one line discount that applies (0 when none), in percent
 * @param source      which list the price came from
 * @param explanation each step that produced the figures
 */
public record PriceQuote(BigDecimal unitPrice, BigDecimal discountPct, PriceSource source, String listCode,
                         List<Message> explanation) {
}
