package it.ordo.ui.warehouse;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shipments a warehouse issued on a day, with the selected one's parcels,
 * goods and tracking; reprints of its DDT and labels, and the day's manifest
 * of a carrier for the driver.
 */
public final class ShipmentsViewModel {

    private final FulfilmentService fulfilment;
    private final WarehousePaper paper;
    private final Texts texts;
    private final TaskExecutor executor;
    private final LatestTask loading;
    private final ObservableList<ShipmentView> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warehouses = FXCollections.observableArrayList();
    private final ObservableList<CarrierView> carriers = FXCollections.observableArrayList();
    private final StringProperty warehouse = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<ShipmentView> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public ShipmentsViewModel(FulfilmentService fulfilment, WarehousePaper paper, Texts texts, TaskExecutor executor,
                              List<String> warehouseCodes, LocalDate today) {
        this.fulfilment = fulfilment;
        this.paper = paper;
        this.texts = texts;
        this.executor = executor;
        this.loading = executor.latestOnly();
        warehouses.setAll(warehouseCodes);
        warehouse.set(warehouseCodes.isEmpty() ? null : warehouseCodes.getFirst());
        day.set(today);
        warehouse.addListener((o, a, b) -> load());
        day.addListener((o, a, b) -> load());
    }

    /** The warehouses to choose from, known once the screen asked; the first is chosen if none was. */
    public void setWarehouses(List<String> codes) {
        warehouses.setAll(codes);
        if (warehouse.get() == null && !codes.isEmpty()) {
            warehouse.set(codes.getFirst());
        }
    }

    public void loadCarriers() {
        executor.run(fulfilment::carriers, carriers::setAll, this::fail);
    }

    public void load() {
        String w = warehouse.get();
        LocalDate d = day.get();
        if (w == null || d == null) {
            return;
        }
        loading.run(() -> fulfilment.shipments(w, d), list -> {
            String was = selected.get() == null ? null : selected.get().ddtNumber();
            rows.setAll(list);
            selected.set(list.stream().filter(s -> s.ddtNumber().equals(was)).findFirst().orElse(null));
            message.set(texts.get("shipments.count", list.size(), w, texts.date(d)));
        }, this::fail);
    }

    /** Shows a shipment looked up by its DDT number (typed or scanned from the DDT). */
    public void find(String ddtNumber) {
        if (ddtNumber == null || ddtNumber.isBlank()) {
            return;
        }
        loading.run(() -> fulfilment.shipment(ddtNumber.strip()), s -> {
            int at = -1;
            for (int i = 0; i < rows.size() && at < 0; i++) {
                at = rows.get(i).ddtNumber().equals(s.ddtNumber()) ? i : -1;
            }
            // The row shown is replaced by the fresh one: its tracking may have moved on.
            if (at >= 0) {
                rows.set(at, s);
            } else {
                rows.add(0, s);
            }
            selected.set(s);
        }, this::fail);
    }

    public void printDdt() {
        ShipmentView s = selected.get();
        if (s != null) {
            paper.ddt(s.ddtNumber());
        }
    }

    public void printLabels() {
        ShipmentView s = selected.get();
        if (s != null) {
            paper.labels(s.ddtNumber());
        }
    }

    /** The day's manifest of one carrier at the chosen warehouse, for the driver to sign. */
    public void printManifest(CarrierView carrier) {
        if (carrier == null) {
            message.set(texts.get("shipments.manifest.noCarrier"));
            return;
        }
        paper.manifest(carrier.code(), warehouse.get(), day.get());
    }

    private void fail(Throwable e) {
        message.set(Problems.describe(texts, e));
    }

    public ObservableList<ShipmentView> rows() {
        return rows;
    }

    public ObservableList<String> warehouses() {
        return warehouses;
    }

    public ObservableList<CarrierView> carriers() {
        return carriers;
    }

    public StringProperty warehouseProperty() {
        return warehouse;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<ShipmentView> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
