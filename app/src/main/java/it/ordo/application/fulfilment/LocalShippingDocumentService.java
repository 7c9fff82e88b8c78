package it.ordo.application.fulfilment;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.reporting.DocumentArchive;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.fulfilment.FulfilmentRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.SalesOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The warehouse's printouts in this process: data read in one transaction, rendered outside it. */
public final class LocalShippingDocumentService implements ShippingDocumentService {

    private static final Comparator<ShippingDocuments.PickLine> WALK = Comparator
            .comparing(ShippingDocuments.PickLine::bin, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(ShippingDocuments.PickLine::sku);

    /** Ids per IN list when reading a wave's products and bins (a wave may hold thousands). */
    private static final int READ_CHUNK = 500;

    private final Transactions tx;
    private final FulfilmentService fulfilment;
    private final FulfilmentRepository bins;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final InventoryRepository inventory;
    private final DocumentArchive archive;
    private final ShippingDocuments renderer;
    private final Clock clock;
    private final Guard guard;

    public LocalShippingDocumentService(Transactions tx, FulfilmentService fulfilment, FulfilmentRepository bins,
                                        OrderRepository orders, CustomerRepository customers,
                                        ProductRepository products, InventoryRepository inventory,
                                        DocumentArchive archive, ShippingDocuments renderer, Clock clock,
                                        Guard guard) {
        this.tx = tx;
        this.fulfilment = fulfilment;
        this.bins = bins;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.archive = archive;
        this.renderer = renderer;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public byte[] ddtPdf(String ddtNumber) {
        guard.require(Permission.VIEW_ORDERS);
        ShipmentView s = fulfilment.shipment(ddtNumber);
        record Owner(long orderId, String language) {
        }
        Owner owner = tx.read(() -> {
            SalesOrder order = orders.findByNumber(s.orderNumber()).orElseThrow();
            Customer c = customers.find(order.customerId()).orElseThrow();
            return new Owner(order.id(), c.language());
        });
        var kept = tx.read(() -> archive.find(owner.orderId(), s.ddtNumber()));
        if (kept.isPresent()) {
            return kept.get().content();
        }
        byte[] pdf = renderer.ddt(ddt(s, owner.language()));
        Instant now = clock.instant();
        boolean mine = tx.write(() -> archive.keep(owner.orderId(), s.ddtNumber(),
                new DocumentArchive.KeptDocument(pdf, now, owner.language(), sha256(pdf))));
        // Someone printed it at the same moment: theirs is the first print.
        return mine ? pdf : tx.read(() -> archive.find(owner.orderId(), s.ddtNumber())).orElseThrow().content();
    }

    private ShippingDocuments.Ddt ddt(ShipmentView s, String language) {
        List<ShippingDocuments.Goods> goods = s.lines().stream().map(l -> new ShippingDocuments.Goods(l.sku(),
                l.description(), l.unit(), l.quantity(), l.parcelNo())).toList();
        List<String> recipient = new ArrayList<>(List.of(s.recipient().name(), s.recipient().address()));
        if (s.recipient().vatNumber() != null) {
            recipient.add(s.recipient().vatNumber());
        }
        String carrier = s.carrier() == null ? null
                : s.carrier().name() + (s.carrier().address() == null ? "" : ", " + s.carrier().address());
        return new ShippingDocuments.Ddt(language, s.sender().name(), s.sender().address(), s.sender().vatNumber(),
                s.ddtNumber(), local(s.issuedAt()), s.orderNumber(), recipient,
                List.of(s.destination().name(), s.destination().address()), s.reason(), s.transportBy(),
                s.freight(), carrier, s.appearance(), s.parcels().size(), s.grossWeightKg(),
                local(s.transportStart()), s.cancelledAt() == null ? null : local(s.cancelledAt()), s.cancelReason(),
                goods);
    }

    @Override
    public byte[] pickListPdf(List<String> orderNumbers) {
        guard.require(Permission.VIEW_ORDERS);
        if (orderNumbers == null || orderNumbers.isEmpty()) {
            throw new DomainException("pick.none");
        }
        if (orderNumbers.size() > LocalFulfilmentService.MAX_WAVE) {
            throw new DomainException("pick.tooMany", orderNumbers.size(), LocalFulfilmentService.MAX_WAVE);
        }
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        orderNumbers.forEach(n -> numbers.add(LocalFulfilmentService.normalizeOrder(n)));
        ShippingDocuments.PickList list = tx.read(() -> {
            List<SalesOrder> wave = new ArrayList<>();
            for (String number : numbers) {
                wave.add(orders.findByNumber(number).orElseThrow(() -> new NotFoundException("order", number)));
            }
            // The wave's products, and their bins per warehouse, read once for all its orders: a query per
            // order was a third of a 500-order pick list's time.
            Map<Long, Product> byId = new HashMap<>();
            Map<Long, Map<Long, String>> binsIn = new HashMap<>();
            Map<Long, Set<Long>> wanted = new LinkedHashMap<>();
            for (SalesOrder order : wave) {
                order.lines().forEach(l -> wanted.computeIfAbsent(order.warehouseId(), w -> new LinkedHashSet<>())
                        .add(l.productId()));
            }
            wanted.forEach((warehouseId, ids) -> {
                Map<Long, String> where = new HashMap<>();
                List<Long> all = List.copyOf(ids);
                for (int i = 0; i < all.size(); i += READ_CHUNK) {
                    List<Long> chunk = all.subList(i, Math.min(all.size(), i + READ_CHUNK));
                    byId.putAll(products.findAll(chunk.stream().filter(id -> !byId.containsKey(id)).toList()));
                    where.putAll(bins.bins(chunk, warehouseId));
                }
                binsIn.put(warehouseId, where);
            });
            List<ShippingDocuments.PickOrder> picks = new ArrayList<>();
            String warehouse = null;
            for (SalesOrder order : wave) {
                Map<Long, String> where = binsIn.get(order.warehouseId());
                List<ShippingDocuments.PickLine> lines = new ArrayList<>();
                for (OrderLine l : order.lines()) {
                    if (l.allocatedQty().signum() > 0) {
                        Product p = byId.get(l.productId());
                        lines.add(new ShippingDocuments.PickLine(where.get(l.productId()), p.sku(), p.ean(),
                                p.description(), p.unit().name(), l.allocatedQty()));
                    }
                }
                lines.sort(WALK);
                Customer c = customers.find(order.customerId()).orElseThrow();
                picks.add(new ShippingDocuments.PickOrder(order.number(), c.name(),
                        order.shipName() + ", " + order.shipTo().oneLine(), order.priority().name(), lines));
                if (warehouse == null) {
                    warehouse = inventory.findWarehouse(order.warehouseId()).map(Warehouse::code).orElse("?");
                }
            }
            return new ShippingDocuments.PickList("it", warehouse, local(clock.instant()), picks);
        });
        return renderer.pickList(list);
    }

    @Override
    public byte[] labelsPdf(String ddtNumber) {
        guard.require(Permission.VIEW_ORDERS);
        return renderer.labelsPdf(labels(fulfilment.shipment(ddtNumber)));
    }

    @Override
    public String labelsZpl(String ddtNumber, int dpi) {
        guard.require(Permission.VIEW_ORDERS);
        if (dpi != 203 && dpi != 300) {
            throw new DomainException("label.dpi.invalid", dpi);
        }
        return renderer.labelsZpl(labels(fulfilment.shipment(ddtNumber)), dpi);
    }

    @Override
    public byte[] manifestPdf(String carrierCode, String warehouse, java.time.LocalDate day) {
        guard.require(Permission.VIEW_ORDERS);
        if (day == null) {
            throw new DomainException("manifest.day.missing");
        }
        List<String> ddts = tx.read(() -> {
            var carrier = bins.findCarrier(carrierCode).orElseThrow(() -> new NotFoundException("carrier", carrierCode));
            Warehouse w = inventory.findWarehouse(warehouse == null ? "" : warehouse.strip().toUpperCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new NotFoundException("warehouse", warehouse));
            Instant from = day.atStartOfDay(clock.getZone()).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            return bins.shipments(w.id(), carrier.id(), from, to).stream()
                    .filter(s -> s.cancelledAt() == null).map(s -> s.ddtNumber().toString()).toList();
        });
        List<ShippingDocuments.ManifestRow> rows = new ArrayList<>();
        String carrierName = null;
        String company = null;
        for (String ddt : ddts) {
            ShipmentView s = fulfilment.shipment(ddt);
            carrierName = s.carrier().name();
            company = s.sender().name();
            rows.add(new ShippingDocuments.ManifestRow(s.ddtNumber(), s.orderNumber(), s.destination().name(),
                    splitAddress(s.destination().address()).getLast(), s.parcels().size(), s.grossWeightKg(),
                    String.join(" ", s.parcels().stream().map(ShipmentView.ParcelView::trackingNumber)
                            .filter(java.util.Objects::nonNull).toList())));
        }
        if (rows.isEmpty()) {
            throw new DomainException("manifest.empty", carrierCode, warehouse, day.toString());
        }
        return renderer.manifest(new ShippingDocuments.Manifest("it", company, carrierName,
                warehouse.strip().toUpperCase(java.util.Locale.ROOT), day, local(clock.instant()), rows));
    }

    private static List<ShippingDocuments.Label> labels(ShipmentView s) {
        List<String> address = splitAddress(s.destination().address());
        List<ShippingDocuments.Label> labels = new ArrayList<>();
        for (ShipmentView.ParcelView p : s.parcels()) {
            String barcode = p.trackingNumber() != null ? p.trackingNumber()
                    : s.ddtNumber() + "-%02d".formatted(p.parcelNo());
            labels.add(new ShippingDocuments.Label(s.sender().name(), s.sender().address(), s.destination().name(),
                    address, s.orderNumber(), s.ddtNumber(), p.parcelNo(), s.parcels().size(), p.weightKg(),
                    s.carrier() == null ? null : s.carrier().name(), p.trackingNumber(), p.trackingLink(), barcode,
                    p.sscc()));
        }
        return labels;
    }

    /** "Via Emilia 10, 40121 Bologna (BO)" as the two lines a label prints: street, then town. */
    static List<String> splitAddress(String oneLine) {
        int comma = oneLine.indexOf(", ");
        return comma < 0 ? List.of(oneLine) : List.of(oneLine.substring(0, comma), oneLine.substring(comma + 2));
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
