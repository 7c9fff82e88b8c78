package it.ordo.application.support;

import it.ordo.application.notification.MailService;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.application.returns.ReturnService;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link CustomerStoryService} in this process: the story is put together
 * from the use cases that own each part (each checks its own permission), so
 * there is one path to a customer's orders, tickets, returns and e-mails.
 */
public final class LocalCustomerStoryService implements CustomerStoryService {

    /** The latest of each kind that the story shows. */
    static final int PER_KIND = 200;

    private final OrderService orders;
    private final TicketService tickets;
    private final ReturnService returns;
    private final MailService mail;
    private final Guard guard;

    public LocalCustomerStoryService(OrderService orders, TicketService tickets, ReturnService returns,
                                     MailService mail, Guard guard) {
        this.orders = orders;
        this.tickets = tickets;
        this.returns = returns;
        this.mail = mail;
        this.guard = guard;
    }

    @Override
    public List<StoryEvent> story(String customerCode) {
        guard.require(Permission.VIEW_TICKETS);
        List<StoryEvent> events = new ArrayList<>();
        orders.search(OrderQuery.latest(null, customerCode, PER_KIND)).rows().forEach(o -> events.add(new StoryEvent(
                o.createdAt(), StoryEvent.Kind.ORDER, o.number(), o.status().name(), o.externalRef())));
        tickets.ofCustomer(customerCode).stream().limit(PER_KIND).forEach(t -> events.add(new StoryEvent(
                t.createdAt(), StoryEvent.Kind.TICKET, t.number(), t.status().name(), t.subject())));
        returns.list(customerCode, 0, PER_KIND).forEach(r -> events.add(new StoryEvent(r.createdAt(),
                StoryEvent.Kind.RETURN, r.rmaNumber(), r.status().name(), r.orderNumber() + ": " + r.reason())));
        if (guard.allows(Permission.VIEW_MAIL)) {
            mail.ofCustomer(customerCode).stream().limit(PER_KIND).forEach(m -> events.add(new StoryEvent(
                    m.sentAt() != null ? m.sentAt() : m.createdAt(), StoryEvent.Kind.EMAIL, m.kind().name(),
                    m.status().name(), m.subject() != null ? m.subject()
                            : m.orderNumber() != null ? m.orderNumber() : m.ticketNumber())));
        }
        events.sort(Comparator.comparing(StoryEvent::at).reversed());
        return events;
    }
}
