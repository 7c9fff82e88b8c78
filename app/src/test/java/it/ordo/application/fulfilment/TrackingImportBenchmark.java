package it.ordo.application.fulfilment;

import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderView;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A carrier's tracking file of -Dordo.bench.events events (default 100,000)
 * over the parcels of 100 shipments, imported through FulfilmentService
 * against the baseline of only reading and checking its rows, in one run
 * (docs/benchmarks.md). Prints the figures; asserts nothing.
 */
@Tag("bench")
class TrackingImportBenchmark {

    private static final int EVENTS = Integer.getInteger("ordo.bench.events", 100_000);
    private static final int SHIPMENTS = 100;
    private static final int PARCELS = 5;
    private static final String[] CODES = {"PRESO IN CARICO", "IN TRANSITO", "IN CONSEGNA", "GIACENZA", "CONSEGNATA"};

    @Test
    void aHundredThousandEventsAgainstParsingThem() throws Exception {
        try (TestCompany company = TestCompany.standard()) {
            FulfilmentService warehouse = company.ctx.fulfilment();
            company.receive("P1", "MIL", String.valueOf(SHIPMENTS * PARCELS));
            warehouse.saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna", null));
            List<String> tracking = new ArrayList<>();
            for (int s = 0; s < SHIPMENTS; s++) {
                OrderView order = company.order("C-B", "BENCH-" + s, "P1", PARCELS);
                warehouse.startPicking(List.of(order.number()));
                List<ParcelRequest> parcels = new ArrayList<>();
                for (int p = 0; p < PARCELS; p++) {
                    String number = "BRT%04d%02d".formatted(s, p);
                    tracking.add(number);
                    parcels.add(new ParcelRequest(null, null, null, null, number, List.of(new Item("P1", BigDecimal.ONE))));
                }
                warehouse.ship(new ShipRequest(order.number(), TransportBy.CARRIER, "BRT", null, null, null, null,
                        parcels));
            }
            // Events in time order across all parcels, as a carrier's daily file has them.
            Instant start = Instant.parse("2026-11-28T06:00:00Z");
            List<ImportRow> rows = new ArrayList<>(EVENTS);
            for (int i = 0; i < EVENTS; i++) {
                rows.add(new ImportRow(i + 2, Map.of("tracking", tracking.get(i % tracking.size()),
                        "time", start.plusSeconds(i).toString(), "status", CODES[(i / tracking.size()) % 4],
                        "place", "Hub " + (i % 17), "text", "Evento " + i)));
            }
            long t0 = System.nanoTime();
            List<ImportReport.RowError> errors = new ArrayList<>();
            int parsed = 0;
            for (ImportRow r : rows) {
                parsed += TrackingRow.parse(r, TestCompany.ROME, errors) == null ? 0 : 1;
            }
            long baseline = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            TrackingReport report = warehouse.importTracking(rows);
            long ordo = (System.nanoTime() - t1) / 1_000_000;
            String line = String.format("events %,d on %,d parcels; baseline (read and check the rows) %,d ms for %,d;"
                            + " Ordo import %,d ms (%,d events/s), recorded %,d, errors %d; integrity %s",
                    EVENTS, tracking.size(), baseline, parsed, ordo, EVENTS * 1000L / Math.max(1, ordo),
                    report.recorded(), report.errors().size(),
                    company.ctx.integrity().check().isEmpty() ? "clean" : "NOT clean");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "tracking-benchmark.txt"), line + "\n");
            org.slf4j.LoggerFactory.getLogger(getClass()).warn(line);
        }
    }
}
