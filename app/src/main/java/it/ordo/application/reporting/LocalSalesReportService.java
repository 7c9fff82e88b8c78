package it.ordo.application.reporting;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.reporting.SalesFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** The sales reports in process, from the one computation of sales figures ({@link SalesFigures}). */
public final class LocalSalesReportService implements SalesReportService {

    private final Transactions tx;
    private final SalesFacts facts;
    private final CompanyRepository company;
    private final SalesReportRenderer renderer;
    private final Clock clock;
    private final Guard guard;

    public LocalSalesReportService(Transactions tx, SalesFacts facts, CompanyRepository company,
                                   SalesReportRenderer renderer, Clock clock, Guard guard) {
        this.tx = tx;
        this.facts = facts;
        this.company = company;
        this.renderer = renderer;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public SalesReport sales(SalesGrouping grouping, SalesPeriod period) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return report(grouping, period);
    }

    @Override
    public byte[] salesPdf(SalesGrouping grouping, SalesPeriod period, String language) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return renderer.renderSalesReport(report(grouping, period), language, clock.getZone());
    }

    @Override
    public FulfilmentReport fulfilment(SalesPeriod period, String warehouse) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return fulfilmentReport(period, warehouse);
    }

    @Override
    public byte[] fulfilmentPdf(SalesPeriod period, String warehouse, String language) {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        return renderer.renderFulfilmentReport(fulfilmentReport(period, warehouse), language, clock.getZone());
    }

    private FulfilmentReport fulfilmentReport(SalesPeriod period, String warehouse) {
        LocalDate today = LocalDate.now(clock);
        period.notAfter(today);
        String only = warehouse == null || warehouse.isBlank() ? null : warehouse.strip().toUpperCase(Locale.ROOT);
        return tx.read(() -> {
            String name = company.find().map(Company::name).orElseThrow(() -> new DomainException("company.missing"));
            if (only != null && !facts.warehouseExists(only)) {
                throw new NotFoundException("warehouse", only);
            }
            FulfilmentFigures figures = FulfilmentFigures.read(facts, period, only, clock.getZone());
            return new FulfilmentReport(name, period, only, clock.instant(), figures.groups(), figures.total(),
                    figures.onTimeInFull(today), FulfilmentFigures.backorders(facts, only, today, clock.getZone()));
        });
    }

    private SalesReport report(SalesGrouping grouping, SalesPeriod period) {
        Objects.requireNonNull(grouping, "grouping");
        period.notAfter(LocalDate.now(clock));
        return tx.read(() -> {
            String name = company.find().map(Company::name).orElseThrow(() -> new DomainException("company.missing"));
            SalesFigures figures = SalesFigures.read(facts, period, clock.getZone(), grouping);
            return new SalesReport(name, grouping, period, clock.instant(), figures.by(grouping), figures.totals());
        });
    }
}
