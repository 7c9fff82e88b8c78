package it.ordo.application.reporting;

import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.application.NotFoundException;
import it.ordo.application.security.CustomerScope;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.reporting.ManagementFacts;
import it.ordo.domain.reporting.TicketFact;
import java.util.List;
import it.ordo.domain.reporting.SalesFacts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The dashboard in process: the sales tiles from {@link SalesFigures}, the open-order tiles from {@link SalesFacts}. */
public final class LocalKpiService implements KpiService {

    /** How many customers and channels the top lists show. */
    static final int TOP = 5;

    private final Transactions tx;
    private final SalesFacts facts;
    private final ManagementFacts management;
    private final Clock clock;
    private final Guard guard;
    private final CustomerRepository customers;

    public LocalKpiService(Transactions tx, SalesFacts facts, ManagementFacts management, CustomerRepository customers,
                           Clock clock, Guard guard) {
        this.tx = tx;
        this.facts = facts;
        this.management = management;
        this.customers = customers;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public Dashboard dashboard() {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        SalesPeriod day = new SalesPeriod(today, today);
        SalesPeriod week = new SalesPeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
        SalesPeriod month = new SalesPeriod(today.withDayOfMonth(1), today);
        SalesPeriod dayBefore = day.sameBefore(SalesPeriod.Span.DAY);
        SalesPeriod weekBefore = week.sameBefore(SalesPeriod.Span.WEEK);
        SalesPeriod monthBefore = month.sameBefore(SalesPeriod.Span.MONTH);
        return tx.read(() -> {
            // The six periods in one reading: each day's lines are read once, however many tiles hold it.
            List<SalesFigures> sales = SalesFigures.read(facts, zone, List.of(new SalesFigures.Wanted(day),
                    new SalesFigures.Wanted(dayBefore), new SalesFigures.Wanted(week),
                    new SalesFigures.Wanted(weekBefore),
                    new SalesFigures.Wanted(month, SalesGrouping.CUSTOMER, SalesGrouping.CHANNEL),
                    new SalesFigures.Wanted(monthBefore)));
            SalesFigures monthFigures = sales.get(4);
            FulfilmentFigures fulfilment = FulfilmentFigures.read(facts, month, null, zone);
            return new Dashboard(today, clock.instant(),
                    new Dashboard.Figures(day, sales.get(0).totals(), dayBefore, sales.get(1).totals()),
                    new Dashboard.Figures(week, sales.get(2).totals(), weekBefore, sales.get(3).totals()),
                    new Dashboard.Figures(month, monthFigures.totals(), monthBefore, sales.get(5).totals()),
                    facts.openOrdersWithBackorders(), facts.lateOrders(today),
                    top(monthFigures.by(SalesGrouping.CUSTOMER)), top(monthFigures.by(SalesGrouping.CHANNEL)),
                    fulfilment.total(), fulfilment.onTimeInFull(today),
                    ManagementFigures.returnTotal(management.shippedLines(month.start(zone), month.end(zone)),
                            management.returnedLines(month.start(zone), month.end(zone))),
                    ManagementFigures.overSla(management.activeTickets(), clock.instant()));
        });
    }

    @Override
    public CustomerFigures customerYear(String customerCode) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_ORDERS);
        boolean costs = guard.allows(Permission.VIEW_MANAGEMENT_FIGURES);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        SalesPeriod year = new SalesPeriod(today.minusMonths(12).plusDays(1), today);
        return tx.read(() -> {
            Customer c = (customerCode == null ? java.util.Optional.<Customer>empty()
                    : customers.findByCode(customerCode.strip()))
                    .filter(found -> scope.covers(found.id()))
                    .orElseThrow(() -> new NotFoundException("customer", customerCode));
            long id = c.id();
            SalesTotals sales = SalesFigures.readCustomer(facts, id, year, zone).totals();
            if (!costs) {
                // The desks see what a customer bought, not what it cost the company.
                sales = new SalesTotals(sales.orders(), sales.lines(), sales.net(), sales.vat(), sales.gross(), null,
                        null, sales.fillRate());
            }
            List<TicketFact> active = management.customerActiveTickets(id);
            return new CustomerFigures(c.code(), year, sales,
                    ManagementFigures.returnTotal(management.customerShippedLines(id, year.start(zone), year.end(zone)),
                            management.customerReturnedLines(id, year.start(zone), year.end(zone))),
                    FulfilmentFigures.readCustomerPromises(facts, id, year, zone).onTimeInFull(today),
                    active.size(), ManagementFigures.overSla(active, clock.instant()));
        });
    }

    private static <T> java.util.List<T> top(java.util.List<T> rows) {
        return rows.subList(0, Math.min(TOP, rows.size()));
    }
}
