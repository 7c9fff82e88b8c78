package it.ordo.application.reporting;

import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.reporting.CreditedLine;
import it.ordo.domain.reporting.SalesFacts;
import it.ordo.domain.reporting.SoldLine;
import it.ordo.domain.reporting.SoldOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
        record Read(SalesFigures figures, List<CreditedLine> credited) {
        }
        Read read = tx.read(() -> new Read(SalesFigures.readWithLines(facts, period, zone),
                facts.creditedLines(period.start(zone), period.end(zone))));
        SalesFigures figures = read.figures();
        List<CreditedLine> credited = read.credited();

        // Taxable and VAT per rate: the sales' less the credit notes'.
        Map<BigDecimal, VatTotal> rateTotals = new TreeMap<>(Comparator.reverseOrder());
        for (VatTotal v : figures.vatByRate()) {
            rateTotals.put(v.rate(), v);
        }
        for (CreditedLine c : credited) {
            rateTotals.merge(c.vatRate().stripTrailingZeros(),
                    new VatTotal(c.vatRate().stripTrailingZeros(), c.netAmount().negate(), c.vatAmount().negate()),
                    (a, b) -> new VatTotal(a.rate(), a.taxable().add(b.taxable()), a.vat().add(b.vat())));
        }
        List<VatTotal> vatByRate = List.copyOf(rateTotals.values());
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
        Map<YearMonth, MonthSum> months = new TreeMap<>();
        for (SoldOrder o : figures.orders()) {
            LocalDate date = day(o.confirmedAt(), zone);
            documents.add(new SalesExport.Document(DocumentKind.ORDER, o.number(), date, o.customerCode(),
                    o.customerName(), o.vatNumber(), o.fiscalCode(), o.paymentTerms(), o.channel(), null,
                    perRate(rates, SalesFigures.vatByRate(linesOf.getOrDefault(o.number(), List.of()))),
                    o.netTotal(), o.vatTotal(), o.grossTotal()));
            months.computeIfAbsent(YearMonth.from(date), m -> new MonthSum())
                    .add(false, o.netTotal(), o.vatTotal(), o.grossTotal());
        }

        // Credit notes: one document each, every amount negative, so a column's sum is sales less credits.
        Map<String, List<CreditedLine>> notes = new LinkedHashMap<>();
        for (CreditedLine c : credited) {
            notes.computeIfAbsent(c.creditNoteNumber(), n -> new ArrayList<>()).add(c);
            BigDecimal net = c.netAmount().negate();
            BigDecimal vat = c.vatAmount().negate();
            lines.add(new SalesExport.Line(c.creditNoteNumber(), day(c.creditedAt(), zone), c.lineNo(),
                    c.customerCode(), c.sku(), c.description(), c.quantity().negate(), c.unitPrice(),
                    c.discountPct(), c.vatRate(), net, vat, net.add(vat)));
        }
        BigDecimal creditNet = BigDecimal.ZERO;
        BigDecimal creditVat = BigDecimal.ZERO;
        for (List<CreditedLine> note : notes.values()) {
            CreditedLine first = note.getFirst();
            Map<BigDecimal, BigDecimal[]> own = new TreeMap<>();
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal vat = BigDecimal.ZERO;
            for (CreditedLine c : note) {
                BigDecimal[] t = own.computeIfAbsent(c.vatRate().stripTrailingZeros(),
                        r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                t[0] = t[0].subtract(c.netAmount());
                t[1] = t[1].subtract(c.vatAmount());
                net = net.add(c.netAmount());
                vat = vat.add(c.vatAmount());
            }
            List<VatTotal> ownRates = new ArrayList<>();
            own.forEach((rate, t) -> ownRates.add(new VatTotal(rate, t[0], t[1])));
            LocalDate date = day(first.creditedAt(), zone);
            documents.add(new SalesExport.Document(DocumentKind.CREDIT_NOTE, first.creditNoteNumber(), date,
                    first.customerCode(), first.customerName(), first.vatNumber(), first.fiscalCode(),
                    first.paymentTerms(), first.channel(), first.orderNumber() + " / " + first.rmaNumber(),
                    perRate(rates, ownRates), net.negate(), vat.negate(), net.add(vat).negate()));
            months.computeIfAbsent(YearMonth.from(date), m -> new MonthSum())
                    .add(true, net.negate(), vat.negate(), net.add(vat).negate());
            creditNet = creditNet.add(net);
            creditVat = creditVat.add(vat);
        }
        documents.sort(Comparator.comparing(SalesExport.Document::date).thenComparing(SalesExport.Document::kind));
        List<SalesExport.Month> monthRows = new ArrayList<>();
        months.forEach((month, m) -> monthRows.add(new SalesExport.Month(month, m.orders, m.notes, m.net, m.vat,
                m.gross)));
        return new SalesExport(period, rates, documents, lines, vatByRate, monthRows, figures.totals(),
                new SalesExport.Credits(notes.size(), creditNet, creditVat, creditNet.add(creditVat)));
    }

    /** A document's taxable and VAT for every rate of the export, in its order (zero where it has none). */
    private static List<VatTotal> perRate(List<BigDecimal> rates, List<VatTotal> own) {
        List<VatTotal> perRate = new ArrayList<>();
        for (BigDecimal rate : rates) {
            perRate.add(own.stream().filter(v -> v.rate().compareTo(rate) == 0).findFirst()
                    .orElse(new VatTotal(rate, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return perRate;
    }

    /** A month's running sums. */
    private static final class MonthSum {
        long orders;
        long notes;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;

        void add(boolean creditNote, BigDecimal n, BigDecimal v, BigDecimal g) {
            if (creditNote) {
                notes++;
            } else {
                orders++;
            }
            net = net.add(n);
            vat = vat.add(v);
            gross = gross.add(g);
        }
    }

    private static LocalDate day(java.time.Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
