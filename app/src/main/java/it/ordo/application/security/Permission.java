package it.ordo.application.security;

import static it.ordo.domain.security.Role.ACCOUNTING;
import static it.ordo.domain.security.Role.ADMIN;
import static it.ordo.domain.security.Role.CUSTOMER_SERVICE;
import static it.ordo.domain.security.Role.MANAGER;
import static it.ordo.domain.security.Role.ORDER_DESK;
import static it.ordo.domain.security.Role.SALES_AGENT;
import static it.ordo.domain.security.Role.WAREHOUSE;

import it.ordo.domain.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission table: every use case names one of these, and each lists
 * the roles that may run it and why. The services check it themselves
 * ({@link Guard#require}), so a hidden button is never the only barrier.
 * docs/security.md shows the same table; a test keeps the two in step.
 */
public enum Permission {

    // --- reading: everyone who works with orders needs to see them
    VIEW_CUSTOMERS("everyone deals with customers: the warehouse ships to them, accounting checks their credit",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN, SALES_AGENT),
    VIEW_CREDIT("a customer's credit limit and the credit its open orders use are accounting's business and the "
            + "seller's, who must know before promising; the warehouse ships what was confirmed and never needs them "
            + "(it still sees prices: a valued DDT and a parcel's declared value carry them)",
            ORDER_DESK, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN, SALES_AGENT),
    VIEW_PRODUCTS("the catalogue is the common language of every desk",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN, SALES_AGENT),
    VIEW_STOCK("stock and promise dates answer \"when will it arrive?\", asked of every desk",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN, SALES_AGENT),
    VIEW_PRICES("a price quote changes nothing, and every desk is asked what something costs",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN, SALES_AGENT),
    VIEW_ORDERS("an order is followed by every desk from entry to delivery and invoicing",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN, SALES_AGENT),
    VIEW_STATUS("the figures of the status window (how many orders, customers, products) are no secret",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN),

    // --- orders
    PLACE_ORDER("taking orders is the work of the order desk and customer service; the warehouse and accounting do not sell",
            ORDER_DESK, CUSTOMER_SERVICE, MANAGER, ADMIN, SALES_AGENT),
    HOLD_ORDER("stopping an order is for who talks to the customer, and for accounting, who holds orders of customers who do not pay",
            ORDER_DESK, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN),
    RELEASE_ORDER("an order put on hold by hand is released by who talks to the customer, or by accounting who stopped it",
            ORDER_DESK, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN),
    RELEASE_CREDIT_HOLD("an order held at confirmation (over the credit limit, or of a blocked customer) is let through by "
            + "the credit controller: accounting, or a manager; not the desk that took it, and not the administrator, "
            + "who runs the system rather than the credit (a company that wants both gives the administrator the "
            + "accounting role)",
            ACCOUNTING, MANAGER),
    CANCEL_ORDER("cancelling gives the stock back and is agreed with the customer, by who took the order",
            ORDER_DESK, CUSTOMER_SERVICE, MANAGER, ADMIN, SALES_AGENT),
    FULFIL_ORDER("picking, packing, shipping and delivery happen in the warehouse; the office must not mark goods as gone",
            WAREHOUSE, MANAGER, ADMIN),
    PRINT_ORDER_DOCUMENT("the confirmation goes to the customer with prices and terms; the warehouse works from pick lists, not price documents",
            ORDER_DESK, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN),

    // --- stock
    RECEIVE_GOODS("on hand changes only when someone in the warehouse has counted the goods; the order desk cannot adjust stock",
            WAREHOUSE, MANAGER, ADMIN),
    PLAN_SUPPLY("expected supplier deliveries drive promise dates, so only who receives the goods records them",
            WAREHOUSE, MANAGER, ADMIN),

    // --- master data
    IMPORT_PRODUCTS("products carry list prices and costs: master data for management, not for the desks that use them",
            MANAGER, ADMIN),
    MANAGE_PRICES("price lists, breaks, discount rules and promotions are the sales manager's commitments to customers; "
            + "the desks read them (VIEW_PRICES) and apply them, they do not set them",
            MANAGER, ADMIN),
    IMPORT_CUSTOMERS("customers carry credit limits, payment terms and blocks, which accounting owns",
            ACCOUNTING, MANAGER, ADMIN),

    // --- customer care
    VIEW_TICKETS("a customer's complaints and questions concern every desk: the order desk and the warehouse see what "
            + "went wrong with their work, accounting the invoice questions",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN),
    HANDLE_TICKETS("opening, answering and closing tickets is customer service's work; what they write to the customer "
            + "is sent by e-mail in the company's name",
            CUSTOMER_SERVICE, MANAGER, ADMIN),
    VIEW_RETURNS("returns move stock and money: every desk follows them, accounting for the credit notes",
            ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN),
    HANDLE_RETURNS("a return is agreed with the customer by customer service, who knows what was promised",
            CUSTOMER_SERVICE, MANAGER, ADMIN),
    RECEIVE_RETURNS("goods coming back are counted and judged where they arrive, in the warehouse",
            WAREHOUSE, MANAGER, ADMIN),
    VIEW_MAIL("what was written to a customer, and what still waits to go, is looked at by who answers the customer",
            ORDER_DESK, CUSTOMER_SERVICE, MANAGER, ADMIN),
    SEND_MAIL("sending waiting e-mails, and retrying failed ones, is run by customer service or the administrator",
            CUSTOMER_SERVICE, MANAGER, ADMIN),
    CONFIGURE_MAIL("the company's mail server is set up by the administrator",
            ADMIN),
    // --- reporting
    EXPORT_SALES("the period's sales with their VAT are the books accounting keeps; managers read the same figures",
            ACCOUNTING, MANAGER),
    VIEW_MANAGEMENT_FIGURES("sales by customer, channel and product with their margins, and the KPIs, are management "
            + "information: the desks see their orders, not the company's margins",
            MANAGER),

    // --- control and administration
    CHECK_INTEGRITY("reconciling stock with its ledger is a control for accounting and management",
            ACCOUNTING, MANAGER, ADMIN),
    MANAGE_USERS("who may sign in, and with which roles, is decided by the administrator alone",
            ADMIN),
    SET_UP("the company, its warehouses and the first administrator are set up once, by the administrator, who also "
            + "takes the backups: a backup is a copy of every customer, price and order",
            ADMIN),
    MANAGE_RETURN_WINDOW("how long customers may send goods back, and a return accepted after that, is a commercial "
            + "decision of the manager; the desk tells the customer the rule",
            MANAGER, ADMIN),
    MANAGE_API_CLIENTS("an API key lets a web shop, a portal or an app place orders in the company's name without a "
            + "person signing in: who holds one, for which channel and with which rights is the administrator's decision",
            ADMIN),
    IMPORT_HISTORY("past orders written in bulk create customers and products and become the sales figures every KPI "
            + "reads, without the checks of the order path: bringing in a company's history is set-up work for the "
            + "administrator or a manager",
            MANAGER, ADMIN);

    private final String because;
    private final Set<Role> roles;

    Permission(String because, Role... roles) {
        this.because = because;
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Collections.addAll(set, roles);
        this.roles = Collections.unmodifiableSet(set);
    }

    /** The roles that may do it, in the order of {@link Role}. */
    public Set<Role> roles() {
        return roles;
    }

    /** Why these roles and no others. */
    public String because() {
        return because;
    }

    /** Whether someone holding these roles may do it. */
    public boolean grantedTo(Set<Role> held) {
        return held != null && held.stream().anyMatch(roles::contains);
    }
}
