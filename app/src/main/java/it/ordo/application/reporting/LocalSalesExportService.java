package it.ordo.application.reporting;

import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The accounting export in process, from the one computation of sales figures ({@link SalesFigures}). */
public final class LocalSalesExportService implements SalesExportService {

    private final Transactions tx;
    private final SalesFacts facts;
    private final Clock clock;
    private final Guard guard;

    public LocalSalesExportService(Transactions tx, SalesFacts facts, Clock clock, Guard guard) {
        this.tx = tx;
        this.facts = facts;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public SalesExport sales(SalesPeriod period) {
        guard.require(Permission.EXPORT_SALES);
        ZoneId zone = clock.getZone();
        period.notAfter(LocalDate.now(clock));
        SalesFigures figures = tx.read(() -> SalesFigures.read(facts, period, zone));
        List<VatTotal> vatByRate = figures.vatByRate();
        List<BigDecimal> rates = vatByRate.stream().map(VatTotal::rate).toList();

        Map<String, List<SoldLine>> linesOf = new LinkedHashMap<>();
        List<SalesExport.Line> lines = new ArrayList<>();
        for (SoldLine l : figures.lines()) {
            linesOf.computeIfAbsent(l.orderNumber(), n -> new ArrayList<>()).add(l);
            lines.add(new SalesExport.Line(l.orderNumber(), day(l.confirmedAt(), zone), l.lineNo(), l.customerCode(),
                    l.sku(), l.description(), l.quantity(), l.unitPrice(), l.discountPct(), l.vatRate(),
                    l.netAmount(), l.vatAmount(), l.grossAmount()));
        }
        List<SalesExport.Document> documents = new ArrayList<>();
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        Map<YearMonth, Long> orderCount = new TreeMap<>();
        for (SoldOrder o : figures.orders()) {
            List<VatTotal> own = SalesFigures.vatByRate(linesOf.getOrDefault(o.number(), List.of()));
            List<VatTotal> perRate = new ArrayList<>();
            for (BigDecimal rate : rates) {
                perRate.add(own.stream().filter(v -> v.rate().compareTo(rate) == 0).findFirst()
                        .orElse(new VatTotal(rate, BigDecimal.ZERO, BigDecimal.ZERO)));
            }
            LocalDate date = day(o.confirmedAt(), zone);
            documents.add(new SalesExport.Document(o.number(), date, o.customerCode(), o.customerName(),
                    o.vatNumber(), o.fiscalCode(), o.paymentTerms(), o.channel(), perRate, o.netTotal(),
                    o.vatTotal(), o.grossTotal()));
            YearMonth month = YearMonth.from(date);
            BigDecimal[] m = months.computeIfAbsent(month,
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            m[0] = m[0].add(o.netTotal());
            m[1] = m[1].add(o.vatTotal());
            m[2] = m[2].add(o.grossTotal());
            orderCount.merge(month, 1L, Long::sum);
        }
        List<SalesExport.Month> monthRows = new ArrayList<>();
        months.forEach((month, m) -> monthRows.add(new SalesExport.Month(month, orderCount.get(month), m[0], m[1],
                m[2])));
        return new SalesExport(period, rates, documents, lines, vatByRate, monthRows, figures.totals());
    }

    private static LocalDate day(java.time.Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
