package it.ordo.application;

import it.ordo.application.api.ApiKeyService;
import it.ordo.application.audit.AuditService;
import it.ordo.application.catalog.ProductService;
import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.VatService;
import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.ShippingDocumentService;
import it.ordo.application.inventory.InventoryService;
import it.ordo.application.notification.MailService;
import it.ordo.application.order.ChannelOrderService;
import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderService;
import it.ordo.application.pricing.ConditionsService;
import it.ordo.application.pricing.PriceListService;
import it.ordo.application.pricing.PricingService;
import it.ordo.application.returns.ReturnService;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.application.reporting.SalesExportService;
import it.ordo.application.reporting.SalesReportService;
import it.ordo.application.reporting.KpiService;
import it.ordo.application.reporting.Spreadsheets;
import it.ordo.application.security.Guard;
import it.ordo.application.security.SalesAgentService;
import it.ordo.application.security.UserService;
import it.ordo.application.support.CustomerStoryService;
import it.ordo.application.support.TicketService;
import it.ordo.application.intake.HistoryImportService;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.intake.OrderIntakeService;
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

    /** Declarations of intent, VIES confirmations and the VAT treatment of customers. */
    VatService vat();

    ProductService products();

    InventoryService inventory();

    /** The warehouse: what to pick, packing, shipping with the DDT. */
    FulfilmentService fulfilment();

    /** The warehouse's printouts: DDT, pick lists, parcel labels (PDF and ZPL). */
    ShippingDocumentService shippingDocuments();

    PricingService pricing();

    /** Price lists and their items with quantity breaks: read by every desk, maintained by the sales manager. */
    PriceListService priceLists();

    /** Discount rules and promotions: read by every desk, maintained by the sales manager. */
    ConditionsService conditions();

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
    /** The accountants' export of a period's sales. */
    SalesExportService salesExport();

    /** Managers' printed reports of a period's sales. */
    SalesReportService salesReports();

    /** The manager's KPI dashboard. */
    KpiService kpis();

    /**
     * Writes exported tables to .xlsx or .csv files on this workstation (not a
     * use case: it runs where the file is saved, whichever services are behind).
     */
    Spreadsheets spreadsheets();

    /** The keys of the public API's clients (administrator). */
    ApiKeyService apiKeys();

    /** Which customers each sales agent looks after (administrator). */
    SalesAgentService agents();

    /** Orders from web shops, portals, agents' apps and chatbots: placed once however often sent, and tracked. */
    ChannelOrderService channelOrders();

    /** What the current user may do, for screens that hide what is not allowed. */
    Guard access();

    /** The clock and zone the services date things with. */
    Clock clock();

    /** Orders from customers' Excel and CSV files: mappings, preview, confirmation. */
    OrderIntakeService intake();

    /**
     * Reads customers' order files on this workstation (not a use case: it runs where the file is, whichever
     * services are behind).
     */
    IntakeFiles intakeFiles();

    /** Managers' printed reports of returns, customer-care tickets and stock. */
    it.ordo.application.reporting.ManagementReportService managementReports();

    /** Past orders from another system, in bulk (administrator, manager). */
    HistoryImportService history();
}
