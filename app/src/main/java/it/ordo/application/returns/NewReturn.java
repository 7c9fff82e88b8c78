package it.ordo.application.returns;

import it.ordo.domain.returns.ReturnWish;
import java.math.BigDecimal;
import java.util.List;

/** A return as customer service authorises it; {@code ticketNumber} when it comes from a ticket (else null). */
public record NewReturn(String orderNumber, String ticketNumber, String reason, ReturnWish wish, List<LineQty> lines) {

    public record LineQty(int lineNo, BigDecimal quantity) {
    }

    public NewReturn {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
