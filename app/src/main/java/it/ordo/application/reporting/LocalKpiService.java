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

    /** The six sales periods of the dashboard on {@code today}: each tile's period and the same period before. */
    private record Periods(SalesPeriod day, SalesPeriod dayBefore, SalesPeriod week, SalesPeriod weekBefore,
                           SalesPeriod month, SalesPeriod monthBefore) {

        static Periods on(LocalDate today) {
            SalesPeriod day = new SalesPeriod(today, today);
            SalesPeriod week = new SalesPeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            SalesPeriod month = new SalesPeriod(today.withDayOfMonth(1), today);
            return new Periods(day, day.sameBefore(SalesPeriod.Span.DAY), week, week.sameBefore(SalesPeriod.Span.WEEK),
                    month, month.sameBefore(SalesPeriod.Span.MONTH));
        }

        List<SalesPeriod> all() {
            return List.of(day, dayBefore, week, weekBefore, month, monthBefore);
        }
    }

    @Override
    public Dashboard dashboard() {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Periods p = Periods.on(today);
        return tx.read(() -> {
            // The six periods in one reading: each day's lines are read once, however many tiles hold it.
            List<SalesFigures> sales = SalesFigures.read(facts, zone, List.of(new SalesFigures.Wanted(p.day()),
                    new SalesFigures.Wanted(p.dayBefore()), new SalesFigures.Wanted(p.week()),
                    new SalesFigures.Wanted(p.weekBefore()),
                    new SalesFigures.Wanted(p.month(), SalesGrouping.CUSTOMER, SalesGrouping.CHANNEL),
                    new SalesFigures.Wanted(p.monthBefore())));
            SalesFigures monthFigures = sales.get(4);
            FulfilmentFigures fulfilment = FulfilmentFigures.read(facts, p.month(), null, zone);
            SalesPeriod month = p.month();
            return new Dashboard(today, clock.instant(),
                    new Dashboard.Figures(p.day(), sales.get(0).totals(), p.dayBefore(), sales.get(1).totals()),
                    new Dashboard.Figures(p.week(), sales.get(2).totals(), p.weekBefore(), sales.get(3).totals()),
                    new Dashboard.Figures(month, monthFigures.totals(), p.monthBefore(), sales.get(5).totals()),
                    facts.openOrdersWithBackorders(), facts.lateOrders(today),
                    top(monthFigures.by(SalesGrouping.CUSTOMER)), top(monthFigures.by(SalesGrouping.CHANNEL)),
                    fulfilment.total(), fulfilment.onTimeInFull(today),
                    ManagementFigures.returnTotal(management.shippedLines(month.start(zone), month.end(zone)),
                            management.returnedLines(month.start(zone), month.end(zone))),
                    ManagementFigures.overSla(management.activeTickets(), clock.instant()));
        });
    }

    @Override
    public DashboardHeadline headline() {
        guard.require(Permission.VIEW_MANAGEMENT_FIGURES);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Periods p = Periods.on(today);
        return tx.read(() -> {
            // The same six periods and the same reading of their orders as the dashboard's, without the lines.
            List<OrderTotals> sales = SalesFigures.readOrders(facts, zone, p.all()).stream()
                    .map(SalesFigures::orderTotals).toList();
            return new DashboardHeadline(today, clock.instant(),
                    new DashboardHeadline.Sales(p.day(), sales.get(0), p.dayBefore(), sales.get(1)),
                    new DashboardHeadline.Sales(p.week(), sales.get(2), p.weekBefore(), sales.get(3)),
                    new DashboardHeadline.Sales(p.month(), sales.get(4), p.monthBefore(), sales.get(5)),
                    facts.openOrdersWithBackorders(), facts.lateOrders(today),
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
