package it.ordo.application;

import it.ordo.application.audit.AuditService;
import it.ordo.application.catalog.ProductService;
import it.ordo.application.customer.CustomerService;
import it.ordo.application.inventory.InventoryService;
import it.ordo.application.notification.MailService;
import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderService;
import it.ordo.application.pricing.PricingService;
import it.ordo.application.returns.ReturnService;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.application.security.Guard;
import it.ordo.application.security.UserService;
import it.ordo.application.support.CustomerStoryService;
import it.ordo.application.support.TicketService;
import java.time.Clock;

/**
 * The use cases a signed-in user reaches, and nothing below them: what the
 * desktop's screens are given. The composition root (OrdoContext) is one
 * implementation, in process; its database, repositories and set-up are not
 * part of this view, so a screen cannot reach past the permission checks.
 */
public interface Services {

    OrderService orders();

    /** Quotes lines and totals while an order is typed. */
    OrderEntryService orderEntry();

    /** The signed-in user's half-entered order. */
    OrderDraftService orderDrafts();

    OrderDocumentService documents();

    CustomerService customers();

    ProductService products();

    InventoryService inventory();

    PricingService pricing();

    UserService users();

    AuditService audit();

    /** Customer-service tickets. */
    TicketService tickets();

    /** Returns (RMA). */
    ReturnService returns();

    /** A customer's orders, tickets, returns and e-mails on one list. */
    CustomerStoryService stories();

    /** Customer e-mails: the outbox and its sender. */
    MailService mail();

    /** What the current user may do, for screens that hide what is not allowed. */
    Guard access();

    /** The clock and zone the services date things with. */
    Clock clock();
}
