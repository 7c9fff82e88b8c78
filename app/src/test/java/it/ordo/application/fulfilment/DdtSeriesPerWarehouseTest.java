package it.ordo.application.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A company whose Milan warehouse keeps a DDT register of its own: eight
 * packers of both warehouses ship at once, and each series counts on with no
 * gap and no repeat, Milan's in DMI, Bologna's in the company's DDT series.
 */
@Tag("db")
class DdtSeriesPerWarehouseTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P1", "BOL", "100");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void eachWarehouseSeriesIsGapFreeUnderEightConcurrentPackers() throws Exception {
        company.ctx.fulfilment().saveShippingSettings(new ShippingSettingsView(null, 0,
                List.of(new ShippingSettingsView.WarehouseSeries("mil", "dmi"))));
        List<String> milan = new ArrayList<>();
        List<String> bologna = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            milan.add(order("MIL", "M-" + i));
            bologna.add(order("BOL", "B-" + i));
        }
        List<String> all = new ArrayList<>(milan);
        all.addAll(bologna);
        company.ctx.fulfilment().startPicking(all);

        List<ShipmentView> shipped = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = all.stream().<Future<?>>map(n -> pool.submit(() -> {
                start.await();
                return shipped.add(company.ctx.fulfilment().shipAllocated(n));
            })).toList();
            start.countDown();
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ddts(shipped, "MIL")).containsExactlyElementsOf(series("DMI", 1, 8));
        assertThat(ddts(shipped, "BOL")).containsExactlyElementsOf(series("DDT", 1, 8));
        assertThat(company.ctx.fulfilment().shipment("dmi-2026-000003").warehouse()).isEqualTo("MIL");

        // A cancelled DDT keeps its number in its series; Milan back on the company's series continues that one.
        company.ctx.fulfilment().cancelDdt("DMI-2026-000008", "wrong van");
        assertThat(company.ctx.fulfilment().shipAllocated(picked("MIL", "M-X")).ddtNumber())
                .isEqualTo("DMI-2026-000009");
        company.ctx.fulfilment().saveShippingSettings(new ShippingSettingsView(null, 0, List.of()));
        assertThat(company.ctx.fulfilment().shipAllocated(picked("MIL", "M-Y")).ddtNumber())
                .isEqualTo("DDT-2026-000009");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    private String order(String warehouse, String ref) {
        OrderView o = company.ctx.orders().place(new OrderRequest(ref, Channel.PHONE, "C-A", warehouse, null, null,
                null, List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.TWO))));
        return o.number();
    }

    private String picked(String warehouse, String ref) {
        String number = order(warehouse, ref);
        company.ctx.fulfilment().startPicking(List.of(number));
        return number;
    }

    private static List<String> ddts(List<ShipmentView> shipped, String warehouse) {
        return shipped.stream().filter(s -> s.warehouse().equals(warehouse)).map(ShipmentView::ddtNumber).sorted()
                .toList();
    }

    private static List<String> series(String series, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "%s-2026-%06d".formatted(series, i)).toList();
    }
}
