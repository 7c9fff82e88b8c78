package it.ordo.application.order;

import it.ordo.domain.Message;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as shown to a person: header, lines with their stock, totals, VAT
 * summary and history. {@code version} is the version of the order it shows:
 * a change made from this view passes it back, so a change based on an
 * order someone else has saved since is refused. {@code heldFrom} is where an
 * order ON_HOLD was held from (DRAFT: held at confirmation, for credit or a
 * blocked customer), null otherwise. {@code vatTreatment} and {@code vatReference} are the order's own, kept
 * from its confirmation; {@code amountDue} is what the customer pays (less the VAT under split payment).
 */
public record OrderView(String number, Channel channel, String externalRef, String customerCode, String customerName,
                        String warehouse, OrderStatus status, OrderStatus heldFrom, Message holdReason,
                        Priority priority, LocalDate requestedDate,
                        LocalDate promisedDate, String notes, String shipName, String shipAddress,
                        String paymentTerms, Instant createdAt, String createdBy, BigDecimal netTotal,
                        BigDecimal vatTotal, BigDecimal grossTotal, List<Line> lines, List<VatRow> vatSummary,
                        List<HistoryEntry> history, long version, VatTreatment vatTreatment, String vatReference,
                        BigDecimal amountDue) {

    public record Line(int lineNo, String sku, String description, String unit, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal discountPct, BigDecimal vatRate, BigDecimal netAmount,
                       BigDecimal vatAmount, BigDecimal grossAmount, BigDecimal allocated, BigDecimal backordered,
                       LocalDate promisedDate, String priceNote, it.ordo.domain.order.LinePriceSource priceSource) {
    }

    public record VatRow(BigDecimal rate, BigDecimal taxable, BigDecimal vat) {
    }

    public record HistoryEntry(Instant at, String user, OrderStatus from, OrderStatus to, Message reason) {
    }

    /** Whether the order waits on a hold taken at confirmation (credit limit or blocked customer). */
    public boolean creditHold() {
        return status == OrderStatus.ON_HOLD && heldFrom == OrderStatus.DRAFT;
    }
}
