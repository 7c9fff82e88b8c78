package it.ordo.ui.warehouse;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.PackTask;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Packing with the scanner. The packer scans the pick list's order barcode,
 * then each item's EAN (or types the SKU, or "6*SKU" for six): the answer is
 * given at once from the pack task already loaded, green when the item
 * belongs to the order and some of it is still to pack, red with the reason
 * otherwise, and a refused scan changes nothing. Items go into the current
 * parcel; "new parcel" starts the next. Shipping sends what was packed (the
 * rest of the order stays for a later shipment) and prints the DDT and the
 * labels on this workstation's printers.
 */
public final class PackViewModel {

    /** The answer to one scan: what the packer sees in green or red. */
    public record Scan(boolean accepted, String message) {
    }

    /** A line of the order: how much of it is to pack and how much is in parcels now. */
    public static final class Row {
        final PackTask.Line line;
        private final ObjectProperty<BigDecimal> packed = new SimpleObjectProperty<>(BigDecimal.ZERO);

        Row(PackTask.Line line) {
            this.line = line;
        }

        public PackTask.Line line() {
            return line;
        }

        public BigDecimal packed() {
            return packed.get();
        }

        public ObjectProperty<BigDecimal> packedProperty() {
            return packed;
        }

        public BigDecimal left() {
            return line.toPack().subtract(packed.get());
        }
    }

    /** A parcel being filled: its goods by SKU, its weight (from the goods unless typed) and tracking number. */
    public static final class Parcel {
        private final int number;
        private final Map<String, BigDecimal> items = new LinkedHashMap<>();
        private final StringProperty weight = new SimpleStringProperty("");
        private final StringProperty tracking = new SimpleStringProperty("");
        private final StringProperty contents = new SimpleStringProperty("");
        private boolean weightTyped;

        Parcel(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public StringProperty weightProperty() {
            return weight;
        }

        public StringProperty trackingProperty() {
            return tracking;
        }

        public StringProperty contentsProperty() {
            return contents;
        }

        public Map<String, BigDecimal> items() {
            return items;
        }
    }

    private static final Pattern COUNTED = Pattern.compile("^(\\d{1,4})\\s*[*xX]\\s*(\\S+)$");

    private final FulfilmentService fulfilment;
    private final WarehousePaper paper;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask loading;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Parcel> parcels = FXCollections.observableArrayList();
    private final ObservableList<CarrierView> carriers = FXCollections.observableArrayList();
    private final ObjectProperty<CarrierView> carrier = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PackTask> task = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Scan> lastScan = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<ShipmentView> shipped = new SimpleObjectProperty<>();
    private Consumer<String> notifier = s -> { };
    private boolean printAfterShipping = true;

    public PackViewModel(FulfilmentService fulfilment, WarehousePaper paper, Texts texts, TaskExecutor executor) {
        this.fulfilment = fulfilment;
        this.paper = paper;
        this.texts = texts;
        this.executor = executor;
        this.loading = executor.latestOnly();
    }

    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier;
    }

    /** Loads the carriers once, for the carrier choice. */
    public void loadCarriers() {
        executor.run(fulfilment::carriers, list -> {
            carriers.setAll(list);
            if (carrier.get() == null && !list.isEmpty()) {
                carrier.set(list.getFirst());
            }
        }, this::fail);
    }

    /** Opens an order to pack (its number typed or its pick-list barcode scanned). */
    public void open(String orderNumber) {
        String number = orderNumber == null ? "" : orderNumber.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            return;
        }
        busy.set(true);
        loading.run(() -> fulfilment.packTask(number), t -> {
            busy.set(false);
            task.set(t);
            rows.setAll(t.lines().stream().map(Row::new).toList());
            parcels.setAll(new Parcel(1));
            shipped.set(null);
            answer(new Scan(true, texts.get("pack.opened", t.orderNumber(), t.customerName())));
        }, e -> {
            busy.set(false);
            answer(new Scan(false, Problems.describe(texts, e)));
        });
    }

    /**
     * One scan or typed code, answered at once from what is loaded: an order
     * number opens that order; a product of the order with some left to pack
     * goes into the current parcel; anything else is refused with the reason.
     */
    public Scan scan(String input) {
        String typed = input == null ? "" : input.strip();
        if (typed.isEmpty()) {
            return answer(new Scan(false, texts.get("pack.scan.empty")));
        }
        Matcher m = COUNTED.matcher(typed);
        BigDecimal count = m.matches() ? new BigDecimal(m.group(1)) : BigDecimal.ONE;
        String code = m.matches() ? m.group(2) : typed;
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ORD-")) {
            open(upper);
            return new Scan(true, texts.get("pack.opening", upper));
        }
        PackTask current = task.get();
        if (current == null) {
            return answer(new Scan(false, texts.get("pack.scan.noOrder", code)));
        }
        if (count.signum() <= 0) {
            return answer(new Scan(false, texts.get("pack.scan.count", code)));
        }
        List<Row> matching = rows.stream().filter(r -> upper.equals(r.line.sku().toUpperCase(Locale.ROOT))
                || code.equals(r.line.ean())).toList();
        if (matching.isEmpty()) {
            return answer(new Scan(false, texts.get("pack.scan.notInOrder", code, current.orderNumber())));
        }
        BigDecimal left = matching.stream().map(Row::left).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (left.compareTo(count) < 0) {
            BigDecimal toPack = matching.stream().map(r -> r.line.toPack()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return answer(new Scan(false, texts.get("pack.scan.tooMany", matching.getFirst().line.sku(),
                    texts.number(toPack), texts.number(left))));
        }
        BigDecimal rest = count;
        for (Row r : matching) {
            BigDecimal take = rest.min(r.left());
            if (take.signum() > 0) {
                r.packed.set(r.packed().add(take));
                rest = rest.subtract(take);
            }
        }
        Parcel parcel = parcels.getLast();
        PackTask.Line line = matching.getFirst().line;
        parcel.items.merge(line.sku(), count, BigDecimal::add);
        refresh(parcel);
        return answer(new Scan(true, texts.get("pack.scan.packed", texts.number(count), line.sku(),
                line.description(), parcel.number, texts.number(left.subtract(count)))));
    }

    /** Closes the current parcel and starts the next; an empty current parcel is kept instead of adding another. */
    public void newParcel() {
        if (parcels.isEmpty() || !parcels.getLast().items.isEmpty()) {
            parcels.add(new Parcel(parcels.size() + 1));
        }
        answer(new Scan(true, texts.get("pack.parcel.new", parcels.getLast().number)));
    }

    /** The packer typed a parcel's weight: it is no longer computed from the goods. */
    public void weightTyped(Parcel parcel, String text) {
        parcel.weightTyped = text != null && !text.isBlank();
        parcel.weight.set(text == null ? "" : text.strip());
        if (!parcel.weightTyped) {
            refresh(parcel);
        }
    }

    public void setPrintAfterShipping(boolean print) {
        this.printAfterShipping = print;
    }

    /**
     * Ships what is in the parcels: the rest of the order stays allocated for a
     * later shipment. Bad weights are refused here naming the parcel; the
     * service checks the goods again under the stock locks.
     */
    public void ship() {
        PackTask current = task.get();
        if (current == null) {
            answer(new Scan(false, texts.get("pack.scan.noOrder", "")));
            return;
        }
        List<ShipRequest.ParcelRequest> requests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Parcel p : parcels) {
            if (p.items.isEmpty()) {
                if (p.number == parcels.size() && p.number > 1) {
                    continue;   // the spare parcel opened at the end
                }
                problems.add(texts.get("pack.parcel.empty", p.number));
                continue;
            }
            BigDecimal weight = null;
            if (p.weightTyped) {
                Optional<BigDecimal> w = weight(p.weight.get());
                if (w.isEmpty() || w.get().signum() <= 0 || w.get().compareTo(new BigDecimal("1000")) > 0) {
                    problems.add(texts.get("pack.parcel.weight", p.number, p.weight.get()));
                    continue;
                }
                weight = w.get();
            }
            String tracking = p.tracking.get() == null || p.tracking.get().isBlank() ? null : p.tracking.get().strip();
            requests.add(new ShipRequest.ParcelRequest(weight, null, null, null, tracking,
                    p.items.entrySet().stream().map(e -> new ShipRequest.Item(e.getKey(), e.getValue())).toList()));
        }
        if (!problems.isEmpty()) {
            answer(new Scan(false, String.join("\n", problems)));
            return;
        }
        CarrierView via = carrier.get();
        ShipRequest request = new ShipRequest(current.orderNumber(), via == null ? TransportBy.SENDER : TransportBy.CARRIER,
                via == null ? null : via.code(), null, null, null, null, requests);
        busy.set(true);
        executor.run(() -> fulfilment.ship(request), s -> {
            busy.set(false);
            shipped.set(s);
            task.set(null);
            rows.clear();
            parcels.clear();
            String done = texts.get("pack.shipped", s.ddtNumber(), s.orderNumber(),
                    texts.get("orders.status." + s.orderStatus().name()));
            answer(new Scan(true, done));
            notifier.accept(done);
            if (printAfterShipping) {
                paper.ddt(s.ddtNumber());
                paper.labels(s.ddtNumber());
            }
        }, e -> {
            busy.set(false);
            answer(new Scan(false, Problems.describe(texts, e)));
        });
    }

    private void refresh(Parcel parcel) {
        StringBuilder what = new StringBuilder();
        BigDecimal kg = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : parcel.items.entrySet()) {
            if (!what.isEmpty()) {
                what.append(", ");
            }
            what.append(texts.number(e.getValue())).append(" × ").append(e.getKey());
            BigDecimal unit = rows.stream().filter(r -> r.line.sku().equals(e.getKey())).findFirst()
                    .map(r -> r.line.unitWeightKg()).orElse(null);
            if (unit != null) {
                kg = kg.add(unit.multiply(e.getValue()));
            }
        }
        parcel.contents.set(what.toString());
        if (!parcel.weightTyped) {
            parcel.weight.set(texts.number(kg.setScale(3, RoundingMode.HALF_UP)));
        }
    }

    private Optional<BigDecimal> weight(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String decimal = texts.locale().getLanguage().equals("it") ? t.replace(".", "").replace(',', '.')
                : t.replace(",", "");
        try {
            return Optional.of(new BigDecimal(decimal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Scan answer(Scan scan) {
        lastScan.set(scan);
        message.set(scan.message());
        return scan;
    }

    private void fail(Throwable e) {
        answer(new Scan(false, Problems.describe(texts, e)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Parcel> parcels() {
        return parcels;
    }

    public ObservableList<CarrierView> carriers() {
        return carriers;
    }

    public ObjectProperty<CarrierView> carrierProperty() {
        return carrier;
    }

    public ReadOnlyObjectProperty<PackTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ObjectProperty<Scan> lastScanProperty() {
        return lastScan;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<ShipmentView> shippedProperty() {
        return shipped;
    }
}
