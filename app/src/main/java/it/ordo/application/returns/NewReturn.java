package it.ordo.application.returns;

import it.ordo.domain.returns.ReturnWish;
import java.math.BigDecimal;
import java.util.List;

/**
 * A return as customer service authorises it; {@code ticketNumber} when it comes from a ticket (else null);
 * {@code windowOverride}: why a manager accepts it after the return window closed (else null).
 */
public record NewReturn(String orderNumber, String ticketNumber, String reason, ReturnWish wish, List<LineQty> lines,
                        String windowOverride) {

    public record LineQty(int lineNo, BigDecimal quantity) {
    }

    public NewReturn {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A return inside its window. */
    public NewReturn(String orderNumber, String ticketNumber, String reason, ReturnWish wish, List<LineQty> lines) {
        this(orderNumber, ticketNumber, reason, wish, lines, null);
    }
}
