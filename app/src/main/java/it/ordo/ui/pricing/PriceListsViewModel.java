package it.ordo.ui.pricing;

import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.PriceListService;
import it.ordo.application.pricing.PriceListService.Detail;
import it.ordo.application.pricing.PriceListService.Header;
import it.ordo.application.pricing.PriceListService.Item;
import it.ordo.application.pricing.PriceListService.Summary;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import it.ordo.ui.TypingPause;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The price lists: searched by code or name, one opened with its items (filtered by SKU on screen, a page at a
 * time), and a price changed. A change goes through the list import's own checks (a price above zero, a break not
 * dearer than a lower one, the validity), one row long, so the screen and a file can never disagree on what is
 * allowed; a refused price says why beside the field and changes nothing.
 */
public final class PriceListsViewModel {

    /** Items shown at once; the next page follows on request. */
    static final int PAGE = 200;

    private final PriceListService lists;
    private final Texts texts;
    private final TaskExecutor executor;
    private final DecimalText decimals;
    private final LatestTask searching;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Summary> summaries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Detail> opened = new ReadOnlyObjectWrapper<>();
    private final StringProperty itemFilter = new SimpleStringProperty("");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper itemsShown = new ReadOnlyStringWrapper("");
    private final StringProperty newPrice = new SimpleStringProperty("");
    /** The row that adds a product's price to the opened list. */
    private final StringProperty addSku = new SimpleStringProperty("");
    private final StringProperty addMinQty = new SimpleStringProperty("");
    private final StringProperty addUnitPrice = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper priceProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper listProblem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private int pages = 1;

    public PriceListsViewModel(PriceListService lists, Texts texts, TaskExecutor executor, TypingPause pause) {
        this.lists = lists;
        this.texts = texts;
        this.executor = executor;
        this.decimals = new DecimalText(texts);
        this.searching = executor.latestOnly();
        // Typing a code asks once, after the pause, not once a keystroke.
        search.addListener((o, was, now) -> pause.restart(this::refresh));
        itemFilter.addListener((o, was, now) -> {
            pages = 1;
            showItems();
        });
    }

    /** The lists whose code or name contains the search text. */
    public void refresh() {
        String text = search.get();
        searching.run(() -> lists.search(text), summaries::setAll, this::failed);
    }

    /** Opens a list with its items. */
    public void open(String code) {
        busy.set(true);
        executor.run(() -> lists.show(code), detail -> {
            busy.set(false);
            opened.set(detail);
            pages = 1;
            showItems();
        }, this::failed);
    }

    /** One more page of the opened list's items. */
    public void more() {
        pages++;
        showItems();
    }

    private void showItems() {
        Detail detail = opened.get();
        if (detail == null) {
            items.clear();
            itemsShown.set("");
            return;
        }
        String filter = itemFilter.get() == null ? "" : itemFilter.get().strip().toUpperCase(Locale.ROOT);
        List<Item> matching = filter.isEmpty() ? detail.items()
                : detail.items().stream().filter(i -> i.sku().toUpperCase(Locale.ROOT).contains(filter)).toList();
        int shown = Math.min(matching.size(), pages * PAGE);
        items.setAll(matching.subList(0, shown));
        itemsShown.set(texts.get("pricing.lists.itemsShown", shown, matching.size()));
    }

    /** The price typed in {@link #newPriceProperty()} for the item; the list is read again once it is stored. */
    public void changePrice(Item item) {
        Optional<BigDecimal> price = decimals.parse(newPrice.get());
        if (price.isEmpty()) {
            priceProblem.set(texts.get("pricing.field.notNumber", texts.get("pricing.col.unitPrice"), newPrice.get()));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("list", item.list());
        fields.put("sku", item.sku());
        fields.put("minQty", item.minQty().toPlainString());
        fields.put("unitPrice", price.get().toPlainString());
        fields.put("validFrom", item.validFrom() == null ? "" : item.validFrom().toString());
        fields.put("validTo", item.validTo() == null ? "" : item.validTo().toString());
        busy.set(true);
        executor.run(() -> lists.importItems(List.of(new ImportRow(1, fields))), report -> {
            busy.set(false);
            if (!report.errors().isEmpty()) {
                priceProblem.set(texts.render(report.errors().stream()
                        .flatMap(e -> e.problems().stream()).toList()));
                return;
            }
            priceProblem.set("");
            newPrice.set("");
            message.set(texts.get("pricing.lists.priceChanged", item.sku(), item.list(), price.get()));
            open(item.list());
        }, this::failed);
    }

    /**
     * Creates a list (or changes the one with this code) from the form's header; the lists are read again and the
     * list opened, ready for its prices. A refusal (an overlapping list for the same customers, a validity that ends
     * before it starts) is shown beside the form and nothing is written.
     */
    public void createList(Header header) {
        busy.set(true);
        executor.run(() -> {
            lists.save(header);
            return header.code();
        }, code -> {
            busy.set(false);
            listProblem.set("");
            message.set(texts.get("pricing.lists.created", code));
            refresh();
            open(code);
        }, error -> {
            busy.set(false);
            listProblem.set(Problems.describe(texts, error));
        });
    }

    /**
     * A price for a product and quantity break added to the opened list, through the import's checks like a changed
     * price; open-ended from today unless the list says otherwise.
     */
    public void addPrice() {
        Detail detail = opened.get();
        if (detail == null) {
            return;
        }
        String sku = addSku.get();
        String minQty = addMinQty.get();
        String unitPrice = addUnitPrice.get();
        Optional<BigDecimal> price = decimals.parse(unitPrice);
        if (price.isEmpty()) {
            priceProblem.set(texts.get("pricing.field.notNumber", texts.get("pricing.col.unitPrice"), unitPrice));
            return;
        }
        Optional<BigDecimal> from = minQty == null || minQty.isBlank() ? Optional.of(BigDecimal.ONE)
                : decimals.parse(minQty);
        if (from.isEmpty()) {
            priceProblem.set(texts.get("pricing.field.notNumber", texts.get("pricing.col.minQty"), minQty));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("list", detail.header().code());
        fields.put("sku", sku == null ? "" : sku.strip());
        fields.put("minQty", from.get().toPlainString());
        fields.put("unitPrice", price.get().toPlainString());
        busy.set(true);
        executor.run(() -> lists.importItems(List.of(new ImportRow(1, fields))), report -> {
            busy.set(false);
            if (!report.errors().isEmpty()) {
                priceProblem.set(texts.render(report.errors().stream().flatMap(e -> e.problems().stream()).toList()));
                return;
            }
            priceProblem.set("");
            message.set(texts.get("pricing.lists.priceAdded", fields.get("sku"), detail.header().code(), price.get()));
            // Ready for the next product's price; a refused one stays in the fields to be corrected.
            addSku.set("");
            addMinQty.set("");
            addUnitPrice.set("");
            open(detail.header().code());
        }, this::failed);
    }

    public ReadOnlyStringProperty listProblemProperty() {
        return listProblem.getReadOnlyProperty();
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Summary> summaries() {
        return summaries;
    }

    public ReadOnlyObjectProperty<Detail> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public StringProperty itemFilterProperty() {
        return itemFilter;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyStringProperty itemsShownProperty() {
        return itemsShown.getReadOnlyProperty();
    }

    public StringProperty addSkuProperty() {
        return addSku;
    }

    public StringProperty addMinQtyProperty() {
        return addMinQty;
    }

    public StringProperty addUnitPriceProperty() {
        return addUnitPrice;
    }

    public StringProperty newPriceProperty() {
        return newPrice;
    }

    public ReadOnlyStringProperty priceProblemProperty() {
        return priceProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The items of the opened list as the import reads them, for an export (all of them, whatever is filtered). */
    List<Item> allItems() {
        Detail detail = opened.get();
        return detail == null ? List.of() : detail.items();
    }

    DecimalText decimals() {
        return decimals;
    }
}
