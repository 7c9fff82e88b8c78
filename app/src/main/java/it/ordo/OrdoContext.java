package it.ordo;

import it.ordo.application.api.ApiAccess;
import it.ordo.application.api.ApiKeyService;
import it.ordo.application.api.LocalApiKeyService;
import it.ordo.application.order.ChannelOrderService;
import it.ordo.application.order.LocalChannelOrderService;
import it.ordo.application.security.LocalSalesAgentService;
import it.ordo.application.security.SalesAgentService;
import it.ordo.infrastructure.persistence.JdbcApiClientRepository;
import it.ordo.infrastructure.persistence.JdbcSalesAgentRepository;
import it.ordo.application.CurrentUser;
import it.ordo.application.Services;
import it.ordo.application.intake.HistoryImportService;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.intake.LocalHistoryImportService;
import it.ordo.application.intake.LocalOrderIntakeService;
import it.ordo.application.intake.OrderIntakeService;
import it.ordo.infrastructure.persistence.JdbcHistoryRepository;
import it.ordo.infrastructure.persistence.JdbcOrderIntakeRepository;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import it.ordo.application.Transactions;
import it.ordo.application.audit.AuditService;
import it.ordo.application.audit.LocalAuditService;
import it.ordo.application.catalog.LocalProductService;
import it.ordo.application.catalog.ProductService;
import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.LocalCustomerService;
import it.ordo.application.customer.LocalVatService;
import it.ordo.application.customer.VatService;
import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.LocalFulfilmentService;
import it.ordo.application.fulfilment.LocalShippingDocumentService;
import it.ordo.application.fulfilment.ShippingDocumentService;
import it.ordo.application.integrity.IntegrityService;
import it.ordo.application.inventory.InventoryService;
import it.ordo.application.inventory.LocalInventoryService;
import it.ordo.application.order.LocalOrderDraftService;
import it.ordo.application.order.LocalOrderEntryService;
import it.ordo.application.order.LocalOrderService;
import it.ordo.application.notification.LocalMailService;
import it.ordo.application.notification.MailGateway;
import it.ordo.application.notification.MailService;
import it.ordo.application.notification.MailTemplates;
import it.ordo.application.support.CustomerStoryService;
import it.ordo.application.support.LocalCustomerStoryService;
import it.ordo.application.support.LocalTicketService;
import it.ordo.application.support.TicketService;
import it.ordo.application.order.OrderDraftService;
import it.ordo.application.order.OrderEntryService;
import it.ordo.application.order.OrderService;
import it.ordo.application.pricing.LocalPricingService;
import it.ordo.application.pricing.ConditionsService;
import it.ordo.application.pricing.LocalConditionsService;
import it.ordo.application.pricing.LocalPriceListService;
import it.ordo.application.pricing.PriceListService;
import it.ordo.application.pricing.Pricer;
import it.ordo.application.pricing.PricingService;
import it.ordo.application.reporting.LocalOrderDocumentService;
import it.ordo.application.returns.LocalReturnService;
import it.ordo.application.returns.ReturnService;
import it.ordo.application.reporting.LocalSalesExportService;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.application.reporting.SalesExportService;
import it.ordo.application.reporting.LocalSalesReportService;
import it.ordo.application.reporting.SalesReportService;
import it.ordo.application.reporting.KpiService;
import it.ordo.application.reporting.LocalKpiService;
import it.ordo.application.reporting.Spreadsheets;
import it.ordo.application.security.AuthenticationService;
import it.ordo.application.security.Guard;
import it.ordo.application.security.LocalUserService;
import it.ordo.application.security.UserService;
import it.ordo.application.setup.DemoData;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.security.PasswordHasher;
import it.ordo.infrastructure.fulfilment.JasperShippingDocuments;
import it.ordo.infrastructure.persistence.Database;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.mail.SmtpMailGateway;
import it.ordo.infrastructure.persistence.JdbcAuditTrail;
import it.ordo.infrastructure.persistence.JdbcOutbox;
import it.ordo.infrastructure.persistence.JpaReturnRepository;
import it.ordo.infrastructure.persistence.JpaTicketRepository;
import it.ordo.infrastructure.persistence.JdbcOrderDraftRepository;
import it.ordo.infrastructure.persistence.JpaCompanyRepository;
import it.ordo.infrastructure.persistence.JpaCustomerRepository;
import it.ordo.infrastructure.persistence.JpaFulfilmentRepository;
import it.ordo.infrastructure.persistence.JpaInventoryRepository;
import it.ordo.infrastructure.persistence.JpaOrderRepository;
import it.ordo.infrastructure.persistence.JpaPricingRepository;
import it.ordo.infrastructure.persistence.JpaSalesFacts;
import it.ordo.infrastructure.persistence.JpaProductRepository;
import it.ordo.infrastructure.persistence.JpaTransactions;
import it.ordo.infrastructure.persistence.JpaUserRepository;
import it.ordo.infrastructure.persistence.SqlStockAudit;
import it.ordo.infrastructure.reporting.JasperOrderDocumentRenderer;
import it.ordo.infrastructure.reporting.JasperSalesReportRenderer;
import it.ordo.infrastructure.reporting.JdbcDocumentArchive;
import it.ordo.infrastructure.reporting.PoiSpreadsheets;
import it.ordo.infrastructure.security.Pbkdf2PasswordHasher;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The composition root: opens the database and builds every repository and
 * service once. The desktop, the command line and the tests all start here,
 * so they run the same graph. What it hands out are the application services
 * (and the database, for backups); the repositories and the transactions stay
 * inside, so a screen or a command can only do what a use case allows.
 */
public final class OrdoContext implements Services, AutoCloseable {

    static {
        // Hibernate logs through JBoss Logging; route it to SLF4J so one setting (simplelogger.properties,
        // warnings only) keeps both the command line's output and the tests' logs readable.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private final Database database;
    private final JpaTransactions transactions;
    private final JpaCustomerRepository customerRepository;
    private final JpaProductRepository productRepository;
    private final JpaInventoryRepository inventoryRepository;
    private final JpaPricingRepository pricingRepository;
    private final JpaOrderRepository orderRepository;
    private final JpaCompanyRepository companyRepository;
    private final JpaUserRepository userRepository;
    private final PasswordHasher passwordHasher;
    private final Guard guard;
    private final Clock clock;
    private final CurrentUser user;

    private final PricingService pricing;
    private final PriceListService priceLists;
    private final ConditionsService conditions;
    private final InventoryService inventory;
    private final LocalOrderService orders;
    private final CustomerService customers;
    private final VatService vat;
    private final ProductService products;
    private final IntegrityService integrity;
    private final OrderDocumentService documents;
    private final SetupService setup;
    private final AuthenticationService authentication;
    private final UserService users;
    private final AuditService audit;
    private final OrderEntryService orderEntry;
    private final OrderDraftService orderDrafts;
    private final JdbcOutbox outbox;
    private final it.ordo.infrastructure.persistence.JpaMailTemplateRepository storedMailTemplates;
    private final MailTemplates mailTemplates;
    private final TicketService tickets;
    private final ReturnService returns;
    private final it.ordo.application.returns.ReturnLabels returnLabels;
    private final CustomerStoryService stories;
    private final MailService mail;
    private final Spreadsheets spreadsheets = new PoiSpreadsheets();
    private final SalesExportService salesExport;
    private final SalesReportService salesReports;
    private final KpiService kpis;
    private final it.ordo.application.reporting.ManagementReportService managementReports;
    private final FulfilmentService fulfilment;
    private final ShippingDocumentService shippingDocuments;
    private final JdbcApiClientRepository apiClientRepository;
    private final ApiKeyService apiKeys;
    private final SalesAgentService agents;
    private final ChannelOrderService channelOrders;
    private final OrderIntakeService intake;
    private final IntakeFiles intakeFiles = new PoiIntakeFiles();
    private final HistoryImportService history;

    private OrdoContext(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        // Every change is audited as this user, at this clock's time, in the transaction that makes it.
        this.transactions = new JpaTransactions(database.entityManagerFactory(), user, clock);
        this.customerRepository = new JpaCustomerRepository(transactions);
        this.productRepository = new JpaProductRepository(transactions);
        this.inventoryRepository = new JpaInventoryRepository(transactions);
        this.pricingRepository = new JpaPricingRepository(transactions);
        this.orderRepository = new JpaOrderRepository(transactions);
        this.companyRepository = new JpaCompanyRepository(transactions);
        this.userRepository = new JpaUserRepository(transactions);
        this.passwordHasher = new Pbkdf2PasswordHasher();
        // Every service checks this user's roles first thing in each use case.
        this.apiClientRepository = new JdbcApiClientRepository(transactions);
        JdbcSalesAgentRepository salesAgentRepository = new JdbcSalesAgentRepository(transactions);
        // A sales agent's use cases are limited to the customers linked to them.
        this.guard = new Guard(user, transactions, userRepository, salesAgentRepository);
        Pricer pricer = new Pricer(pricingRepository);
        // Customers, warehouses and products as orders read them: kept per process, checked by one version read.
        var referenceData = new it.ordo.infrastructure.persistence.JpaOrderReferenceData(transactions,
                database.masterData());
        this.pricing = new LocalPricingService(transactions, customerRepository, productRepository, pricer, guard);
        this.priceLists = new LocalPriceListService(transactions, pricingRepository, productRepository,
                customerRepository, guard, clock);
        this.conditions = new LocalConditionsService(transactions, pricingRepository, productRepository, guard);
        this.inventory = new LocalInventoryService(transactions, productRepository, inventoryRepository, orderRepository,
                user, clock, guard);
        this.orders = new LocalOrderService(transactions, orderRepository, customerRepository,
                referenceData, inventoryRepository, pricer, user, clock, guard);
        this.customers = new LocalCustomerService(transactions, customerRepository, inventoryRepository, pricingRepository,
                guard, clock);
        this.vat = new LocalVatService(transactions, customerRepository, user, clock, guard);
        this.products = new LocalProductService(transactions, productRepository, pricingRepository, inventoryRepository,
                guard);
        this.integrity = new IntegrityService(transactions, new SqlStockAudit(transactions), guard);
        this.documents = new LocalOrderDocumentService(transactions, orderRepository, customerRepository, productRepository,
                companyRepository, new JasperOrderDocumentRenderer(), new JdbcDocumentArchive(transactions), clock,
                guard);
        this.setup = new SetupService(transactions, companyRepository, inventoryRepository, pricingRepository,
                productRepository, customerRepository, orderRepository, guard);
        // Who may do what is written on the owner's connections when the runtime account may only read it
        // (the Ordo server's least privilege); else on the same connections as everything else.
        JpaTransactions identity = database.identityDataSource()
                .map(ds -> new JpaTransactions(database.entityManagerFactory(), user, clock, ds)).orElse(transactions);
        JpaUserRepository identityUsers = identity == transactions ? userRepository : new JpaUserRepository(identity);
        this.authentication = new AuthenticationService(identity, identityUsers, passwordHasher, clock);
        this.users = new LocalUserService(identity, identityUsers, passwordHasher, guard, clock);
        this.audit = new LocalAuditService(transactions, orderRepository, customerRepository, productRepository,
                inventoryRepository, new JdbcAuditTrail(transactions), guard);
        this.orderEntry = new LocalOrderEntryService(transactions, customerRepository, productRepository,
                referenceData, inventoryRepository, orderRepository, pricer, clock, guard);
        this.orderDrafts = new LocalOrderDraftService(transactions, new JdbcOrderDraftRepository(transactions), user, clock,
                guard);
        this.outbox = new JdbcOutbox(transactions);
        this.storedMailTemplates = new it.ordo.infrastructure.persistence.JpaMailTemplateRepository(transactions);
        this.mailTemplates = new MailTemplates(storedMailTemplates);
        JpaTicketRepository ticketRepository = new JpaTicketRepository(transactions);
        this.tickets = new LocalTicketService(transactions, ticketRepository, customerRepository, orderRepository,
                productRepository, userRepository, outbox, mailTemplates, user, clock, guard);
        this.returnLabels = new it.ordo.application.returns.ReturnLabels(new JpaReturnRepository(transactions),
                customerRepository, productRepository, companyRepository,
                new it.ordo.infrastructure.reporting.JasperReturnLabelRenderer());
        this.returns = new LocalReturnService(transactions, new JpaReturnRepository(transactions), orderRepository,
                customerRepository, productRepository, inventoryRepository, ticketRepository, user, clock, guard, outbox,
                mailTemplates, companyRepository, new it.ordo.infrastructure.reporting.JasperCreditNoteRenderer(),
                orders, returnLabels);
        this.mail = mail(new SmtpMailGateway());
        JpaSalesFacts salesFacts = new JpaSalesFacts(transactions);
        this.salesExport = new LocalSalesExportService(transactions, salesFacts, clock, guard);
        this.salesReports = new LocalSalesReportService(transactions, salesFacts, companyRepository,
                new JasperSalesReportRenderer(), clock, guard);
        it.ordo.infrastructure.persistence.JpaManagementFacts managementFacts =
                new it.ordo.infrastructure.persistence.JpaManagementFacts(transactions);
        this.kpis = new LocalKpiService(transactions, salesFacts, managementFacts, customerRepository, clock, guard);
        this.managementReports = new it.ordo.application.reporting.LocalManagementReportService(transactions,
                managementFacts, salesFacts, companyRepository,
                new it.ordo.infrastructure.reporting.JasperManagementReportRenderer(), clock, guard);
        JpaFulfilmentRepository fulfilmentRepository = new JpaFulfilmentRepository(transactions);
        this.fulfilment = new LocalFulfilmentService(transactions, fulfilmentRepository, orderRepository,
                inventoryRepository, productRepository, customerRepository, companyRepository, user, clock, guard);
        this.shippingDocuments = new LocalShippingDocumentService(transactions, fulfilment, fulfilmentRepository,
                orderRepository, customerRepository, productRepository, inventoryRepository,
                new JdbcDocumentArchive(transactions), new JasperShippingDocuments(), clock, guard);
        this.stories = new LocalCustomerStoryService(orders, tickets, returns, mail, guard);
        this.apiKeys = new LocalApiKeyService(identity, identity == transactions ? apiClientRepository
                : new JdbcApiClientRepository(identity), identityUsers, user, clock, guard);
        this.agents = new LocalSalesAgentService(identity, identity == transactions ? salesAgentRepository
                : new JdbcSalesAgentRepository(identity), identityUsers, identity == transactions ? customerRepository
                : new JpaCustomerRepository(identity), guard);
        this.channelOrders = new LocalChannelOrderService(transactions, orders, fulfilment, orderRepository,
                customerRepository, apiClientRepository, user, clock, guard);
        this.intake = new LocalOrderIntakeService(transactions, new JdbcOrderIntakeRepository(transactions),
                customerRepository, productRepository, orderRepository, orderEntry, orders, user, clock, guard);
        this.history = new LocalHistoryImportService(transactions, new JdbcHistoryRepository(transactions), user,
                clock, guard);
    }

    public static OrdoContext open(DatabaseSettings settings, CurrentUser user, Clock clock) {
        return new OrdoContext(Database.open(settings), user, clock);
    }

    /**
     * Fills this (empty) database with demonstration data through the use
     * cases. The generator gets the services, never the repositories; it may
     * group use cases in one commit and replay history as other users at
     * other times, each in a graph of its own on this database.
     */
    public void generateDemo(DemoData generator, long seed, Consumer<String> progress) {
        // Only an empty database is marked: the generator refuses one that holds a company, and the mark
        // would have the next start discard that company.
        boolean empty = !setup.isInitialized();
        if (empty) {
            database.demoStarted();
        }
        generator.generate(demoServices(), seed, progress == null ? line -> { } : progress);
        if (empty) {
            database.demoFinished();
        }
    }

    private DemoData.Services demoServices() {
        return new DemoData.Services() {
            @Override
            public SetupService setup() {
                return setup;
            }

            @Override
            public UserService users() {
                return users;
            }

            @Override
            public ProductService products() {
                return products;
            }

            @Override
            public CustomerService customers() {
                return customers;
            }

            @Override
            public VatService vat() {
                return vat;
            }

            @Override
            public InventoryService inventory() {
                return inventory;
            }

            @Override
            public OrderService orders() {
                return orders;
            }

            @Override
            public FulfilmentService fulfilment() {
                return fulfilment;
            }

            @Override
            public IntegrityService integrity() {
                return integrity;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Transactions batch() {
                return transactions;
            }

            @Override
            public TicketService tickets() {
                return tickets;
            }

            @Override
            public ReturnService returns() {
                return returns;
            }

            @Override
            public SalesAgentService agents() {
                return agents;
            }

            @Override
            public MailService mail() {
                return mail;
            }

            @Override
            public DemoData.Services as(CurrentUser otherUser, Clock otherClock) {
                return new OrdoContext(database, otherUser, otherClock).demoServices();
            }
        };
    }

    /**
     * The same graph working as another user (after signing in), sharing this
     * one's database and clock. Close only one of the two: they share the database.
     */
    public OrdoContext as(CurrentUser otherUser) {
        return new OrdoContext(database, otherUser, clock);
    }

    @Override
    public PriceListService priceLists() {
        return priceLists;
    }

    @Override
    public ConditionsService conditions() {
        return conditions;
    }

    public PricingService pricing() {
        return pricing;
    }

    public InventoryService inventory() {
        return inventory;
    }

    @Override
    public FulfilmentService fulfilment() {
        return fulfilment;
    }

    @Override
    public ShippingDocumentService shippingDocuments() {
        return shippingDocuments;
    }

    public OrderService orders() {
        return orders;
    }

    public CustomerService customers() {
        return customers;
    }

    @Override
    public VatService vat() {
        return vat;
    }

    public ProductService products() {
        return products;
    }

    public IntegrityService integrity() {
        return integrity;
    }

    public OrderDocumentService documents() {
        return documents;
    }

    public SetupService setup() {
        return setup;
    }

    public AuthenticationService authentication() {
        return authentication;
    }

    public AuditService audit() {
        return audit;
    }

    public UserService users() {
        return users;
    }

    /** Quotes lines and totals while an order is typed. */
    public OrderEntryService orderEntry() {
        return orderEntry;
    }

    /** The signed-in user's half-entered order. */
    public OrderDraftService orderDrafts() {
        return orderDrafts;
    }

    @Override
    public TicketService tickets() {
        return tickets;
    }

    @Override
    public ReturnService returns() {
        return returns;
    }

    @Override
    public CustomerStoryService stories() {
        return stories;
    }

    @Override
    public MailService mail() {
        return mail;
    }

    /** The mail use cases over another mail server connection (package-private: tests reach it through Internals). */
    /** The warehouse's use cases over other transactions (a test's, which re-runs a chunk as a conflict would). */
    FulfilmentService fulfilment(it.ordo.application.Transactions tx) {
        return new LocalFulfilmentService(tx, new JpaFulfilmentRepository(transactions), orderRepository,
                inventoryRepository, productRepository, customerRepository, companyRepository, user, clock, guard);
    }

    MailService mail(MailGateway gateway) {
        return new LocalMailService(transactions, outbox, customerRepository, orderRepository, companyRepository,
                documents, mailTemplates, gateway, clock, guard, returnLabels,
                new JpaFulfilmentRepository(transactions), storedMailTemplates);
    }

    @Override
    public SalesExportService salesExport() {
        return salesExport;
    }

    @Override
    public SalesReportService salesReports() {
        return salesReports;
    }

    @Override
    public KpiService kpis() {
        return kpis;
    }

    @Override
    public Spreadsheets spreadsheets() {
        return spreadsheets;
    }

    @Override
    public ApiKeyService apiKeys() {
        return apiKeys;
    }

    @Override
    public SalesAgentService agents() {
        return agents;
    }

    @Override
    public ChannelOrderService channelOrders() {
        return channelOrders;
    }

    /** The check of the public API's keys, for the server (not a use case a person runs). */
    public ApiAccess apiAccess() {
        return new ApiAccess(transactions, apiClientRepository, userRepository, clock);
    }

    /** What the current user may do, for screens that hide what is not allowed. */
    public Guard access() {
        return guard;
    }

    /** For tests that set up what no use case writes (package-private; see the test tree's it.ordo.Internals). */
    JpaTransactions transactions() {
        return transactions;
    }

    /** The database as a whole, for the tools that work on it (backup, the benchmark's plain-JDBC baseline). */
    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public OrderIntakeService intake() {
        return intake;
    }

    @Override
    public IntakeFiles intakeFiles() {
        return intakeFiles;
    }

    @Override
    public it.ordo.application.reporting.ManagementReportService managementReports() {
        return managementReports;
    }

    @Override
    public HistoryImportService history() {
        return history;
    }
}
