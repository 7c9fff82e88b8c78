package it.ordo.infrastructure.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.company.Company;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.IntentDeclaration;
import it.ordo.domain.customer.ShippingAddress;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.inventory.SupplyLine;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.order.StatusChange;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.returns.CustomerReturn;
import it.ordo.domain.returns.ReturnLine;
import it.ordo.domain.support.Ticket;
import it.ordo.domain.support.TicketEntry;
import it.ordo.domain.support.TicketLink;
import it.ordo.infrastructure.OwnerOnly;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Opens the database: creates an embedded Derby database on first use, brings
 * the schema up to date with the migrations of the db module, and builds the
 * connection pool and the Hibernate EntityManagerFactory on top of it. The
 * same code serves embedded Derby, a Derby Network Server and PostgreSQL:
 * only the Hibernate dialect of Derby is chosen by hand (PostgreSQL's is
 * detected).
 */
public final class Database implements AutoCloseable {

    private static final List<Class<?>> ENTITIES = List.of(Warehouse.class, Product.class, Customer.class,
            ShippingAddress.class, PriceList.class, PriceListItem.class, DiscountRule.class, Stock.class,
            StockMovement.class, SupplyLine.class, SalesOrder.class, OrderLine.class, StatusChange.class,
            Company.class, UserAccount.class, IntentDeclaration.class, Ticket.class, TicketLink.class,
            TicketEntry.class, CustomerReturn.class, ReturnLine.class, it.ordo.domain.fulfilment.BinLocation.class,
            it.ordo.domain.fulfilment.Carrier.class, it.ordo.domain.fulfilment.Shipment.class,
            it.ordo.domain.fulfilment.Parcel.class, it.ordo.domain.fulfilment.ShipmentLine.class,
            it.ordo.domain.fulfilment.TrackingEvent.class, it.ordo.domain.fulfilment.ShippingSettings.class,
            it.ordo.domain.fulfilment.DdtSeries.class, it.ordo.domain.notification.MailTemplate.class);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final HikariDataSource identityDataSource;
    private final EntityManagerFactory entityManagerFactory;
    /** The order pipeline's master data, kept for every session and user of this process (V26). */
    private final MasterDataCache masterData = new MasterDataCache();

    private Database(DatabaseSettings settings, HikariDataSource dataSource, HikariDataSource identityDataSource,
                     EntityManagerFactory emf) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.identityDataSource = identityDataSource;
        this.entityManagerFactory = emf;
    }

    public static Database open(DatabaseSettings settings) {
        if (settings.isEmbedded()) {
            Path folder = settings.embeddedFolder();
            DataFolderGuard.requireWritable(folder.getParent());
            configureDerbyEngine(folder.getParent().resolve("derby.log"));
            bootEmbedded(settings);
            if (DataFolderGuard.demoInterrupted(folder)) {
                // A first start was killed while it made the demo company: begin again on an empty database.
                shutdownEmbedded(settings);
                DataFolderGuard.discard(folder);
                bootEmbedded(settings);
            }
            DataFolderGuard.claim(folder);
        }
        HikariDataSource ds = null;
        HikariDataSource identity = null;
        try {
            if (settings.separateOwner()) {
                // The owner migrates and grants, then leaves: the pool the use cases work on is the runtime account's.
                // Flyway holds two connections at once on PostgreSQL (its history and the migration).
                try (HikariDataSource owner = pool(settings, settings.ownerUser(), settings.ownerPassword(), 3)) {
                    migrate(settings, owner);
                    try (Connection c = owner.getConnection()) {
                        LeastPrivilege.apply(c, settings);
                    } catch (SQLException e) {
                        throw new DatabaseUnavailableException(settings.displayUrl(), e);
                    }
                }
                ds = pool(settings, settings.user(), settings.password(), 10);
                // Who may do what (users, their roles, API keys, agents' customers) is written on the owner's
                // connections alone: the runtime account only reads it, so a leaked runtime password cannot make
                // itself an administrator. Sign-ins and user administration are rare: two connections do.
                identity = pool(settings, settings.ownerUser(), settings.ownerPassword(), 2, "ordo-identity");
            } else {
                ds = pool(settings, settings.user(), settings.password(), 10);
                migrate(settings, ds);
            }
            return new Database(settings, ds, identity, entityManagerFactory(settings, ds));
        } catch (RuntimeException e) {
            if (identity != null) {
                identity.close();
            }
            if (ds != null) {
                ds.close();
            }
            if (settings.isEmbedded()) {
                shutdownEmbedded(settings);
                DataFolderGuard.release(settings.embeddedFolder());
            }
            throw e;
        }
    }

    /**
     * Brings the schema up to date. A database a newer Ordo has migrated is refused untouched (Flyway would
     * otherwise ignore the versions it does not know and carry on); a database of an earlier version is
     * backed up before its first migration (Derby; PostgreSQL is backed up with its own tools).
     */
    private static void migrate(DatabaseSettings settings, DataSource ds) {
        // The one type the databases spell differently: binary content (V8's archived documents).
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("bytes", settings.isDerby() ? "BLOB" : "BYTEA")).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] applied = info.applied();
        java.util.Optional<MigrationVersion> future = java.util.Arrays.stream(applied)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).max(java.util.Comparator.naturalOrder());
        if (future.isPresent()) {
            String known = java.util.Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                    .map(MigrationInfo::getVersion).max(java.util.Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion).orElse("0");
            throw new DatabaseStartException("db.start.newer", settings.isEmbedded()
                    ? settings.embeddedFolder().toString() : settings.displayUrl(), future.get().getVersion(), known);
        }
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0) {
            return; // up to date: a second pass over the migrations and the history would only cost start-up time
        }
        if (applied.length > 0 && settings.isDerby()) {
            MigrationInfo current = info.current();
            DerbyBackup.beforeUpgrade(ds, settings.isEmbedded(), current == null ? "0" : current.getVersion().getVersion());
        }
        flyway.migrate();
    }

    /**
     * Boots the embedded database outside the pool, creating it on first use: creating with
     * ";create=true" once keeps every pooled connection from logging Derby's "database already exists"
     * warning, and a database another process holds is refused here with who holds it.
     */
    private static void bootEmbedded(DatabaseSettings settings) {
        try {
            bootEmbeddedOnce(settings);
        } catch (DatabaseStartException e) {
            // Held by the resident process of the ordo command: it lets go on request, and the boot is tried again.
            if (!"db.start.inUse".equals(e.key()) || !DataFolderGuard.releasedByResident(settings.embeddedFolder())) {
                throw e;
            }
            bootEmbeddedOnce(settings);
        }
    }

    private static void bootEmbeddedOnce(DatabaseSettings settings) {
        Path folder = settings.embeddedFolder();
        boolean exists = Files.isDirectory(folder.resolve("seg0"));
        try {
            if (!exists) {
                OwnerOnly.createDirectories(folder.getParent());
            }
            // Without an account given, the database is created as the default account all the same: Derby
            // makes the creator its owner, and the owner is who may use it once the server turns authentication on.
            String url = "jdbc:derby:" + folder + (exists ? "" : ";create=true"
                    + (settings.user() == null ? ";user=" + DatabaseSettings.DEFAULT_ACCOUNT : ""));
            try (Connection c = derbyConnection(url, settings)) {
                c.isValid(1);
            }
        } catch (SQLException | java.io.IOException e) {
            if (DataFolderGuard.heldByAnother(e)) {
                throw DataFolderGuard.inUse(folder);
            }
            throw new DatabaseUnavailableException(folder.toString(), e);
        }
    }

    private static void shutdownEmbedded(DatabaseSettings settings) {
        try {
            derbyConnection("jdbc:derby:" + settings.embeddedFolder() + ";shutdown=true", settings).close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006; nothing to do.
        }
    }

    private static Connection derbyConnection(String url, DatabaseSettings settings) throws SQLException {
        return settings.user() == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, settings.user(), settings.password());
    }

    /**
     * Derby engine settings for this JVM, embedded or Network Server alike. Must
     * run before the engine boots: Derby reads these once.
     */
    public static void configureDerbyEngine(Path logFile) {
        // Derby's defaults wait 20 s before looking for a deadlock and 60 s for a lock: far too long for an
        // operator; the transaction runner retries, so fail fast and try again.
        System.setProperty("derby.locks.deadlockTimeout", System.getProperty("derby.locks.deadlockTimeout", "2"));
        System.setProperty("derby.locks.waitTimeout", System.getProperty("derby.locks.waitTimeout", "10"));
        System.setProperty("derby.language.statementCacheSize",
                System.getProperty("derby.language.statementCacheSize", "500"));
        // Derby's default page cache (1,000 pages) is smaller than a year of orders' indexes: evicting and
        // re-reading pages was a tenth of the demo company's generation and slows every order list alike.
        System.setProperty("derby.storage.pageCacheSize", System.getProperty("derby.storage.pageCacheSize", "4000"));
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", logFile.toString());
        }
        // Derby then creates the database's files and folders, derby.log and backups readable only by the
        // account that runs it (its default, true, leaves them to the umask: usually readable by everyone).
        System.setProperty("derby.storage.useDefaultFilePermissions",
                System.getProperty("derby.storage.useDefaultFilePermissions", "false"));
    }

    private static HikariDataSource pool(DatabaseSettings settings, String user, String password, int size) {
        return pool(settings, user, password, size, "ordo");
    }

    private static HikariDataSource pool(DatabaseSettings settings, String user, String password, int size,
                                         String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        if (user != null) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setAutoCommit(false);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName(name);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (settings.isDerby()) {
            // Derby's default schema is the account's name: APP without an account, ORDO with one. The tables
            // stay in APP whichever way the database is reached, so a folder first used embedded and then
            // served over the network (or the other way round) keeps its data.
            config.setSchema(DatabaseSettings.DERBY_SCHEMA);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(settings.displayUrl(), e);
        }
    }

    private static EntityManagerFactory entityManagerFactory(DatabaseSettings settings, DataSource ds) {
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("ordo")
                .managedClasses(ENTITIES)
                .property("hibernate.connection.datasource", ds)
                .property("hibernate.connection.provider_disables_autocommit", true)
                .property("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName())
                .property("hibernate.jdbc.batch_size", 50)
                // Aggregates refer to each other by id, so Hibernate cannot see the foreign keys: inserts must
                // keep the order in which the use case persisted them (parents first).
                .property("hibernate.order_inserts", false)
                .property("hibernate.order_updates", true)
                .property("hibernate.jdbc.fetch_size", 200)
                .property("hibernate.jdbc.lob.non_contextual_creation", true)
                .property("hibernate.default_batch_fetch_size", 50)
                // IN lists padded to powers of two: a handful of distinct statements for the database to
                // compile and cache instead of one per list length.
                .property("hibernate.query.in_clause_parameter_padding", true)
                .property("hibernate.hbm2ddl.auto", "none");
        if (settings.isDerby()) {
            cfg.property("hibernate.dialect", OrdoDerbyDialect.class.getName());
        }
        AuditIntegration.configure(cfg);
        return cfg.createEntityManagerFactory();
    }

    /**
     * Marks an embedded database as being filled with the demo company until {@link #demoFinished}: a process
     * killed in between leaves the mark, and the next {@link #open} starts again on an empty database.
     */
    public void demoStarted() {
        if (settings.isEmbedded()) {
            DataFolderGuard.demoStarted(settings.embeddedFolder());
        }
    }

    public void demoFinished() {
        if (settings.isEmbedded()) {
            DataFolderGuard.demoFinished(settings.embeddedFolder());
        }
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Where users, roles, API keys and agents' customers are written: the owner's connections when an owner
     * and a runtime account are separate ({@link LeastPrivilege} gives the runtime account only SELECT on
     * them), else empty and the pool's connections serve.
     */
    public java.util.Optional<DataSource> identityDataSource() {
        return java.util.Optional.ofNullable(identityDataSource);
    }

    /**
     * A connection for the database's maintenance (the backup): the owner's when an owner and a runtime
     * account are separate, because the runtime account may not run Derby's system procedures; else the pool's.
     */
    public Connection maintenanceConnection() throws SQLException {
        if (!settings.separateOwner()) {
            return dataSource.getConnection();
        }
        Connection c = DriverManager.getConnection(settings.url(), settings.ownerUser(), settings.ownerPassword());
        c.setAutoCommit(false);
        if (settings.isDerby()) {
            c.setSchema(DatabaseSettings.DERBY_SCHEMA);
        }
        return c;
    }

    /** What this process keeps of the master data the order pipeline reads ({@link JpaOrderReferenceData}). */
    public MasterDataCache masterData() {
        return masterData;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Closes the pool and, for an embedded database, shuts Derby down so the files are left clean. */
    @Override
    public void close() {
        entityManagerFactory.close();
        if (identityDataSource != null) {
            identityDataSource.close();
        }
        dataSource.close();
        if (settings.isEmbedded()) {
            shutdownEmbedded(settings);
            DataFolderGuard.release(settings.embeddedFolder());
        }
    }
}
