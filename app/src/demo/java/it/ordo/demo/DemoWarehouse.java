package it.ordo.demo;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.PackTask;
import it.ordo.application.fulfilment.PickQueueRow;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.fulfilment.TrackingReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.setup.DemoData.Services;
import it.ordo.demo.DemoCatalog.DemoProduct;
import it.ordo.domain.fulfilment.TransportBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The warehouse of the demo company: the five carriers Italian distributors
 * use, a bin for every product (aisle by category, racks along it), and a few
 * of the orders waiting to be picked shipped today with their DDTs and labels,
 * some in full and some in part, by the warehouse user through the use cases.
 */
final class DemoWarehouse {

    static final List<CarrierView> CARRIERS = List.of(
            new CarrierView("BRT", "BRT S.p.A.", "Via Enrico Mattei 42, 40138 Bologna (BO)",
                    "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz={0}"),
            new CarrierView("GLS", "General Logistics Systems Italy S.p.A.", "Via Basse 2, 20068 Peschiera Borromeo (MI)",
                    "https://gls-group.com/IT/it/servizi-online/ricerca-spedizioni/?match={0}"),
            new CarrierView("SDA", "SDA Express Courier S.p.A.", "Via Giuseppe Vito Pellegrino 1, 00144 Roma (RM)",
                    "https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione?locale=it&tracing.letteraVettura={0}"),
            new CarrierView("POSTE", "Poste Delivery Business", "Viale Europa 190, 00144 Roma (RM)",
                    "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{0}"),
            new CarrierView("DHL", "DHL Express (Italy) S.r.l.", "Via Lombardia 10, 20068 Peschiera Borromeo (MI)",
                    "https://www.dhl.com/it-it/home/tracking.html?tracking-id={0}"));

    /** Orders shipped per warehouse on the demo's last day: enough to show DDTs, not to empty the queue. */
    private static final int SHIPPED_PER_WAREHOUSE = 4;
    private static final int BINS_PER_COMMIT = 400;

    private DemoWarehouse() {
    }

    /**
     * A parcel's day as its carrier's file tells it, in Ordo's own state names
     * (every carrier may use them): picked up, out for delivery, and then
     * delivered, or for every third shipment a failed delivery for customer
     * service; the first parcel of every other shipment carries a temperature logger.
     */
    private static List<ImportRow> story(ShipmentView s, int nth, int line) {
        List<ImportRow> rows = new ArrayList<>();
        for (ShipmentView.ParcelView p : s.parcels()) {
            String t = p.trackingNumber();
            java.time.Instant at = s.issuedAt();
            rows.add(event(line + rows.size() + 1, t, at.plusSeconds(1800), "IN_TRANSIT", "Hub di partenza", null));
            rows.add(event(line + rows.size() + 1, t, at.plusSeconds(5 * 3600), "OUT_FOR_DELIVERY",
                    s.destination().address(), null));
            if (nth % 3 == 2) {
                rows.add(event(line + rows.size() + 1, t, at.plusSeconds(7 * 3600), "EXCEPTION",
                        s.destination().address(), "Destinatario assente, avviso lasciato"));
            } else {
                rows.add(event(line + rows.size() + 1, t, at.plusSeconds(7 * 3600), "DELIVERED",
                        s.destination().address(), "Consegnato"));
            }
            if (nth % 2 == 0 && p.parcelNo() == 1) {
                rows.add(new ImportRow(line + rows.size() + 1, java.util.Map.of("tracking", t,
                        "time", at.plusSeconds(3 * 3600).toString(), "sensor", "TEMPERATURE", "value", "18.5")));
            }
        }
        return rows;
    }

    private static ImportRow event(int line, String tracking, java.time.Instant at, String status, String place,
                                   String text) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        fields.put("tracking", tracking);
        fields.put("time", at.toString());
        fields.put("status", status);
        fields.put("place", place);
        if (text != null) {
            fields.put("text", text);
        }
        return new ImportRow(line, fields);
    }

    /** The carriers, before the year's history: every shipment of it went with one of them. */
    static void carriers(Services ctx) {
        Services wh = ctx.as(new DemoUser("warehouse"), ctx.clock());
        CARRIERS.forEach(c -> wh.fulfilment().saveCarrier(c));
    }

    static void create(Services ctx, Random random, List<DemoProduct> products, List<String> warehouses,
                       Consumer<String> report) {
        // A GS1 member: today's parcels carry an SSCC (a fictitious prefix of GS1 Italy's 80-83 range).
        ctx.fulfilment().saveShippingSettings(new it.ordo.application.fulfilment.ShippingSettingsView("8034567", 0,
                List.of()));
        Services wh = ctx.as(new DemoUser("warehouse"), ctx.clock());

        // Aisles by category, A first; along an aisle, racks of twenty places on four shelves.
        List<DemoProduct> walk = new ArrayList<>(products);
        walk.sort(Comparator.comparing((DemoProduct p) -> p.category.name()).thenComparing(p -> p.sku));
        List<String> categories = walk.stream().map(p -> p.category.name()).distinct().toList();
        int bins = 0;
        for (String warehouse : warehouses) {
            for (int from = 0; from < walk.size(); from += BINS_PER_COMMIT) {
                List<DemoProduct> part = walk.subList(from, Math.min(walk.size(), from + BINS_PER_COMMIT));
                int start = from;
                wh.batch().write(() -> {
                    int[] inAisle = new int[categories.size()];
                    for (int i = 0; i < start; i++) {
                        inAisle[categories.indexOf(walk.get(i).category.name())]++;
                    }
                    for (DemoProduct p : part) {
                        int aisle = categories.indexOf(p.category.name());
                        int place = inAisle[aisle]++;
                        wh.fulfilment().setBin(p.sku, warehouse, "%s-%02d-%d".formatted(
                                (char) ('A' + aisle % 26), place / 20 + 1, place % 4 + 1));
                    }
                });
                bins += part.size();
            }
        }
        report.accept("carriers " + CARRIERS.size() + ", bins " + bins);

        int shipped = 0;
        List<ImportRow> events = new ArrayList<>();
        for (String warehouse : warehouses) {
            List<PickQueueRow> queue = wh.fulfilment().toPick(warehouse);
            for (PickQueueRow row : queue.subList(0, Math.min(SHIPPED_PER_WAREHOUSE, queue.size()))) {
                wh.fulfilment().startPicking(List.of(row.orderNumber()));
                PackTask task = wh.fulfilment().packTask(row.orderNumber());
                CarrierView carrier = CARRIERS.get(random.nextInt(CARRIERS.size()));
                // Every other order leaves its last line behind: shipped in part, the rest stays to pick.
                List<PackTask.Line> lines = shipped % 2 == 1 && task.lines().size() > 1
                        ? task.lines().subList(0, task.lines().size() - 1) : task.lines();
                List<ShipRequest.ParcelRequest> parcels = new ArrayList<>();
                int perParcel = Math.max(1, (lines.size() + 1) / 2);
                for (int i = 0; i < lines.size(); i += perParcel) {
                    List<ShipRequest.Item> items = lines.subList(i, Math.min(lines.size(), i + perParcel)).stream()
                            .map(l -> new ShipRequest.Item(l.sku(), l.toPack())).toList();
                    String tracking = carrier.code() + "%010d".formatted(random.nextInt(1_000_000_000));
                    parcels.add(new ShipRequest.ParcelRequest(null, 40, 30, 30, tracking, items));
                }
                ShipmentView s = wh.fulfilment().ship(new ShipRequest(row.orderNumber(), TransportBy.CARRIER,
                        carrier.code(), null, null, null, null, parcels));
                events.addAll(story(s, shipped, events.size()));
                shipped++;
            }
        }
        TrackingReport tracked = wh.fulfilment().importTracking(events);
        report.accept("shipments with DDT " + shipped + ", tracking events " + tracked.recorded());
    }
}
