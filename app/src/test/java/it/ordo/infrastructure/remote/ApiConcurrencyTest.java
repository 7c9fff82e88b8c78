package it.ordo.infrastructure.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web shops calling at the same moment, on each database: scarce stock is
 * never promised twice, and one order sent several times at once is placed
 * once, every send answered with it.
 */
@Tag("db")
class ApiConcurrencyTest {

    private static final int CALLERS = 8;

    @TempDir
    static Path tls;

    private static TestCompany company;
    private static ApiFixture api;
    private static String shop;

    @BeforeAll
    static void start() {
        company = TestCompany.standard();
        company.receive("P3", "MIL", "10");
        api = new ApiFixture(company, tls);
        shop = api.key("busy-shop", Channel.WEB, null, 10_000);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (company != null) {
            company.close();
        }
    }

    /** Sends {@code CALLERS} requests released together. */
    private static List<HttpResponse<String>> atOnce(IntFunction<HttpResponse<String>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.apply(n);
                }));
            }
            gate.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentOrdersForScarceStockNeverPromiseItTwice() throws Exception {
        List<HttpResponse<String>> answers = atOnce(n -> api.post(shop, "orders",
                ApiFixture.order("RUSH-" + n, "C-A", "P3", "3")));

        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal backordered = BigDecimal.ZERO;
        for (HttpResponse<String> a : answers) {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
            JsonNode line = ApiFixture.json(a).path("lines").get(0);
            allocated = allocated.add(line.path("allocated").decimalValue());
            backordered = backordered.add(line.path("backordered").decimalValue());
        }
        // 24 asked, 10 on hand: exactly the 10 are promised, the rest waits for supply.
        assertThat(allocated).isEqualByComparingTo("10");
        assertThat(backordered).isEqualByComparingTo("14");
        StockLevel stock = company.ctx.inventory().stock("P3", "MIL", 0, 1).getFirst();
        assertThat(stock.allocated()).isEqualByComparingTo("10");
        assertThat(stock.available()).isEqualByComparingTo("0");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void oneOrderSentSeveralTimesAtOnceIsPlacedOnce() throws Exception {
        String body = ApiFixture.order("DOUBLE-CLICK", "C-B", "P1", "1");

        List<HttpResponse<String>> answers = atOnce(n -> api.post(shop, "orders", body));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201));
        assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().map(a -> ApiFixture.json(a).path("number").asText()).distinct()).hasSize(1);
        assertThat(company.ctx.orders().search(new OrderQuery(null, null, null, null, null, null, "DOUBLE-CLICK", null,
                false, 0, 10, null)).total()).isEqualTo(1);
    }
}
