package it.ordo.application.intake;

import it.ordo.Internals;
import it.ordo.application.reporting.Dashboard;
import it.ordo.application.reporting.FulfilmentReport;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.application.reporting.SalesPeriod;
import it.ordo.application.reporting.SalesReport;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.persistence.JpaTransactions;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import it.ordo.testing.TestCompany;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole Online Retail file (541,909 lines) imported as past orders on a new company, against just reading and
 * parsing the same file, in one run; then the sales and fulfilment reports and the dashboard over the imported
 * year 2011 (docs/benchmarks.md). Prints; asserts nothing. File: -Dordo.onlineRetail=PATH.
 */
@Tag("bench")
class HistoryImportBenchmark {

    private static final int CHUNK_ROWS = 20_000;

    @Test
    void theOnlineRetailHistoryAgainstReadingIt() throws IOException {
        Path file = HistoryImportServiceTest.findFile();
        System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        IntakeTable table = new PoiIntakeFiles().read(file, null, null);
        List<List<HistoryRow>> chunks = HistoryMapping.onlineRetail().chunks(table, CHUNK_ROWS);
        long read = System.nanoTime() - t0;
        long readCpu = cpu.getCurrentThreadCpuTime() - c0;
        try (TestCompany company = TestCompany.empty()) {
            HistoryImportService history = company.ctx.history();
            HistoryOptions options = new HistoryOptions("online-retail", "C", HistoryMapping.ONLINE_RETAIL_PRODUCTS,
                    Channel.WEB);
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            long batch = history.begin(new HistoryStart("online-retail", table.fileName(), table.fingerprint(), "GBP"))
                    .id();
            int orders = 0;
            int lines = 0;
            int refused = 0;
            BigDecimal net = BigDecimal.ZERO;
            Set<String> customers = new HashSet<>();
            Set<String> products = new HashSet<>();
            for (List<HistoryRow> chunk : chunks) {
                HistoryChunkResult r = history.importChunk(new HistoryChunk(batch, false, options, chunk));
                orders += r.sales() + r.cancellations();
                lines += r.lines();
                refused += r.refused().size();
                net = net.add(r.salesValue()).subtract(r.cancelledValue());
                customers.addAll(r.createdCustomers());
                products.addAll(r.createdProducts());
            }
            history.finish(batch);
            long write = System.nanoTime() - t1;
            long writeCpu = cpu.getCurrentThreadCpuTime() - c1;
            System.out.printf("read and parse %,d rows: %.1f s; import: %.1f s; total %.1f s%n", table.rows().size(),
                    read / 1e9, write / 1e9, (read + write) / 1e9);
            // The embedded database works on this thread: its CPU time is the import's own cost, whatever the load.
            System.out.printf("CPU time of the importing thread: read and parse %.1f s; import %.1f s%n",
                    readCpu / 1e9, writeCpu / 1e9);
            System.out.printf("%,d orders, %,d lines, %,d customers, %,d products, net %s GBP, %,d rows refused%n",
                    orders, lines, customers.size(), products.size(), net.toPlainString(), refused);
            System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
            reportsOver2011(company);
        }
    }

    /**
     * The management reports and the dashboard over the imported year (issue 12's target: each under 10 s over
     * 100,000 orders), against the least any report needs: one SQL sum over the year's lines, in the same run.
     */
    private static void reportsOver2011(TestCompany company) throws IOException {
        System.out.println("reports, load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        SalesPeriod year = new SalesPeriod(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31));
        JpaTransactions tx = Internals.transactions(company.ctx);
        java.time.ZoneId zone = company.clock.getZone();
        for (int round = 1; round <= 2; round++) {
            long t = System.nanoTime();
            Object[] floor = tx.read(() -> (Object[]) tx.em().createNativeQuery("SELECT COUNT(*), SUM(l.net_amount)"
                            + " FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id"
                            + " WHERE o.confirmed_at >= ?1 AND o.confirmed_at < ?2 AND o.status <> 'CANCELLED'")
                    .setParameter(1, java.sql.Timestamp.from(LocalDate.of(2011, 1, 1).atStartOfDay(zone).toInstant()))
                    .setParameter(2, java.sql.Timestamp.from(LocalDate.of(2012, 1, 1).atStartOfDay(zone).toInstant()))
                    .getSingleResult());
            long baseline = System.nanoTime() - t;
            t = System.nanoTime();
            SalesReport sales = company.ctx.salesReports().sales(SalesGrouping.CHANNEL, year);
            long salesTime = System.nanoTime() - t;
            t = System.nanoTime();
            byte[] pdf = company.ctx.salesReports().salesPdf(SalesGrouping.CUSTOMER, year, "en");
            long pdfTime = System.nanoTime() - t;
            t = System.nanoTime();
            FulfilmentReport fulfilment = company.ctx.salesReports().fulfilment(year, null);
            long fulfilmentTime = System.nanoTime() - t;
            // The dashboard of the file's last day: its day, week and month beside the ones before.
            company.clock.set(LocalDate.of(2011, 12, 9).atTime(18, 0).atZone(company.clock.getZone()).toInstant());
            t = System.nanoTime();
            Dashboard dashboard = company.ctx.kpis().dashboard();
            long dashboardTime = System.nanoTime() - t;
            company.clock.set(TestCompany.TODAY.atTime(9, 0).atZone(company.clock.getZone()).toInstant());
            System.out.printf("round %d: baseline SQL sum of 2011's lines (%s lines, %s): %.2f s%n", round, floor[0],
                    floor[1], baseline / 1e9);
            System.out.printf("round %d: report sales 2011 by channel (%,d orders, %,d lines, taxable %s): %.2f s;"
                            + " the same by customer as PDF (%,d bytes): %.2f s%n", round, sales.totals().orders(),
                    sales.totals().lines(), sales.totals().net().toPlainString(), salesTime / 1e9, pdf.length,
                    pdfTime / 1e9);
            System.out.printf("round %d: report fulfilment 2011 (%,d shipments, %,d promised): %.2f s%n", round,
                    fulfilment.total().shipments(), fulfilment.onTimeInFull().promised(), fulfilmentTime / 1e9);
            System.out.printf("round %d: dashboard on 2011-12-09 (month: %,d orders): %.2f s%n", round,
                    dashboard.month().totals().orders(), dashboardTime / 1e9);
        }
        System.out.println("reports, load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }
}
