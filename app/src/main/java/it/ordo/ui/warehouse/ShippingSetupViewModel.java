package it.ordo.ui.warehouse;

import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.ShippingSettingsView;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The company's shipping settings as the administrator edits them on the desktop (what {@code ordo settings}
 * does on the command line): the GS1 company prefix and SSCC extension digit that give each parcel its SSCC,
 * and the warehouses that number their DDTs in a series of their own. The service checks everything; this
 * model only carries the fields and its answer.
 */
public final class ShippingSetupViewModel {

    /** One warehouse and its own DDT series; empty: it uses the company's. */
    public record Row(String warehouse, StringProperty series) {
    }

    private final FulfilmentService fulfilment;
    private final Supplier<List<String>> warehouses;
    private final Texts texts;
    private final TaskExecutor executor;
    private final StringProperty gs1Prefix = new SimpleStringProperty("");
    private final StringProperty extension = new SimpleStringProperty("0");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    ShippingSetupViewModel(FulfilmentService fulfilment, Supplier<List<String>> warehouses, Texts texts,
                           TaskExecutor executor) {
        this.fulfilment = fulfilment;
        this.warehouses = warehouses;
        this.texts = texts;
        this.executor = executor;
    }

    private record Loaded(ShippingSettingsView settings, List<String> warehouses) {
    }

    /** Reads the settings and the warehouses in the background. */
    public void load() {
        busy.set(true);
        executor.run(() -> new Loaded(fulfilment.shippingSettings(), warehouses.get()), loaded -> {
            busy.set(false);
            show(loaded.settings(), loaded.warehouses());
            message.set("");
        }, this::failed);
    }

    /** Saves what the fields say; the service's refusals are shown as they are, nothing is half-saved. */
    public void save() {
        String extensionText = extension.get() == null ? "" : extension.get().strip();
        if (!extensionText.matches("\\d")) {
            failed.set(true);
            message.set(texts.get("shipping.setup.extension.invalid", extensionText));
            return;
        }
        List<ShippingSettingsView.WarehouseSeries> series = new ArrayList<>();
        for (Row row : rows) {
            String code = row.series().get() == null ? "" : row.series().get().strip();
            if (!code.isEmpty()) {
                series.add(new ShippingSettingsView.WarehouseSeries(row.warehouse(), code));
            }
        }
        ShippingSettingsView wanted = new ShippingSettingsView(gs1Prefix.get() == null || gs1Prefix.get().isBlank()
                ? null : gs1Prefix.get().strip(), Integer.parseInt(extensionText), series);
        List<String> codes = rows.stream().map(Row::warehouse).toList();
        busy.set(true);
        executor.run(() -> fulfilment.saveShippingSettings(wanted), saved -> {
            busy.set(false);
            show(saved, codes);
            failed.set(false);
            message.set(texts.get("shipping.setup.saved"));
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        failed.set(true);
        message.set(Problems.describe(texts, error));
    }

    private void show(ShippingSettingsView settings, List<String> codes) {
        gs1Prefix.set(settings.gs1Prefix() == null ? "" : settings.gs1Prefix());
        extension.set(Integer.toString(settings.ssccExtension()));
        Map<String, String> own = new LinkedHashMap<>();
        settings.ddtSeries().forEach(w -> own.put(w.warehouse(), w.series()));
        if (rows.stream().map(Row::warehouse).toList().equals(codes)) {
            // The same warehouses: the fields stay where they are (and keep the focus), their text is the stored one.
            rows.forEach(r -> r.series().set(own.getOrDefault(r.warehouse(), "")));
            return;
        }
        List<Row> shown = new ArrayList<>();
        for (String code : codes) {
            shown.add(new Row(code, new SimpleStringProperty(own.getOrDefault(code, ""))));
        }
        rows.setAll(shown);
    }

    public StringProperty gs1PrefixProperty() {
        return gs1Prefix;
    }

    public StringProperty extensionProperty() {
        return extension;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
