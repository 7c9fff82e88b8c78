package it.ordo.application.returns;

import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A return as screens and commands show it; the credit is the sum of its lines. */
public record ReturnView(String rmaNumber, String orderNumber, String customerCode, String customerName,
                         String ticketNumber, ReturnStatus status, String reason, ReturnWish wish, Instant createdAt,
                         String createdBy, Instant receivedAt, String receivedBy, BigDecimal creditNet,
                         BigDecimal creditVat, BigDecimal creditGross, List<Line> lines) {

    public record Line(int lineNo, String sku, String description, BigDecimal quantity, ReturnOutcome outcome,
                       BigDecimal creditNet, BigDecimal creditVat) {
    }
}
