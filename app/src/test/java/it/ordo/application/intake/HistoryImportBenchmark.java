package it.ordo.application.intake;

import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import it.ordo.testing.TestCompany;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole Online Retail file (541,909 lines) imported as past orders on a new company, against just reading and
 * parsing the same file, in one run (docs/benchmarks.md). Prints; asserts nothing. File: -Dordo.onlineRetail=PATH.
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
        }
    }
}
