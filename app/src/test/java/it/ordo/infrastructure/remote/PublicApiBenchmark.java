package it.ordo.infrastructure.remote;

import it.ordo.application.Services;
import it.ordo.application.api.ApiUser;
import it.ordo.application.order.OrderRequest;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API against the same use case in process (docs/benchmarks.md):
 * one 3-line order placed over HTTPS by a keyed web shop, and the same order
 * placed by the same client's use case in this process, interleaved so load
 * falls on both alike; then "where is my order?" lookups per second from
 * several clients at once. Rounds: -Dordo.bench.orders (default 200);
 * lookup clients: -Dordo.bench.clients (default 4), lookups: -Dordo.bench.lookups
 * (default 4,000). Prints the figures; asserts nothing.
 */
@Tag("bench")
class PublicApiBenchmark {

    private static final int ORDERS = Integer.getInteger("ordo.bench.orders", 200);
    private static final int CLIENTS = Integer.getInteger("ordo.bench.clients", 4);
    private static final int LOOKUPS = Integer.getInteger("ordo.bench.lookups", 4_000);

    @TempDir
    Path tls;

    @Test
    void anOrderOverHttpsAgainstInProcessAndStatusLookupsPerSecond() throws Exception {
        try (TestCompany company = TestCompany.standard(); ApiFixture api = new ApiFixture(company, tls)) {
            for (String sku : List.of("P1", "P2", "P3")) {
                company.receive(sku, "MIL", "1000000");
            }
            String key = api.key("bench-shop", Channel.WEB, null, 100_000);
            // The same client's use cases, in this process: what the server runs for the HTTPS request.
            Services local = company.ctx.as(new ApiUser("bench-shop"));
            long[] http = new long[ORDERS];
            long[] inProcess = new long[ORDERS];
            List<String> numbers = new ArrayList<>();
            for (int i = -20; i < ORDERS; i++) { // 20 warm-up rounds of each, not counted
                String ref = "B-" + i;
                long t0 = System.nanoTime();
                HttpResponse<String> r = api.post(key, "orders", ApiFixture.order("H" + ref, "C-A", "P1", "2", "P2", "5",
                        "P3", "1"));
                long t1 = System.nanoTime();
                local.channelOrders().place(new OrderRequest("L" + ref, Channel.WEB, "C-A", null, null, null, null,
                        List.of(line("P1", "2"), line("P2", "5"), line("P3", "1"))), null);
                long t2 = System.nanoTime();
                if (r.statusCode() != 201) {
                    throw new IllegalStateException(r.body());
                }
                if (i >= 0) {
                    http[i] = t1 - t0;
                    inProcess[i] = t2 - t1;
                    numbers.add(ApiFixture.json(r).path("number").asText());
                }
            }
            double httpMedian = median(http);
            double localMedian = median(inProcess);

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int n; (n = next.getAndIncrement()) < LOOKUPS; ) {
                        HttpResponse<String> r = api.get(key, "orders/" + numbers.get(n % numbers.size()));
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            String line = String.format("orders %d: HTTPS p50 %.2f ms, in process p50 %.2f ms, ratio %.2f; "
                            + "status lookups: %d by %d clients in %.2f s = %.0f/s; database %s; cores %d",
                    ORDERS, httpMedian, localMedian, httpMedian / localMedian, LOOKUPS, CLIENTS, seconds,
                    LOOKUPS / seconds, company.settings().displayUrl(), Runtime.getRuntime().availableProcessors());
            Files.writeString(Path.of("target", "api-benchmark.txt"), line + "\n");
            org.slf4j.LoggerFactory.getLogger(getClass()).warn(line);
        }
    }

    private static OrderRequest.LineRequest line(String sku, String qty) {
        return new OrderRequest.LineRequest(sku, null, new BigDecimal(qty));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
