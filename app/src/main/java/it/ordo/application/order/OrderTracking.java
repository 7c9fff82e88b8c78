package it.ordo.application.order;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * "Where is my order?": an order as a web shop, a portal, an agents' app or a
 * chatbot shows it to the customer. {@code statusText} says it in the
 * customer's language ({@code language}, "it" or "en"); {@code promisedDate}
 * is when the whole order can leave, each line's own on the line. Shipments
 * list their parcels with the carrier's tracking link when it has one.
 * {@code vatTreatment} is the one the order was confirmed with (a web shop or portal prints its legal note, and
 * shows 0 VAT of an intra-EU supply or an export as such); {@code amountDue} is what the customer pays: the gross
 * total, less the VAT a public administration pays the Treasury under split payment.
 */
public record OrderTracking(String number, Channel channel, String externalRef, String customerCode,
                            String language, OrderStatus status, String statusText, LocalDate requestedDate,
                            LocalDate promisedDate, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal,
                            List<Line> lines, List<Shipment> shipments, VatTreatment vatTreatment,
                            BigDecimal amountDue) {

    public record Line(int lineNo, String sku, String description, String unit, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal discountPct, BigDecimal netAmount, BigDecimal allocated,
                       BigDecimal backordered, LocalDate promisedDate) {
    }

    public record Shipment(String ddtNumber, Instant shippedAt, String carrier, List<Parcel> parcels) {
    }

    public record Parcel(int parcelNo, String trackingNumber, String trackingLink) {
    }
}
