package it.ordo.ui.stock;

import it.ordo.application.inventory.InventoryService;
import it.ordo.application.inventory.StockDrillDown;
import it.ordo.application.inventory.StockFilters;
import it.ordo.application.inventory.StockPage;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.inventory.StockSort;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stock screen's state: filters, one page of product × warehouse rows
 * from the database, the selected row and what lies behind it (orders that
 * hold or wait for it, supply on the way). Every query runs through the
 * executor; a result that a newer request superseded is dropped, and a
 * periodic {@link #refresh()} keeps the page and the selection.
 */
public final class StockViewModel {

    public static final int PAGE_SIZE = 100;

    private final InventoryService inventory;
    private final Texts texts;
    private final TaskExecutor executor;
    private final int pageSize;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> warehouse = new SimpleObjectProperty<>();
    private final BooleanProperty belowReorderPoint = new SimpleBooleanProperty();
    private final BooleanProperty withBackorders = new SimpleBooleanProperty();
    private final ObjectProperty<StockSort> sort = new SimpleObjectProperty<>(StockSort.SKU);
    private final BooleanProperty descending = new SimpleBooleanProperty();

    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> warehouses = FXCollections.observableArrayList();
    private final ObservableList<StockRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StockRow> selected = new SimpleObjectProperty<>();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private final ObservableList<StockDrillDown.OrderQty> allocations = FXCollections.observableArrayList();
    private final ObservableList<StockDrillDown.OrderQty> backorders = FXCollections.observableArrayList();
    private final ObservableList<StockDrillDown.Supply> supply = FXCollections.observableArrayList();
    private final StringProperty drillTitle = new SimpleStringProperty("");

    /** Each request takes the next number; only the answer to the latest one is shown. */
    private long generation;
    private long drillGeneration;
    private boolean inFlight;
    /** While filters are set together (showProduct), their listeners must not each start a search. */
    private boolean quiet;
    /** Rows being replaced: the table's momentary loss of selection is not the user's. */
    private boolean applying;
    private String searchedText;
    /** The product and warehouse the user selected, kept across pages of new rows. */
    private String selectedKey;
    private String drillKey;
    /** Set by {@link #showProduct}: the first row of this SKU is selected when the answer arrives. */
    private String pendingSku;
    /** The filters, sort and page last asked for: what a refresh asks again. */
    private StockQuery lastQuery;

    public StockViewModel(InventoryService inventory, Texts texts, TaskExecutor executor) {
        this(inventory, texts, executor, PAGE_SIZE);
    }

    /** With another page size (tests page through a few rows). */
    public StockViewModel(InventoryService inventory, Texts texts, TaskExecutor executor, int pageSize) {
        this.pageSize = pageSize;
        this.inventory = inventory;
        this.texts = texts;
        this.executor = executor;
        category.addListener((o, a, b) -> filterChanged());
        warehouse.addListener((o, a, b) -> filterChanged());
        belowReorderPoint.addListener((o, a, b) -> filterChanged());
        withBackorders.addListener((o, a, b) -> filterChanged());
    }

    /** Loads the filters' choices and the first page. */
    public void load() {
        executor.run(inventory::filters, this::applyFilters, e -> message.set(Problems.describe(texts, e)));
        search();
    }

    private void applyFilters(StockFilters filters) {
        categories.setAll(filters.categories());
        warehouses.setAll(filters.warehouses());
    }

    private void filterChanged() {
        if (!quiet) {
            search();
        }
    }

    /** The text filter changed (after the typing pause): search unless this text was already searched. */
    public void textChanged() {
        if (!Objects.equals(normalized(text.get()), searchedText)) {
            search();
        }
    }

    /** Filters or sort changed: the first page again. */
    public void search() {
        query(0, false);
    }

    /** The same page and filters again, keeping the selection; skipped while a query is still running. */
    public void refresh() {
        if (inFlight) {
            return;
        }
        // The query on screen, not the properties: text typed but not yet searched waits for its pause.
        run(lastQuery != null ? lastQuery : currentQuery(offset.get()), true);
    }

    public void sortBy(StockSort column, boolean desc) {
        if (column == sort.get() && desc == descending.get()) {
            return;
        }
        sort.set(column);
        descending.set(desc);
        search();
    }

    public void nextPage() {
        if (hasNext()) {
            query(offset.get() + pageSize, false);
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            query(Math.max(0, offset.get() - pageSize), false);
        }
    }

    public boolean hasNext() {
        return offset.get() + pageSize < total.get();
    }

    /** Drill-down from an order line: only this SKU, every warehouse, and its first row selected. */
    public void showProduct(String sku) {
        quiet = true;
        try {
            category.set(null);
            warehouse.set(null);
            belowReorderPoint.set(false);
            withBackorders.set(false);
            text.set(sku == null ? "" : sku);
        } finally {
            quiet = false;
        }
        selectedKey = null;
        pendingSku = sku;
        search();
    }

    private StockQuery currentQuery(int from) {
        return new StockQuery(normalized(text.get()), category.get(), warehouse.get(), belowReorderPoint.get(),
                withBackorders.get(), sort.get(), descending.get(), from, pageSize);
    }

    private static String normalized(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private void query(int from, boolean background) {
        run(currentQuery(from), background);
    }

    private void run(StockQuery q, boolean background) {
        long mine = ++generation;
        lastQuery = q;
        searchedText = q.text();
        inFlight = true;
        if (!background) {
            busy.set(true);
        }
        executor.run(() -> inventory.search(q), page -> {
            if (mine != generation) {
                return; // a newer request was made while this one ran
            }
            inFlight = false;
            busy.set(false);
            message.set("");
            apply(page);
        }, error -> {
            if (mine != generation) {
                return;
            }
            inFlight = false;
            busy.set(false);
            message.set(Problems.describe(texts, error));
        });
    }

    private void apply(StockPage page) {
        applying = true;
        try {
            rows.setAll(page.rows());
        } finally {
            applying = false;
        }
        offset.set(page.offset());
        total.set(page.total());
        pageText.set(page.total() == 0 ? texts.get("stock.page.none")
                : texts.get("stock.page", number(page.offset() + 1),
                        number(page.offset() + page.rows().size()), number(page.total())));
        StockRow keep = null;
        if (pendingSku != null) {
            keep = page.rows().stream().filter(r -> r.sku().equalsIgnoreCase(pendingSku)).findFirst().orElse(null);
            pendingSku = null;
        } else if (selectedKey != null) {
            keep = page.rows().stream().filter(r -> key(r).equals(selectedKey)).findFirst().orElse(null);
        }
        // A selected row that left the page (another filter, another page) leaves nothing selected.
        selectInternal(keep, true);
    }

    private String number(long n) {
        return texts.number(BigDecimal.valueOf(n));
    }

    private static String key(StockRow r) {
        return r.sku() + "\u0000" + r.warehouse();
    }

    /** The user selected a row (or none) in the table. */
    public void select(StockRow row) {
        if (applying) {
            return;
        }
        selectInternal(row, false);
    }

    private void selectInternal(StockRow row, boolean reloadDrill) {
        selected.set(row);
        selectedKey = row == null ? null : key(row);
        if (row == null) {
            drillKey = null;
            drillGeneration++;
            allocations.clear();
            backorders.clear();
            supply.clear();
            drillTitle.set("");
            return;
        }
        if (reloadDrill || !key(row).equals(drillKey)) {
            loadDrillDown(row);
        }
    }

    private void loadDrillDown(StockRow row) {
        long mine = ++drillGeneration;
        drillKey = key(row);
        drillTitle.set(texts.get("stock.drill.title", row.sku(), row.description(), row.warehouse()));
        executor.run(() -> inventory.drillDown(row.sku(), row.warehouse()), d -> {
            if (mine != drillGeneration) {
                return;
            }
            allocations.setAll(d.allocations());
            backorders.setAll(d.backorders());
            supply.setAll(d.supply());
        }, error -> {
            if (mine == drillGeneration) {
                message.set(Problems.describe(texts, error));
            }
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> warehouseProperty() {
        return warehouse;
    }

    public BooleanProperty belowReorderPointProperty() {
        return belowReorderPoint;
    }

    public BooleanProperty withBackordersProperty() {
        return withBackorders;
    }

    public ReadOnlyObjectProperty<StockSort> sortProperty() {
        return sort;
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> warehouses() {
        return warehouses;
    }

    public ObservableList<StockRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<StockRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<StockDrillDown.OrderQty> allocations() {
        return allocations;
    }

    public ObservableList<StockDrillDown.OrderQty> backorders() {
        return backorders;
    }

    public ObservableList<StockDrillDown.Supply> supply() {
        return supply;
    }

    public ReadOnlyStringProperty drillTitleProperty() {
        return drillTitle;
    }

    public Texts texts() {
        return texts;
    }
}
