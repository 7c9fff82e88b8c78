package it.ordo.application.reporting;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.reporting.ManagementFacts;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.i18n.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The returns, tickets and stock reports in process, from the one computation of {@link ManagementFigures}. */
public final class LocalManagementReportService implements ManagementReportService {

    /** Longest look-back for slow movers: ten years, beyond which "never shipped" says the same. */
    static final int MAX_SLOW_DAYS = 3650;

    private final Transactions tx;
    private final ManagementFacts facts;
    private final SalesFacts sales;
    private final CompanyRepository company;
    private final ManagementReportRenderer renderer;
    private final Clock clock;
    private final Guard guard;

    public LocalManagementReportService(Transactions tx, ManagementFacts facts, SalesFacts sales,
                                        CompanyRepository company, ManagementReportRenderer renderer, Clock clock,
                                        Guard guard) {
        this.tx = tx;
        this.facts = facts;
        this.sales = sales;
        this.company = company;
        this.renderer = renderer;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public ReturnsReport returns(SalesPeriod period, String warehouse) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return returnsReport(period, warehouse);
    }

    @Override
    public byte[] returnsPdf(SalesPeriod period, String warehouse, String language) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        ReturnsReport report = returnsReport(period, warehouse);
        return print(language, tables -> tables.printed(report));
    }

    @Override
    public TicketsReport tickets(SalesPeriod period) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return ticketsReport(period);
    }

    @Override
    public byte[] ticketsPdf(SalesPeriod period, String language) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        TicketsReport report = ticketsReport(period);
        return print(language, tables -> tables.printed(report));
    }

    @Override
    public StockReport stock(String warehouse, int slowDays) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return stockReport(warehouse, slowDays);
    }

    @Override
    public byte[] stockPdf(String warehouse, int slowDays, String language) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        StockReport report = stockReport(warehouse, slowDays);
        return print(language, tables -> tables.printed(report));
    }

    private byte[] print(String language, java.util.function.Function<ManagementTables, PrintedReport> layout) {
        Locale locale = language != null && language.strip().equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.ITALY;
        Texts texts = new Texts(locale);
        return renderer.render(layout.apply(ManagementTables.in(texts::get)), locale, clock.getZone());
    }

    private ReturnsReport returnsReport(SalesPeriod period, String warehouse) {
        period.notAfter(LocalDate.now(clock));
        String only = warehouseCode(warehouse);
        return tx.read(() -> {
            String name = companyName();
            requireWarehouse(only);
            return ManagementFigures.returns(name, period, only, clock.instant(),
                    facts.shippedLines(period.start(clock.getZone()), period.end(clock.getZone())),
                    facts.returnedLines(period.start(clock.getZone()), period.end(clock.getZone())));
        });
    }

    private TicketsReport ticketsReport(SalesPeriod period) {
        period.notAfter(LocalDate.now(clock));
        return tx.read(() -> ManagementFigures.tickets(companyName(), period, clock.instant(),
                facts.ticketsOpened(period.start(clock.getZone()), period.end(clock.getZone())),
                facts.activeTickets()));
    }

    private StockReport stockReport(String warehouse, int slowDays) {
        if (slowDays < 1 || slowDays > MAX_SLOW_DAYS) {
            throw new DomainException("report.slowDays.range", slowDays, MAX_SLOW_DAYS);
        }
        String only = warehouseCode(warehouse);
        return tx.read(() -> {
            String name = companyName();
            requireWarehouse(only);
            return ManagementFigures.stock(name, only, slowDays, LocalDate.now(clock), clock.getZone(),
                    clock.instant(), facts.stock());
        });
    }

    private static String warehouseCode(String warehouse) {
        return warehouse == null || warehouse.isBlank() ? null : warehouse.strip().toUpperCase(Locale.ROOT);
    }

    private void requireWarehouse(String code) {
        if (code != null && !sales.warehouseExists(code)) {
            throw new NotFoundException("warehouse", code);
        }
    }

    private String companyName() {
        return company.find().map(Company::name).orElseThrow(() -> new DomainException("company.missing"));
    }
}
