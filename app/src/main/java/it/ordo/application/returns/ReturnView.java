package it.ordo.application.returns;

import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return as screens and commands show it; who authorised it, or refused it and why; who received and who
 * inspected it; the credit is the sum of its lines; the credit note once it is credited; the manager's reason
 * when it was accepted after its window; the replacement order once placed, and who closed it by a replacement
 * or a repair.
 */
public record ReturnView(String rmaNumber, String orderNumber, String customerCode, String customerName,
                         String ticketNumber, ReturnStatus status, String reason, ReturnWish wish, Instant createdAt,
                         String createdBy, Instant receivedAt, String receivedBy, BigDecimal creditNet,
                         BigDecimal creditVat, BigDecimal creditGross, List<Line> lines, String creditNoteNumber,
                         Instant creditedAt, String windowOverrideReason, String windowOverrideBy,
                         String replacementOrderNumber, Instant closedAt, String closedBy, Instant authorisedAt,
                         String authorisedBy, Instant refusedAt, String refusedBy, String refusalReason,
                         Instant inspectedAt, String inspectedBy) {

    public record Line(int lineNo, String sku, String description, BigDecimal quantity, ReturnOutcome outcome,
                       BigDecimal creditNet, BigDecimal creditVat) {
    }
}
