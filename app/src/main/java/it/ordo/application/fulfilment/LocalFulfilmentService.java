package it.ordo.application.fulfilment;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.CustomerScope;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Address;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.fulfilment.BinLocation;
import it.ordo.domain.fulfilment.Carrier;
import it.ordo.domain.fulfilment.DdtNumber;
import it.ordo.domain.fulfilment.DdtSeries;
import it.ordo.domain.fulfilment.ShippingSettings;
import it.ordo.domain.fulfilment.Sscc;
import it.ordo.domain.fulfilment.Freight;
import it.ordo.domain.fulfilment.FulfilmentRepository;
import it.ordo.domain.fulfilment.Parcel;
import it.ordo.domain.fulfilment.Shipment;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.fulfilment.TransportReason;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The warehouse's use cases in this process, on this database. */
public final class LocalFulfilmentService implements FulfilmentService {

    /** The queue's order: tier A first, then urgent first, earliest promise (none last), first come. */
    static final Comparator<PickQueueRow> QUEUE_ORDER = Comparator.comparing(PickQueueRow::tier)
            .thenComparing(PickQueueRow::priority, Comparator.reverseOrder())
            .thenComparing(PickQueueRow::promisedDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(PickQueueRow::orderedAt)
            .thenComparing(PickQueueRow::orderNumber);
    /** More orders than a wave anyone walks: a longer list is a mistake, not a plan. */
    static final int MAX_WAVE = 500;
    static final String DEFAULT_APPEARANCE = "scatole";

    private final Transactions tx;
    private final FulfilmentRepository fulfilment;
    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final ProductRepository products;
    private final CustomerRepository customers;
    private final CompanyRepository company;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalFulfilmentService(Transactions tx, FulfilmentRepository fulfilment, OrderRepository orders,
                                  InventoryRepository inventory, ProductRepository products,
                                  CustomerRepository customers, CompanyRepository company, CurrentUser user,
                                  Clock clock, Guard guard) {
        this.tx = tx;
        this.fulfilment = fulfilment;
        this.orders = orders;
        this.inventory = inventory;
        this.products = products;
        this.customers = customers;
        this.company = company;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public List<PickQueueRow> toPick(String warehouse) {
        guard.require(Permission.VIEW_ORDERS);
        return tx.read(() -> {
            Warehouse w = warehouse(warehouse);
            return fulfilment.toPick(w.id()).stream()
                    .map(c -> new PickQueueRow(c.orderNumber(), c.customerName(), c.customerTier(), c.priority(),
                            c.promisedDate(), c.createdAt(), c.status(), c.lines()))
                    .sorted(QUEUE_ORDER).toList();
        });
    }

    @Override
    public List<PickingStarted> startPicking(List<String> orderNumbers) {
        guard.require(Permission.FULFIL_ORDER);
        if (orderNumbers == null || orderNumbers.isEmpty()) {
            throw new DomainException("pick.none");
        }
        if (orderNumbers.size() > MAX_WAVE) {
            throw new DomainException("pick.tooMany", orderNumbers.size(), MAX_WAVE);
        }
        Set<String> numbers = new LinkedHashSet<>();
        orderNumbers.forEach(n -> numbers.add(normalizeOrder(n)));
        return tx.write(() -> {
            Instant now = clock.instant();
            List<PickingStarted> started = new ArrayList<>();
            for (String number : numbers) {
                SalesOrder order = order(number);
                order.startPicking(user.username(), now);
                orders.store(order);
                started.add(new PickingStarted(order.number(), user.username(), now));
            }
            return started;
        });
    }

    @Override
    public PackTask packTask(String orderNumber) {
        guard.require(Permission.VIEW_ORDERS);
        return tx.read(() -> {
            SalesOrder order = order(normalizeOrder(orderNumber));
            requirePicking(order);
            List<Long> ids = order.lines().stream().map(OrderLine::productId).distinct().toList();
            Map<Long, Product> byId = products.findAll(ids);
            Map<Long, String> bins = fulfilment.bins(ids, order.warehouseId());
            List<PackTask.Line> lines = new ArrayList<>();
            for (OrderLine l : order.lines()) {
                if (l.allocatedQty().signum() > 0) {
                    Product p = byId.get(l.productId());
                    lines.add(new PackTask.Line(l.lineNo(), p.sku(), p.ean(), p.description(), p.unit().name(),
                            bins.get(l.productId()), l.allocatedQty(), p.weightKg()));
                }
            }
            Customer customer = customers.find(order.customerId()).orElseThrow();
            return new PackTask(order.number(), customer.name(), warehouseCode(order.warehouseId()),
                    order.shipName() + ", " + order.shipTo().oneLine(), lines);
        });
    }

    @Override
    public ShipmentView ship(ShipRequest request) {
        guard.require(Permission.FULFIL_ORDER);
        String number = normalizeOrder(request.orderNumber());
        List<Message> problems = new ArrayList<>();
        if (request.parcels() == null || request.parcels().isEmpty()) {
            throw new ValidationException(List.of(Message.of("shipment.noParcels", number)));
        }
        TransportBy by = request.transportBy() == null
                ? (request.carrierCode() == null ? TransportBy.SENDER : TransportBy.CARRIER) : request.transportBy();
        for (int i = 0; i < request.parcels().size(); i++) {
            ShipRequest.ParcelRequest p = request.parcels().get(i);
            if (p.items() == null || p.items().isEmpty()) {
                problems.add(Message.of("parcel.empty", i + 1));
            } else {
                for (ShipRequest.Item item : p.items()) {
                    if (item.quantity() == null || item.quantity().signum() <= 0) {
                        problems.add(Message.of("parcel.item.quantity", i + 1, item.code()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return tx.write(() -> ship(request, number, by));
    }

    @Override
    public ShipmentView shipAllocated(String orderNumber) {
        guard.require(Permission.FULFIL_ORDER);
        String number = normalizeOrder(orderNumber);
        return tx.write(() -> {
            SalesOrder order = order(number);
            requirePicking(order);
            Map<Long, Product> byId = products.findAll(order.lines().stream().map(OrderLine::productId).distinct()
                    .toList());
            List<ShipRequest.Item> items = order.lines().stream().filter(l -> l.allocatedQty().signum() > 0)
                    .map(l -> new ShipRequest.Item(byId.get(l.productId()).sku(), l.allocatedQty())).toList();
            if (items.isEmpty()) {
                throw new DomainException("shipment.empty");
            }
            return ship(new ShipRequest(number, TransportBy.SENDER, null, null, null, null, null,
                    List.of(new ShipRequest.ParcelRequest(null, null, null, null, null, items))), number,
                    TransportBy.SENDER);
        });
    }

    /** The shipment itself, in the caller's transaction: every way of shipping comes here. */
    private ShipmentView ship(ShipRequest request, String number, TransportBy by) {
        List<Message> problems = new ArrayList<>();
        Instant now = clock.instant();
        SalesOrder order = order(number);
        requirePicking(order);
        Carrier carrier = null;
        if (request.carrierCode() != null && !request.carrierCode().isBlank()) {
            carrier = fulfilment.findCarrier(request.carrierCode())
                    .orElseThrow(() -> new NotFoundException("carrier", request.carrierCode()));
        }
        if (by == TransportBy.CARRIER && carrier == null) {
            throw new DomainException("shipment.carrier.missing");
        }
        // Goods by product, per parcel, checked against what each line holds.
        List<Long> ids = order.lines().stream().map(OrderLine::productId).distinct().toList();
        Map<Long, Product> byId = products.findAll(ids);
        Map<String, Product> byCode = new HashMap<>();
        byId.values().forEach(p -> {
            byCode.put(p.sku().toUpperCase(Locale.ROOT), p);
            if (p.ean() != null && !p.ean().isBlank()) {
                byCode.put(p.ean(), p);
            }
        });
        Map<OrderLine, BigDecimal> remaining = new LinkedHashMap<>();
        order.lines().forEach(l -> remaining.put(l, l.allocatedQty()));
        // parcel index -> (line -> qty)
        List<Map<OrderLine, BigDecimal>> perParcel = new ArrayList<>();
        for (int i = 0; i < request.parcels().size(); i++) {
            Map<OrderLine, BigDecimal> inParcel = new LinkedHashMap<>();
            for (ShipRequest.Item item : request.parcels().get(i).items()) {
                String code = item.code() == null ? "" : item.code().strip().toUpperCase(Locale.ROOT);
                Product p = byCode.get(code);
                if (p == null) {
                    problems.add(Message.of("shipment.item.notInOrder", code, order.number()));
                    continue;
                }
                BigDecimal wanted = Quantities.qty(item.quantity());
                for (Map.Entry<OrderLine, BigDecimal> e : remaining.entrySet()) {
                    if (wanted.signum() == 0) {
                        break;
                    }
                    if (e.getKey().productId() == p.id() && e.getValue().signum() > 0) {
                        BigDecimal take = wanted.min(e.getValue());
                        e.setValue(e.getValue().subtract(take));
                        inParcel.merge(e.getKey(), take, BigDecimal::add);
                        wanted = wanted.subtract(take);
                    }
                }
                if (wanted.signum() > 0) {
                    BigDecimal allocated = order.lines().stream().filter(l -> l.productId() == p.id())
                            .map(OrderLine::allocatedQty).reduce(BigDecimal.ZERO, BigDecimal::add);
                    problems.add(Message.of("shipment.item.tooMuch", p.sku(), Quantities.shown(item.quantity()),
                            Quantities.shown(allocated)));
                }
            }
            perParcel.add(inParcel);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<OrderLine, BigDecimal> shipped = new LinkedHashMap<>();
        perParcel.forEach(m -> m.forEach((l, q) -> shipped.merge(l, q, BigDecimal::add)));
        SortedMap<Long, BigDecimal> byProduct = new TreeMap<>();
        shipped.forEach((l, q) -> byProduct.merge(l.productId(), q, BigDecimal::add));

        // The goods leave: under the stock row locks, ledger rows with the counters.
        Map<Long, Stock> locked = inventory.lockStocks(byProduct.keySet(), order.warehouseId());
        byProduct.forEach((pid, q) -> inventory.record(
                locked.get(pid).ship(q, order.number(), user.username(), now)));
        OrderStatus after = order.shipPart(shipped, user.username(), now);
        orders.store(order);

        Customer customer = customers.find(order.customerId()).orElseThrow();
        Shipment shipment = new Shipment(order.id(), order.warehouseId(),
                new Shipment.Parties(customer.name(), customer.billingAddress().oneLine(),
                        customer.vatNumber() != null ? customer.vatNumber() : customer.fiscalCode(),
                        order.shipName(), order.shipTo()),
                new Shipment.Transport(by, carrier == null ? null : carrier.id(),
                        request.reason() == null ? TransportReason.SALE : request.reason(),
                        request.freight() == null ? Freight.PREPAID : request.freight(),
                        request.appearance() == null || request.appearance().isBlank() ? DEFAULT_APPEARANCE
                                : cut(request.appearance().strip(), 60),
                        request.transportStart()),
                user.username());
        for (int i = 0; i < request.parcels().size(); i++) {
            ShipRequest.ParcelRequest pr = request.parcels().get(i);
            BigDecimal weight = pr.weightKg();
            if (weight == null) {
                weight = perParcel.get(i).entrySet().stream()
                        .map(e -> byId.get(e.getKey().productId()).weightKg().multiply(e.getValue()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(3, RoundingMode.HALF_UP);
            }
            Parcel parcel = shipment.addParcel(weight, pr.lengthCm(), pr.widthCm(), pr.heightCm(),
                    pr.trackingNumber());
            perParcel.get(i).forEach((l, q) -> {
                Product p = byId.get(l.productId());
                shipment.addLine(l.lineNo(), parcel.parcelNo(), p.id(), p.sku(), p.description(),
                        p.unit().name(), q);
            });
        }
        String series = fulfilment.ddtSeries(order.warehouseId()).map(DdtSeries::series)
                .orElse(DdtNumber.SERIES);
        ShippingSettings settings = fulfilment.shippingSettings().orElse(null);
        // Numbered last: the numbering rows (the DDT's, then the SSCCs') stay locked until commit.
        int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
        shipment.issue(fulfilment.nextDdtNumber(series, year), now);
        if (settings != null && settings.gs1Prefix() != null) {
            shipment.parcels().forEach(p -> p.identify(settings.sscc(fulfilment.nextSsccSerial())));
        }
        fulfilment.store(shipment);
        return view(shipment, order, after);
    }

    @Override
    public ShipmentView shipment(String ddtNumber) {
        guard.require(Permission.VIEW_ORDERS);
        DdtNumber number = DdtNumber.parse(ddtNumber);
        return tx.read(() -> view(find(number), null, null));
    }

    @Override
    public List<ShipmentView> shipmentsOf(String orderNumber) {
        // A sales agent follows the shipments of their own customers' orders ("where is my order?").
        CustomerScope scope = guard.requireScoped(Permission.VIEW_ORDERS);
        return tx.read(() -> {
            SalesOrder order = order(normalizeOrder(orderNumber));
            if (!scope.covers(order.customerId())) {
                throw new NotFoundException("order", orderNumber);
            }
            return fulfilment.shipmentsOf(order.id()).stream().map(s -> view(s, order, order.status())).toList();
        });
    }

    @Override
    public List<ShipmentView> shipments(String warehouse, LocalDate day) {
        guard.require(Permission.VIEW_ORDERS);
        if (day == null) {
            throw new DomainException("manifest.day.missing");
        }
        return tx.read(() -> {
            Warehouse w = warehouse(warehouse);
            Instant from = day.atStartOfDay(clock.getZone()).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            return fulfilment.shipments(w.id(), null, from, to).stream().map(s -> view(s, null, null)).toList();
        });
    }

    @Override
    public TrackingReport importTracking(List<ImportRow> rows) {
        guard.require(Permission.FULFIL_ORDER);
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<TrackingRow> valid = new ArrayList<>();
        for (ImportRow row : rows) {
            TrackingRow parsed = TrackingRow.parse(row, clock.getZone(), errors);
            if (parsed != null) {
                valid.add(parsed);
            }
        }
        int[] counts = new int[6];   // recorded, sensor readings, duplicates, delivered, orders delivered, exceptions
        // Kept for the whole file: which parcel a tracking number is, the events each shipment already has, the
        // carriers' codes. Chunks keep each transaction (and Hibernate's session) small on a file of a hundred
        // thousand events; the shipments themselves are read again in each chunk's transaction.
        Map<String, Optional<FulfilmentRepository.TrackedParcel>> parcels = new HashMap<>();
        Map<Long, Set<String>> known = new HashMap<>();
        Map<Long, String> carrierCodes = new HashMap<>();
        for (int from = 0; from < valid.size(); from += TRACKING_CHUNK) {
            List<TrackingRow> chunk = valid.subList(from, Math.min(valid.size(), from + TRACKING_CHUNK));
            // A chunk whose transaction is run again (a lock conflict) starts from what is committed: its events,
            // counts and refusals join the file's only once the chunk has committed.
            TrackedChunk done = tx.write(() -> track(chunk, parcels, known, carrierCodes));
            done.added().forEach((shipment, keys) -> known.get(shipment).addAll(keys));
            errors.addAll(done.errors());
            for (int i = 0; i < counts.length; i++) {
                counts[i] += done.counts()[i];
            }
        }
        errors.sort(Comparator.comparingInt(ImportReport.RowError::line));
        return new TrackingReport(rows.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                List.copyOf(errors));
    }

    static final int TRACKING_CHUNK = 1000;

    /** What one chunk's transaction did: the events it stored per shipment, its refusals and its counts. */
    private record TrackedChunk(Map<Long, Set<String>> added, List<ImportReport.RowError> errors, int[] counts) {
    }

    /**
     * One chunk, in its transaction. {@code parcels}, {@code known} (the events each shipment had when first
     * met, as committed) and {@code carrierCodes} are caches of committed data, safe to keep across a re-run;
     * everything this attempt does is in the returned {@link TrackedChunk}.
     */
    private TrackedChunk track(List<TrackingRow> chunk, Map<String, Optional<FulfilmentRepository.TrackedParcel>> parcels,
                               Map<Long, Set<String>> known, Map<Long, String> carrierCodes) {
        Map<Long, Set<String>> added = new HashMap<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        int[] counts = new int[6];
        Instant now = clock.instant();
        // One query for the chunk's new tracking numbers and one for its shipments, not one per row or shipment:
        // the profile of a 40,000-event file had a fifth of the import in those lookups.
        Set<String> unseen = new java.util.HashSet<>();
        chunk.forEach(r -> {
            if (!parcels.containsKey(r.trackingNumber())) {
                unseen.add(r.trackingNumber());
            }
        });
        Map<String, FulfilmentRepository.TrackedParcel> found = fulfilment.parcelsByTracking(unseen);
        unseen.forEach(t -> parcels.put(t, Optional.ofNullable(found.get(t))));
        Set<Long> ids = new java.util.HashSet<>();
        chunk.forEach(r -> parcels.get(r.trackingNumber()).ifPresent(p -> ids.add(p.shipmentId())));
        Map<Long, Shipment> shipments = fulfilment.findShipments(ids);
        for (TrackingRow r : chunk) {
            Optional<FulfilmentRepository.TrackedParcel> parcel = parcels.get(r.trackingNumber());
            if (parcel.isEmpty()) {
                errors.add(new ImportReport.RowError(r.line(), r.trackingNumber(),
                        List.of(Message.of("tracking.unknown", r.trackingNumber()))));
                continue;
            }
            Shipment shipment = shipments.get(parcel.get().shipmentId());
            String carrier = shipment.carrierId() == null ? null : carrierCodes.computeIfAbsent(shipment.carrierId(),
                    id -> fulfilment.findCarrier(id).map(Carrier::code).orElse(null));
            it.ordo.domain.fulfilment.TrackingStatus status = null;
            if (r.statusCode() != null) {
                status = it.ordo.domain.fulfilment.TrackingCodes.map(carrier, r.statusCode()).orElse(null);
                if (status == null) {
                    errors.add(new ImportReport.RowError(r.line(), r.trackingNumber(),
                            List.of(Message.of("tracking.status.unknown", r.statusCode(), carrier == null ? "-" : carrier))));
                    continue;
                }
            }
            it.ordo.domain.fulfilment.TrackingEvent event = new it.ordo.domain.fulfilment.TrackingEvent(shipment.id(),
                    parcel.get().parcelNo(), r.trackingNumber(), r.at(), r.statusCode(), status, r.place(), r.text(),
                    r.sensor(), r.value(), now, user.username());
            Set<String> committed = known.computeIfAbsent(shipment.id(), id -> {
                Set<String> keys = new java.util.HashSet<>();
                fulfilment.trackingOf(id).forEach(e -> keys.add(e.sameness()));
                return keys;
            });
            if (committed.contains(event.sameness())
                    || !added.computeIfAbsent(shipment.id(), id -> new java.util.HashSet<>()).add(event.sameness())) {
                counts[2]++;
                continue;
            }
            fulfilment.store(event);
            counts[0]++;
            if (r.sensor() != null) {
                counts[1]++;
            }
            if (status == it.ordo.domain.fulfilment.TrackingStatus.EXCEPTION) {
                counts[5]++;
            }
            if (shipment.track(status, r.at(), r.text())) {
                counts[3]++;
                if (deliverOrder(shipment, r.at())) {
                    counts[4]++;
                }
            }
        }
        return new TrackedChunk(added, errors, counts);
    }

    /** The order is DELIVERED when it has shipped in full and every shipment not cancelled has arrived. */
    private boolean deliverOrder(Shipment delivered, Instant at) {
        SalesOrder order = orders.find(delivered.orderId()).orElseThrow();
        if (order.status() != OrderStatus.SHIPPED) {
            return false;
        }
        boolean all = fulfilment.shipmentsOf(order.id()).stream()
                .filter(s -> s.cancelledAt() == null).allMatch(s -> s.deliveredAt() != null);
        if (all) {
            order.deliver(user.username(), at);
            orders.store(order);
        }
        return all;
    }

    @Override
    public ShipmentView cancelDdt(String ddtNumber, String reason) {
        guard.require(Permission.FULFIL_ORDER);
        DdtNumber number = DdtNumber.parse(ddtNumber);
        return tx.write(() -> {
            Shipment s = find(number);
            s.cancel(reason, clock.instant());
            fulfilment.store(s);
            return view(s, null, null);
        });
    }

    @Override
    public void setBin(String sku, String warehouse, String bin) {
        guard.require(Permission.FULFIL_ORDER);
        String normalized = BinLocation.normalize(bin);
        tx.write(() -> {
            Product p = products.findBySku(sku == null ? "" : sku.strip())
                    .orElseThrow(() -> new NotFoundException("product", sku));
            Warehouse w = warehouse(warehouse);
            fulfilment.findBin(p.id(), w.id()).ifPresentOrElse(b -> b.move(normalized),
                    () -> fulfilment.store(new BinLocation(p.id(), w.id(), normalized)));
        });
    }

    @Override
    public List<CarrierView> carriers() {
        guard.require(Permission.VIEW_ORDERS);
        return tx.read(() -> fulfilment.carriers().stream().map(LocalFulfilmentService::view).toList());
    }

    @Override
    public CarrierView saveCarrier(CarrierView carrier) {
        guard.require(Permission.FULFIL_ORDER);
        return tx.write(() -> {
            Carrier c = fulfilment.findCarrier(carrier.code()).orElse(null);
            if (c == null) {
                c = new Carrier(carrier.code(), carrier.name(), carrier.address(), carrier.trackingUrl());
                fulfilment.store(c);
            } else {
                c.update(carrier.name(), carrier.address(), carrier.trackingUrl());
            }
            return view(c);
        });
    }

    @Override
    public ShippingSettingsView shippingSettings() {
        guard.require(Permission.VIEW_ORDERS);
        return tx.read(this::settingsView);
    }

    @Override
    public ShippingSettingsView saveShippingSettings(ShippingSettingsView settings) {
        guard.require(Permission.SET_UP);
        List<Message> problems = new ArrayList<>();
        String prefix = settings.gs1Prefix() == null || settings.gs1Prefix().isBlank() ? null : settings.gs1Prefix();
        if (prefix != null) {
            try {
                prefix = Sscc.prefix(prefix);
            } catch (DomainException e) {
                problems.add(new Message(e.key(), e.args()));
            }
        }
        if (settings.ssccExtension() < 0 || settings.ssccExtension() > 9) {
            problems.add(Message.of("sscc.extension.invalid", settings.ssccExtension()));
        }
        Map<String, String> seriesByWarehouse = new LinkedHashMap<>();
        Set<String> seriesSeen = new java.util.HashSet<>();
        for (ShippingSettingsView.WarehouseSeries w : settings.ddtSeries() == null
                ? List.<ShippingSettingsView.WarehouseSeries>of() : settings.ddtSeries()) {
            String warehouse = w.warehouse() == null ? "" : w.warehouse().strip().toUpperCase(Locale.ROOT);
            try {
                String code = DdtSeries.code(w.series());
                if (!seriesSeen.add(code) || seriesByWarehouse.put(warehouse, code) != null) {
                    problems.add(Message.of("ddt.series.twice", warehouse, code));
                }
            } catch (DomainException e) {
                problems.add(new Message(e.key(), e.args()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String gs1 = prefix;
        return tx.write(() -> {
            Map<Long, String> wanted = new LinkedHashMap<>();
            seriesByWarehouse.forEach((code, series) -> wanted.put(warehouse(code).id(), series));
            fulfilment.shippingSettings().ifPresentOrElse(s -> s.change(gs1, settings.ssccExtension()),
                    () -> fulfilment.store(new ShippingSettings(gs1, settings.ssccExtension())));
            for (DdtSeries existing : fulfilment.ddtSeries()) {
                if (!wanted.containsKey(existing.warehouseId())) {
                    fulfilment.remove(existing);
                }
            }
            wanted.forEach((warehouseId, series) -> fulfilment.ddtSeries(warehouseId).ifPresentOrElse(
                    s -> s.rename(series), () -> fulfilment.store(new DdtSeries(warehouseId, series))));
            return settingsView();
        });
    }

    private ShippingSettingsView settingsView() {
        ShippingSettings s = fulfilment.shippingSettings().orElse(null);
        List<ShippingSettingsView.WarehouseSeries> series = fulfilment.ddtSeries().stream()
                .map(d -> new ShippingSettingsView.WarehouseSeries(warehouseCode(d.warehouseId()), d.series()))
                .toList();
        return new ShippingSettingsView(s == null ? null : s.gs1Prefix(), s == null ? 0 : s.ssccExtension(), series);
    }

    // --- views

    private static CarrierView view(Carrier c) {
        return new CarrierView(c.code(), c.name(), c.address(), c.trackingUrl());
    }

    private ShipmentView view(Shipment s, SalesOrder knownOrder, OrderStatus status) {
        SalesOrder order = knownOrder;
        if (order == null) {
            order = orders.find(s.orderId()).orElseThrow();
        }
        Carrier carrier = s.carrierId() == null ? null : fulfilment.findCarrier(s.carrierId()).orElse(null);
        Company c = company.find().orElseThrow();
        ShipmentView.Party sender = new ShipmentView.Party(c.name(),
                new Address(c.street(), c.postalCode(), c.city(), c.province(), c.country()).oneLine(), c.vatNumber());
        List<ShipmentView.Line> lines = s.lines().stream().map(l -> new ShipmentView.Line(l.lineNo(), l.orderLineNo(),
                l.parcelNo(), l.sku(), l.description(), l.unit(), l.quantity())).toList();
        List<ShipmentView.ParcelView> parcels = s.parcels().stream().map(p -> new ShipmentView.ParcelView(
                p.parcelNo(), p.weightKg(), p.lengthCm(), p.widthCm(), p.heightCm(), p.trackingNumber(),
                carrier == null ? null : carrier.trackingLink(p.trackingNumber()),
                p.sscc() == null ? null : p.sscc().value())).toList();
        return new ShipmentView(s.ddtNumber().toString(), order.number(), status == null ? order.status() : status,
                warehouseCode(s.warehouseId()), s.issuedAt(), s.transportStart(), s.transportBy(),
                carrier == null ? null : view(carrier), s.reason(), s.freight(), s.appearance(), s.grossWeightKg(),
                sender, new ShipmentView.Party(s.recipientName(), s.recipientAddress(), s.recipientVat()),
                new ShipmentView.Party(s.destName(), s.destination().oneLine(), null), s.shippedBy(), lines, parcels,
                s.cancelledAt(), s.cancelReason(), tracking(s));
    }

    private ShipmentView.Tracking tracking(Shipment s) {
        List<ShipmentView.Event> events = s.id() == null ? List.of() : fulfilment.trackingOf(s.id()).stream()
                .map(e -> new ShipmentView.Event(e.parcelNo(), e.trackingNumber(), e.occurredAt(), e.carrierStatus(),
                        e.status(), e.place(), e.description(), e.sensor(), e.sensorValue())).toList();
        return new ShipmentView.Tracking(s.trackingStatus(), s.trackingAt(), s.deliveredAt(), s.exceptionAt(),
                s.exceptionText(), events);
    }

    // --- lookups

    /** Packing and shipping start from a pick: an order not being picked is refused before anything is read. */
    private static void requirePicking(SalesOrder order) {
        if (order.status() != OrderStatus.PICKING && order.status() != OrderStatus.PACKED) {
            throw new DomainException("pack.notPicking", order.number(), order.status().name());
        }
    }

    private Shipment find(DdtNumber number) {
        return fulfilment.findShipment(number).orElseThrow(() -> new NotFoundException("ddt", number.toString()));
    }

    private SalesOrder order(String number) {
        return orders.findByNumber(number).orElseThrow(() -> new NotFoundException("order", number));
    }

    private Warehouse warehouse(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return inventory.findWarehouse(c).orElseThrow(() -> new NotFoundException("warehouse", code));
    }

    private String warehouseCode(long id) {
        return inventory.findWarehouse(id).map(Warehouse::code).orElse("?");
    }

    /** An order number as typed or scanned (a scanner may send lower case or spaces). */
    static String normalizeOrder(String number) {
        if (number == null || number.isBlank()) {
            throw new NotFoundException("order", "-");
        }
        return number.strip().toUpperCase(Locale.ROOT);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
