package it.ordo.application.support;

import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import java.util.List;

/**
 * A ticket as the desk opens it: whose, what kind, how urgent, the subject and
 * what the customer said, and the orders or order lines it is about (either
 * list may be empty).
 */
public record NewTicket(String customerCode, TicketCategory category, TicketPriority priority, String subject,
                        String description, List<String> orderNumbers, List<LineRef> lines) {

    /** A line of an order, by the numbers people see. */
    public record LineRef(String orderNumber, int lineNo) {
    }

    public NewTicket {
        orderNumbers = orderNumbers == null ? List.of() : List.copyOf(orderNumbers);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
