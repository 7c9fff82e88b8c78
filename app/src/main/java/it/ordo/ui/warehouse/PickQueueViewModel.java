package it.ordo.ui.warehouse;

import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.PickQueueRow;
import it.ordo.application.fulfilment.PickingStarted;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "to pick" queue of one warehouse, in the service's order (tier A,
 * urgent, earliest promise, oldest). The picker selects orders, starts
 * picking them (all or none) and prints their pick list as one wave.
 */
public final class PickQueueViewModel {

    private final FulfilmentService fulfilment;
    private final WarehousePaper paper;
    private final Texts texts;
    private final LatestTask loading;
    private final TaskExecutor executor;
    private final ObservableList<PickQueueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warehouses = FXCollections.observableArrayList();
    private final StringProperty warehouse = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Consumer<String> notifier = s -> { };

    public PickQueueViewModel(FulfilmentService fulfilment, WarehousePaper paper, Texts texts, TaskExecutor executor,
                              List<String> warehouseCodes) {
        this.fulfilment = fulfilment;
        this.paper = paper;
        this.texts = texts;
        this.executor = executor;
        this.loading = executor.latestOnly();
        warehouses.setAll(warehouseCodes);
        warehouse.set(warehouseCodes.isEmpty() ? null : warehouseCodes.getFirst());
        warehouse.addListener((o, a, b) -> load());
    }

    /** The warehouses to choose from, known once the screen asked; the first is chosen if none was. */
    public void setWarehouses(List<String> codes) {
        warehouses.setAll(codes);
        if (warehouse.get() == null && !codes.isEmpty()) {
            warehouse.set(codes.getFirst());
        }
    }

    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier;
    }

    public void load() {
        String w = warehouse.get();
        if (w == null) {
            return;
        }
        busy.set(true);
        loading.run(() -> fulfilment.toPick(w), list -> {
            busy.set(false);
            rows.setAll(list);
            message.set(texts.get("pick.queue.count", list.size(), w));
        }, this::fail);
    }

    /** Starts picking the selected orders and prints their pick list as one wave. */
    public void startPicking(List<PickQueueRow> selected, boolean print) {
        if (selected.isEmpty()) {
            message.set(texts.get("pick.queue.noneSelected"));
            return;
        }
        List<String> numbers = selected.stream().map(PickQueueRow::orderNumber).toList();
        busy.set(true);
        executor.run(() -> fulfilment.startPicking(numbers), started -> {
            busy.set(false);
            String done = texts.get("pick.queue.started", started.size(),
                    String.join(", ", started.stream().map(PickingStarted::orderNumber).toList()));
            message.set(done);
            notifier.accept(done);
            if (print) {
                paper.pickList(numbers);
            }
            load();
        }, this::fail);
    }

    /** Prints (again) the pick list of the selected orders. */
    public void printPickList(List<PickQueueRow> selected) {
        if (selected.isEmpty()) {
            message.set(texts.get("pick.queue.noneSelected"));
            return;
        }
        paper.pickList(selected.stream().map(PickQueueRow::orderNumber).toList());
    }

    private void fail(Throwable e) {
        busy.set(false);
        message.set(Problems.describe(texts, e));
    }

    public ObservableList<PickQueueRow> rows() {
        return rows;
    }

    public ObservableList<String> warehouses() {
        return warehouses;
    }

    public StringProperty warehouseProperty() {
        return warehouse;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
