package it.ordo.domain.order;

import it.ordo.domain.Address;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Orders built in memory, as the order entry use case builds them before anything is stored. */
final class Orders {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final Address SHIP_TO = new Address("Via Roma 1", "20121", "Milano", "MI", "IT");

    private Orders() {
    }

    static SalesOrder draft() {
        return new SalesOrder(Channel.PHONE, "REF-1", 7L, "Rossi Srl", SHIP_TO, 1L, Priority.NORMAL,
                TODAY.plusDays(3), "ring first", "30 days", "anna", NOW);
    }

    /** A draft with one line of 10 pieces at 5.00 (net 50.00, VAT 22 %). */
    static SalesOrder draftWithLine() {
        SalesOrder order = draft();
        order.addLine(100L, new BigDecimal("10"), new BigDecimal("5.00"), BigDecimal.ZERO, new BigDecimal("22"), null);
        return order;
    }

    static SalesOrder confirmed() {
        SalesOrder order = draftWithLine();
        order.assignNumber(OrderNumber.of(2026, 1));
        order.confirm("anna", NOW);
        return order;
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
