package it.ordo.ui.stock;

import it.ordo.application.inventory.InventoryService;
import it.ordo.application.inventory.StockDrillDown;
import it.ordo.application.inventory.StockFilters;
import it.ordo.application.inventory.StockPage;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.inventory.StockSort;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.PagedSearch;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> warehouse = new SimpleObjectProperty<>();
    private final BooleanProperty belowReorderPoint = new SimpleBooleanProperty();
    private final BooleanProperty withBackorders = new SimpleBooleanProperty();
    private final ObjectProperty<StockSort> sort = new SimpleObjectProperty<>(StockSort.SKU);
    private final BooleanProperty descending = new SimpleBooleanProperty();

    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> warehouses = FXCollections.observableArrayList();
    private final PagedSearch<StockQuery, StockRow> paged;
    private final ObjectProperty<StockRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    private final ObservableList<StockDrillDown.OrderQty> allocations = FXCollections.observableArrayList();
    private final ObservableList<StockDrillDown.OrderQty> backorders = FXCollections.observableArrayList();
    private final ObservableList<StockDrillDown.Supply> supply = FXCollections.observableArrayList();
    private final StringProperty drillTitle = new SimpleStringProperty("");

    /** The drill-down of the row selected last; a newer selection supersedes it. */
    private final LatestTask drill;
    /** While filters are set together (showProduct), their listeners must not each start a search. */
    private boolean quiet;
    /** The product and warehouse the user selected, kept across pages of new rows. */
    private String selectedKey;
    private String drillKey;
    /** Set by {@link #showProduct}: the first row of this SKU is selected when the answer arrives. */
    private String pendingSku;

    public StockViewModel(InventoryService inventory, Texts texts, TaskExecutor executor) {
        this(inventory, texts, executor, PAGE_SIZE);
    }

    /** With another page size (tests page through a few rows). */
    public StockViewModel(InventoryService inventory, Texts texts, TaskExecutor executor, int pageSize) {
        this.inventory = inventory;
        this.texts = texts;
        this.executor = executor;
        this.drill = executor.latestOnly();
        this.paged = new PagedSearch<StockQuery, StockRow>(executor, pageSize,
                this::query,
                q -> {
                    StockPage page = inventory.search(q);
                    return new PagedSearch.Page<>(page.rows(), page.total(), page.offset());
                })
                .pageText(texts, "stock.page", "stock.page.none")
                .onPage(this::apply)
                .onFailure(error -> message.set(Problems.describe(texts, error)));
        category.addListener((o, a, b) -> filterChanged());
        warehouse.addListener((o, a, b) -> filterChanged());
        belowReorderPoint.addListener((o, a, b) -> filterChanged());
        withBackorders.addListener((o, a, b) -> filterChanged());
    }

    /** The filters and sort as they are now, asking for the rows from {@code offset}: what the list and its export run. */
    public StockQuery query(int offset, int limit) {
        return new StockQuery(text.get(), category.get(), warehouse.get(), belowReorderPoint.get(),
                withBackorders.get(), sort.get(), descending.get(), offset, limit);
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
        paged.searchIfChanged();
    }

    /** Filters or sort changed: the first page again. */
    public void search() {
        paged.search();
    }

    /**
     * The same page and filters again, keeping the selection; skipped while a
     * query is still running. The query on screen, not the properties: text
     * typed but not yet searched waits for its pause.
     */
    public void refresh() {
        paged.refreshQuietly();
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
        paged.nextPage();
    }

    public void previousPage() {
        paged.previousPage();
    }

    public boolean hasNext() {
        return paged.canNextProperty().get();
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

    private void apply(PagedSearch.Page<StockRow> page) {
        message.set("");
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

    private static String key(StockRow r) {
        return r.sku() + "\u0000" + r.warehouse();
    }

    /** The user selected a row (or none) in the table. */
    public void select(StockRow row) {
        if (paged.replacingRows()) {
            return; // the table's momentary loss of selection while rows are replaced is not the user's
        }
        selectInternal(row, false);
    }

    private void selectInternal(StockRow row, boolean reloadDrill) {
        selected.set(row);
        selectedKey = row == null ? null : key(row);
        if (row == null) {
            drillKey = null;
            drill.cancel();
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
        drillKey = key(row);
        drillTitle.set(texts.get("stock.drill.title", row.sku(), row.description(), row.warehouse()));
        drill.run(() -> inventory.drillDown(row.sku(), row.warehouse()), d -> {
            allocations.setAll(d.allocations());
            backorders.setAll(d.backorders());
            supply.setAll(d.supply());
        }, error -> message.set(Problems.describe(texts, error)));
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
        return paged.rows();
    }

    public ReadOnlyObjectProperty<StockRow> selectedProperty() {
        return selected;
    }

    /** The paging, the typing pause and the busy state, for the view's page bar and search field. */
    public PagedSearch<?, StockRow> paged() {
        return paged;
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return paged.offsetProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return paged.totalProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return paged.pageTextProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return paged.busyProperty();
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
