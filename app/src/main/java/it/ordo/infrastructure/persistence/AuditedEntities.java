package it.ordo.infrastructure.persistence;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which records the audit trail follows, and the key people know each one
 * by. To follow another kind of record, add its entity's simple name to
 * {@link #AUDITED} and say how it is named in {@link #key}.
 *
 * <p>Not audited on purpose: the stock ledger ({@code StockMovement}) and the
 * order status history ({@code StatusChange}) are append-only records of
 * who-did-what themselves, and so is a ticket's thread ({@code TicketEntry}); warehouses and the company are set-up data.
 * Supply lines are audited: an expected delivery moves promise dates, and
 * {@code supply add} leaves no other record of who made it.
 */
final class AuditedEntities {

    /** Simple names of the audited entities of {@code it.ordo.domain}. */
    static final Set<String> AUDITED = Set.of(
            "SalesOrder", "OrderLine",
            "Stock", "SupplyLine",
            "PriceList", "PriceListItem", "DiscountRule",
            "Customer", "ShippingAddress", "IntentDeclaration",
            "Product",
            "UserAccount",
            "Ticket", "TicketLink",
            "CustomerReturn", "ReturnLine",
            "MailTemplate");

    /** Fields whose values must not be copied into the trail: only the fact that they changed is. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|salt|hash).*");

    /** Fields computed from another audited field (the comparison key of a reference): they would say nothing new. */
    private static final Set<String> DERIVED = Set.of("externalRefKey");

    private AuditedEntities() {
    }

    static boolean derived(String field) {
        return DERIVED.contains(field);
    }

    static boolean audited(Class<?> entityClass) {
        return entityClass.getPackageName().startsWith("it.ordo.domain") && AUDITED.contains(entityClass.getSimpleName());
    }

    static boolean secret(String field) {
        return SECRET.matcher(field).matches();
    }

    /**
     * The key of the record, as people know it: an order line is found under
     * its order's number, an address under its customer's code, stock and
     * prices under the SKU and where they apply.
     */
    static String key(AuditScope.Pending entry, AuditKeys keys) {
        return switch (entry.type().name()) {
            case "SalesOrder" -> keys.own(entry, "orderNumber");
            case "OrderLine" -> keys.owner(entry, "orderId", "SalesOrder", "lines", "orderNumber");
            case "Customer", "PriceList", "DiscountRule" -> keys.own(entry, "code");
            case "ShippingAddress" -> keys.owner(entry, "customerId", "Customer", "shippingAddresses", "code");
            case "Product" -> keys.own(entry, "sku");
            case "IntentDeclaration" -> keys.own(entry, "protocol");
            case "Stock", "SupplyLine" -> keys.ref(entry, "productId", "Product", "sku") + "@"
                    + keys.ref(entry, "warehouseId", "Warehouse", "code");
            case "PriceListItem" -> keys.ref(entry, "productId", "Product", "sku") + "@"
                    + keys.ref(entry, "priceListId", "PriceList", "code");
            case "UserAccount" -> keys.own(entry, "username");
            case "Ticket" -> keys.own(entry, "ticketNumber");
            case "TicketLink" -> keys.owner(entry, "ticketId", "Ticket", "links", "ticketNumber");
            case "CustomerReturn" -> keys.own(entry, "rmaNumber");
            case "ReturnLine" -> keys.owner(entry, "returnId", "CustomerReturn", "lines", "rmaNumber");
            case "MailTemplate" -> keys.own(entry, "templateKey") + "/" + keys.own(entry, "language");
            default -> null;
        };
    }
}
