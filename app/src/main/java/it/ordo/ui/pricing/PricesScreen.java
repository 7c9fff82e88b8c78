package it.ordo.ui.pricing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import it.ordo.application.pricing.ConditionsService.Rule;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.pricing.PriceListService;
import it.ordo.application.pricing.PriceListService.Item;
import it.ordo.application.pricing.PriceListService.Summary;
import it.ordo.application.pricing.PriceView;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.security.Permission;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.DiscountKind;
import it.ordo.application.pricing.ConditionsService;
import it.ordo.domain.pricing.PriceListScope;
import it.ordo.i18n.Texts;
import it.ordo.application.pricing.PriceFiles;
import it.ordo.ui.Columns;
import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.TypingPause;
import it.ordo.ui.reporting.ExportAction;
import it.ordo.ui.reporting.TableExport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.collections.FXCollections;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Prices, for the sales manager: the price lists with their items, the discount rules and promotions, the price
 * tester, and (for those who may change prices) the import of a price list file with its preview. Each tab has its
 * own view model; the screen only binds them.
 */
public final class PricesScreen implements Screen {

    private final Texts texts;
    private final PriceListsViewModel lists;
    private final ConditionsViewModel rules;
    private final PriceTesterViewModel tester;
    /** Null for a user who may only read prices: the import tab is not there for them. */
    private final PriceImportViewModel importing;
    /** Null like {@link #importing}: discount rules and promotions imported from a file. */
    private final RuleImportViewModel importingRules;
    private final TabPane root = new TabPane();
    private final TextField listSearch = new TextField();
    private final LocalDate today;
    private final ValidityTimeline timeline;

    public PricesScreen(Desk desk) {
        this.texts = desk.texts();
        this.lists = new PriceListsViewModel(desk.services().priceLists(), texts, desk.executor(),
                TypingPause.onFxThread());
        this.rules = new ConditionsViewModel(desk.services().conditions(), texts, desk.executor());
        this.today = LocalDate.now(desk.services().clock());
        this.timeline = new ValidityTimeline(today);
        this.tester = new PriceTesterViewModel(desk.services().pricing(), texts, desk.executor(), today);
        root.setId("prices-tabs");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab listsTab = new Tab(texts.get("pricing.tab.lists"), listsView(desk));
        listsTab.setId("prices-tab-lists");
        Tab rulesTab = new Tab(texts.get("pricing.tab.rules"), rulesView(desk));
        rulesTab.setId("prices-tab-rules");
        Tab testerTab = new Tab(texts.get("pricing.tab.tester"), testerView());
        testerTab.setId("prices-tab-tester");
        root.getTabs().addAll(listsTab, rulesTab, testerTab);
        if (desk.services().access().allows(Permission.MANAGE_PRICES)) {
            this.importing = new PriceImportViewModel(desk.services().priceLists(), desk.services().intakeFiles(), texts,
                    desk.executor(), today, lists::refresh);
            this.importingRules = new RuleImportViewModel(desk.services().conditions(), desk.services().intakeFiles(),
                    texts, desk.executor(), rules::refresh);
            Tab importTab = new Tab(texts.get("pricing.tab.import"), importView());
            importTab.setId("prices-tab-import");
            root.getTabs().add(importTab);
        } else {
            this.importing = null;
            this.importingRules = null;
        }
    }

    /** Reads a price list file as if chosen in the dialog (what the TestFX scenario uses). */
    public void importFile(Path file) {
        importing.open(file);
    }

    /** Reads a file of discount rules or promotions as if chosen in the dialog (what the TestFX test uses). */
    public void importRulesFile(Path file) {
        importingRules.open(file);
    }

    // --- import of a price list file

    /** What a file to import holds: prices (the default), promotions or discount rules. */
    private enum FileHolds { PRICES, PROMOTIONS, DISCOUNTS }

    private Node importView() {
        ComboBox<FileHolds> holds = new ComboBox<>(FXCollections.observableArrayList(FileHolds.values()));
        holds.setId("import-holds");
        holds.setValue(FileHolds.PRICES);
        holds.setConverter(new StringConverter<>() {
            @Override
            public String toString(FileHolds h) {
                return h == null ? "" : texts.get("pricing.import.holds." + h.name());
            }

            @Override
            public FileHolds fromString(String s) {
                return null;
            }
        });
        Node prices = pricesImportView();
        Node ruleFiles = rulesImportView();
        prices.visibleProperty().bind(holds.valueProperty().isEqualTo(FileHolds.PRICES));
        ruleFiles.visibleProperty().bind(prices.visibleProperty().not());
        holds.valueProperty().addListener((o, was, now) -> {
            if (now != FileHolds.PRICES) {
                importingRules.setProperty().set(now == FileHolds.DISCOUNTS ? RuleSet.DISCOUNTS : RuleSet.PROMOTIONS);
            }
        });
        HBox choice = new HBox(8, new Label(texts.get("pricing.import.holds")), holds);
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.setPadding(new Insets(12, 12, 0, 12));
        StackPane panes = new StackPane(prices, ruleFiles);
        VBox.setVgrow(panes, Priority.ALWAYS);
        return new VBox(choice, panes);
    }

    /** The file the user picks on this workstation, or null. */
    private Path chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("pricing.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("pricing.import.fileTypes"),
                "*.xlsx", "*.xls", "*.csv", "*.txt"));
        java.io.File f = chooser.showOpenDialog(root.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private Node pricesImportView() {
        Button choose = new Button(texts.get("pricing.import.choose"), new FontIcon(Material2AL.FOLDER_OPEN));
        choose.setId("import-choose");
        choose.setOnAction(e -> {
            Path f = chooseFile();
            if (f != null) {
                importing.open(f);
            }
        });
        Label fileName = new Label();
        fileName.setId("import-file");
        fileName.textProperty().bind(importing.fileProperty().map(p -> p.getFileName().toString())
                .orElse(texts.get("pricing.import.noFile")));
        DatePicker validFrom = new DatePicker();
        validFrom.setId("import-valid-from");
        validFrom.valueProperty().bindBidirectional(importing.validFromProperty());
        // Days as the user's language writes them, not the workstation's (an Italian user on an English Windows).
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(texts.locale());
        validFrom.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : day.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), day);
                } catch (DateTimeParseException e) {
                    return importing.validFromProperty().get();
                }
            }
        });
        Label validHint = new Label(texts.get("pricing.import.validFromHint"));
        validHint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(8, choose, fileName, new Label(texts.get("pricing.import.validFrom")), validFrom, validHint);
        top.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.textProperty().bind(importing.summaryProperty());

        TableView<PriceListService.PriceChange> changes = new TableView<>(importing.changes());
        changes.setId("import-changes");
        changes.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(texts.get("pricing.import.nothingYet")));
        changes.getColumns().addAll(List.of(
                Columns.rightAligned(Columns.text(texts.get("pricing.col.line"), c -> String.valueOf(c.line()), 45)),
                Columns.text(texts.get("pricing.col.list"), PriceListService.PriceChange::list, 80),
                Columns.text(texts.get("pricing.col.sku"), PriceListService.PriceChange::sku, 90),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.minQty"), c -> texts.number(c.minQty()), 60)),
                Columns.text(texts.get("pricing.import.col.from"), c -> c.validFrom() == null
                        ? texts.get("pricing.validity.always") : texts.date(c.validFrom()), 90),
                Columns.rightAligned(Columns.text(texts.get("pricing.import.col.old"),
                        c -> c.oldPrice() == null ? "" : texts.money(c.oldPrice()), 90)),
                Columns.rightAligned(Columns.text(texts.get("pricing.import.col.new"), c -> texts.money(c.newPrice()),
                        90)),
                Columns.rightAligned(Columns.text(texts.get("pricing.import.col.percent"), importing::percent, 70)),
                Columns.text(texts.get("pricing.import.col.what"), importing::what, 330)));

        TableView<ImportReport.RowError> refused = new TableView<>(importing.refused());
        refused.setId("import-refused");
        refused.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        refused.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        refused.setPlaceholder(new Label(texts.get("pricing.import.noneRefused")));
        refused.getColumns().addAll(List.of(
                Columns.rightAligned(Columns.text(texts.get("pricing.col.line"), r -> String.valueOf(r.line()), 50)),
                Columns.text(texts.get("pricing.col.sku"), r -> r.key() == null ? "" : r.key(), 90),
                Columns.text(texts.get("pricing.import.col.reasons"), importing::reasons, 300)));
        TableView<Item> left = new TableView<>(importing.notInFile());
        left.setId("import-not-in-file");
        left.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        left.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        left.setPlaceholder(new Label(texts.get("pricing.import.noneLeft")));
        left.getColumns().addAll(List.of(
                Columns.text(texts.get("pricing.col.list"), Item::list, 80),
                Columns.text(texts.get("pricing.col.sku"), Item::sku, 90),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.minQty"), i -> texts.number(i.minQty()), 60)),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.unitPrice"), i -> texts.money(i.unitPrice()),
                        80)),
                Columns.text(texts.get("pricing.col.validity"), i -> validity(i.validFrom(), i.validTo()), 140)));
        Label refusedTitle = new Label(texts.get("pricing.import.refused"));
        refusedTitle.getStyleClass().add(Styles.TITLE_4);
        Label leftTitle = new Label(texts.get("pricing.import.notInFile"));
        leftTitle.getStyleClass().add(Styles.TITLE_4);
        VBox refusedBox = new VBox(4, refusedTitle, refused);
        VBox leftBox = new VBox(4, leftTitle, left);
        VBox.setVgrow(refused, Priority.ALWAYS);
        VBox.setVgrow(left, Priority.ALWAYS);
        HBox.setHgrow(refusedBox, Priority.ALWAYS);
        HBox.setHgrow(leftBox, Priority.ALWAYS);
        refusedBox.setPrefWidth(600);
        leftBox.setPrefWidth(450);
        HBox lower = new HBox(12, refusedBox, leftBox);
        lower.setPrefHeight(170);
        lower.setMinHeight(120);

        CheckBox keep = new CheckBox(texts.get("pricing.import.keepGood"));
        keep.setId("import-keep-good");
        keep.selectedProperty().bindBidirectional(importing.keepGoodRowsProperty());
        keep.visibleProperty().bind(Bindings.isNotEmpty(importing.refused()));
        keep.managedProperty().bind(keep.visibleProperty());
        Button apply = new Button(texts.get("pricing.import.apply"), new FontIcon(Material2AL.CHECK));
        apply.setId("import-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(importing.canApplyProperty().not());
        apply.setOnAction(e -> importing.apply());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(importing.messageProperty());
        HBox bottom = new HBox(12, keep, apply, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox box = new VBox(8, top, summary, changes, lower, bottom);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node rulesImportView() {
        Button choose = new Button(texts.get("pricing.import.choose"), new FontIcon(Material2AL.FOLDER_OPEN));
        choose.setId("rule-import-choose");
        choose.setOnAction(e -> {
            Path f = chooseFile();
            if (f != null) {
                importingRules.open(f);
            }
        });
        Label fileName = new Label();
        fileName.setId("rule-import-file");
        fileName.textProperty().bind(importingRules.fileProperty().map(p -> p.getFileName().toString())
                .orElse(texts.get("pricing.import.noFile")));
        HBox top = new HBox(8, choose, fileName);
        top.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("rule-import-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.textProperty().bind(importingRules.summaryProperty());

        TableView<ConditionsService.RuleChange> changes = new TableView<>(importingRules.changes());
        changes.setId("rule-import-changes");
        changes.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(texts.get("pricing.ruleImport.nothingYet")));
        changes.getColumns().addAll(List.of(
                Columns.rightAligned(Columns.text(texts.get("pricing.col.line"), c -> String.valueOf(c.line()), 45)),
                Columns.text(texts.get("pricing.col.code"), ConditionsService.RuleChange::code, 140),
                Columns.rightAligned(Columns.text(texts.get("pricing.ruleImport.col.old"),
                        c -> importingRules.percent(c.oldPercent()), 100)),
                Columns.rightAligned(Columns.text(texts.get("pricing.ruleImport.col.new"),
                        c -> importingRules.percent(c.newPercent()), 100)),
                Columns.text(texts.get("pricing.import.col.what"), importingRules::what, 300)));

        TableView<ImportReport.RowError> refused = new TableView<>(importingRules.refused());
        refused.setId("rule-import-refused");
        refused.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        refused.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        refused.setPlaceholder(new Label(texts.get("pricing.import.noneRefused")));
        refused.getColumns().addAll(List.of(
                Columns.rightAligned(Columns.text(texts.get("pricing.col.line"), r -> String.valueOf(r.line()), 50)),
                Columns.text(texts.get("pricing.col.code"), r -> r.key() == null ? "" : r.key(), 120),
                Columns.text(texts.get("pricing.import.col.reasons"), importingRules::reasons, 400)));
        Label refusedTitle = new Label(texts.get("pricing.import.refused"));
        refusedTitle.getStyleClass().add(Styles.TITLE_4);
        refused.setPrefHeight(170);

        CheckBox keep = new CheckBox(texts.get("pricing.import.keepGood"));
        keep.setId("rule-import-keep-good");
        keep.selectedProperty().bindBidirectional(importingRules.keepGoodRowsProperty());
        keep.visibleProperty().bind(Bindings.isNotEmpty(importingRules.refused()));
        keep.managedProperty().bind(keep.visibleProperty());
        Button apply = new Button(texts.get("pricing.import.apply"), new FontIcon(Material2AL.CHECK));
        apply.setId("rule-import-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(importingRules.canApplyProperty().not());
        apply.setOnAction(e -> importingRules.apply());
        Label message = new Label();
        message.setId("rule-import-message");
        message.setWrapText(true);
        message.textProperty().bind(importingRules.messageProperty());
        HBox bottom = new HBox(12, keep, apply, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox box = new VBox(8, top, summary, changes, refusedTitle, refused, bottom);
        box.setPadding(new Insets(12));
        return box;
    }

    // --- price lists

    private Node listsView(Desk desk) {
        listSearch.setId("prices-list-search");
        listSearch.setPromptText(texts.get("pricing.lists.search"));
        listSearch.textProperty().bindBidirectional(lists.searchProperty());
        listSearch.setOnAction(e -> lists.refresh());

        TableView<Summary> summaries = new TableView<>(lists.summaries());
        summaries.setId("prices-lists");
        summaries.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        summaries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summaries.getColumns().addAll(List.of(
                Columns.text(texts.get("pricing.col.code"), s -> s.header().code(), 90),
                Columns.text(texts.get("pricing.col.name"), s -> s.header().name(), 140),
                Columns.text(texts.get("pricing.col.for"), this::forWhom, 140),
                Columns.text(texts.get("pricing.col.validity"), s -> validity(s.header().validFrom(),
                        s.header().validTo()), 150),
                timeline.column(texts, s -> new ValidityTimeline.Period(s.header().validFrom(), s.header().validTo(),
                        true), s -> validity(s.header().validFrom(), s.header().validTo())),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.items"), s -> String.valueOf(s.items()), 60))));
        summaries.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                lists.open(now.header().code());
            }
        });

        Label opened = new Label();
        opened.getStyleClass().add(Styles.TITLE_4);
        opened.textProperty().bind(Bindings.createStringBinding(() -> lists.openedProperty().get() == null
                ? texts.get("pricing.lists.noneOpen")
                : texts.get("pricing.lists.opened", lists.openedProperty().get().header().code(),
                        lists.openedProperty().get().header().name()), lists.openedProperty()));
        TextField itemFilter = new TextField();
        itemFilter.setId("prices-item-filter");
        itemFilter.setPromptText(texts.get("pricing.lists.filterSku"));
        itemFilter.textProperty().bindBidirectional(lists.itemFilterProperty());

        TableView<Item> items = new TableView<>(lists.items());
        items.setId("prices-items");
        items.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.getColumns().addAll(List.of(
                Columns.text(texts.get("pricing.col.sku"), Item::sku, 110),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.minQty"), i -> texts.number(i.minQty()), 70)),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.unitPrice"), i -> texts.money(i.unitPrice()),
                        90)),
                Columns.text(texts.get("pricing.col.validity"), i -> validity(i.validFrom(), i.validTo()), 150),
                timeline.column(texts, i -> new ValidityTimeline.Period(i.validFrom(), i.validTo(), true),
                        i -> validity(i.validFrom(), i.validTo()))));
        Label shown = new Label();
        shown.textProperty().bind(lists.itemsShownProperty());
        Button more = new Button(texts.get("pricing.lists.more"));
        more.setOnAction(e -> lists.more());
        more.disableProperty().bind(Bindings.size(lists.items()).lessThan(PriceListsViewModel.PAGE));

        TextField price = new TextField();
        price.setId("prices-new-price");
        price.setPromptText(texts.get("pricing.lists.newPrice"));
        price.setPrefColumnCount(8);
        price.textProperty().bindBidirectional(lists.newPriceProperty());
        Button change = new Button(texts.get("pricing.lists.changePrice"), new FontIcon(Material2AL.EDIT));
        change.setId("prices-change-price");
        change.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull()
                .or(lists.busyProperty()));
        change.setOnAction(e -> lists.changePrice(items.getSelectionModel().getSelectedItem()));
        price.setOnAction(e -> {
            if (!change.isDisabled()) {
                change.fire();
            }
        });
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                lists.newPriceProperty().set(now == null ? "" : lists.decimals().edit(now.unitPrice())));
        Label priceProblem = problemLabel(lists.priceProblemProperty());
        priceProblem.setId("prices-price-problem");

        ExportAction export = new ExportAction(desk, this::itemsExport, "price-list");
        export.bindKey(items);
        HBox edit = new HBox(8, price, change, export.controls());
        edit.setAlignment(Pos.CENTER_LEFT);
        HBox paging = new HBox(8, itemFilter, shown, more);
        paging.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(lists.messageProperty());
        VBox.setVgrow(items, Priority.ALWAYS);
        VBox right = new VBox(8, opened, paging, items, edit, priceProblem, message);
        VBox left = new VBox(8, listSearch, summaries);
        if (desk.services().access().allows(Permission.MANAGE_PRICES)) {
            right.getChildren().add(4, addPriceRow());
            left.getChildren().add(newListForm());
        }
        VBox.setVgrow(summaries, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.52);
        split.setPadding(new Insets(12));
        return split;
    }

    /** A product's price (and quantity break) added to the opened list, through the import's checks. */
    private Node addPriceRow() {
        TextField sku = new TextField();
        sku.setId("prices-add-sku");
        sku.setPromptText(texts.get("pricing.col.sku"));
        sku.setPrefColumnCount(8);
        TextField minQty = new TextField();
        minQty.setId("prices-add-minqty");
        minQty.setPromptText(texts.get("pricing.col.minQty"));
        minQty.setPrefColumnCount(5);
        TextField unitPrice = new TextField();
        unitPrice.setId("prices-add-price");
        unitPrice.setPromptText(texts.get("pricing.col.unitPrice"));
        unitPrice.setPrefColumnCount(7);
        Button add = new Button(texts.get("pricing.lists.addPrice"), new FontIcon(Material2AL.ADD));
        add.setId("prices-add");
        add.disableProperty().bind(lists.openedProperty().isNull().or(lists.busyProperty()));
        sku.textProperty().bindBidirectional(lists.addSkuProperty());
        minQty.textProperty().bindBidirectional(lists.addMinQtyProperty());
        unitPrice.textProperty().bindBidirectional(lists.addUnitPriceProperty());
        add.setOnAction(e -> {
            lists.addPrice();
            sku.requestFocus();
        });
        unitPrice.setOnAction(e -> add.fire());
        HBox row = new HBox(8, sku, minQty, unitPrice, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A new price list: code, name, for whom and validity; created through the same use case as the import. */
    private Node newListForm() {
        TextField code = new TextField();
        code.setId("prices-newlist-code");
        code.setPromptText(texts.get("pricing.col.code"));
        code.setPrefColumnCount(8);
        TextField name = new TextField();
        name.setId("prices-newlist-name");
        name.setPromptText(texts.get("pricing.col.name"));
        ComboBox<PriceListScope> scope = new ComboBox<>(FXCollections.observableArrayList(PriceListScope.values()));
        scope.setId("prices-newlist-scope");
        scope.setValue(PriceListScope.CUSTOMER);
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(PriceListScope v) {
                return v == null ? "" : texts.get("pricing.lists.scope." + v.name());
            }

            @Override
            public PriceListScope fromString(String text) {
                return null;
            }
        });
        TextField target = new TextField();
        target.setId("prices-newlist-target");
        target.promptTextProperty().bind(scope.valueProperty().map(v -> v == PriceListScope.GROUP
                ? texts.get("pricing.lists.groupCode") : texts.get("pricing.lists.customerCode")));
        target.disableProperty().bind(scope.valueProperty().isEqualTo(PriceListScope.ALL));
        DatePicker from = new DatePicker();
        from.setId("prices-newlist-from");
        from.setPromptText(texts.get("pricing.lists.from"));
        from.setPrefWidth(140);
        DatePicker to = new DatePicker();
        to.setId("prices-newlist-to");
        to.setPromptText(texts.get("pricing.lists.to"));
        to.setPrefWidth(140);
        Button create = new Button(texts.get("pricing.lists.create"), new FontIcon(Material2AL.ADD));
        create.setId("prices-newlist-create");
        create.disableProperty().bind(code.textProperty().isEmpty().or(lists.busyProperty()));
        create.setOnAction(e -> {
            PriceListScope chosen = scope.getValue();
            String who = target.getText() == null || target.getText().isBlank() ? null : target.getText().strip();
            lists.createList(new PriceListService.Header(code.getText().strip(), name.getText().strip(), chosen,
                    chosen == PriceListScope.GROUP ? who : null, chosen == PriceListScope.CUSTOMER ? who : null,
                    from.getValue(), to.getValue()));
        });
        Label title = new Label(texts.get("pricing.lists.newList"));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox first = new HBox(8, code, name);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox second = new HBox(8, scope, target);
        HBox.setHgrow(target, Priority.ALWAYS);
        HBox third = new HBox(8, from, new Label("–"), to, create);
        third.setAlignment(Pos.CENTER_LEFT);
        Label problem = problemLabel(lists.listProblemProperty());
        problem.setId("prices-newlist-problem");
        return new VBox(6, title, first, second, third, problem);
    }

    private TableExport<?> itemsExport() {
        // The import's own column names, so the file comes back with "pricelist import" or the import above.
        List<SheetColumn> columns = PriceListService.ITEM_COLUMNS.stream()
                .map(name -> SheetColumn.of(name, PriceFiles.cellType(name))).toList();
        String code = lists.openedProperty().get() == null ? "items" : lists.openedProperty().get().header().code();
        Function<Item, List<?>> cells = i -> Arrays.asList(i.list(), i.sku(), i.minQty(), i.unitPrice(), i.validFrom(),
                i.validTo());
        return new TableExport<>(new SheetLayout(code, columns), TableExport.of(lists.allItems()), cells);
    }

    private TableExport<?> rulesExport() {
        RuleSet set = rules.setProperty().get();
        List<SheetColumn> columns = set.columns().stream().map(name -> SheetColumn.of(name, PriceFiles.cellType(name)))
                .toList();
        return new TableExport<>(new SheetLayout(set == RuleSet.DISCOUNTS ? "discounts" : "promotions", columns),
                TableExport.of(List.copyOf(rules.rules())), set::cells);
    }

    private String forWhom(Summary s) {
        PriceListService.Header h = s.header();
        return switch (h.scope()) {
            case ALL -> texts.get("pricing.for.all");
            case GROUP -> texts.get("pricing.for.group", h.group());
            case CUSTOMER -> h.customer() == null ? texts.get("pricing.for.assigned")
                    : texts.get("pricing.for.customer", h.customer());
        };
    }

    private String validity(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return texts.get("pricing.validity.always");
        }
        return texts.get("pricing.validity.range", from == null ? "…" : texts.date(from), to == null ? "…" : texts.date(to));
    }

    // --- discount rules and promotions

    private Node rulesView(Desk desk) {
        ToggleGroup which = new ToggleGroup();
        ToggleButton promotions = new ToggleButton(texts.get("pricing.rules.promotions"));
        promotions.setId("prices-show-promotions");
        promotions.setToggleGroup(which);
        promotions.setSelected(true);
        ToggleButton discounts = new ToggleButton(texts.get("pricing.rules.discounts"));
        discounts.setId("prices-show-discounts");
        discounts.setToggleGroup(which);
        which.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                rules.setProperty().set(now == promotions ? RuleSet.PROMOTIONS : RuleSet.DISCOUNTS);
            }
        });

        TableView<Rule> table = new TableView<>(rules.rules());
        table.setId("prices-rules");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text(texts.get("pricing.col.code"), Rule::code, 120),
                Columns.text(texts.get("pricing.col.description"), Rule::description, 150),
                Columns.text(texts.get("pricing.col.appliesTo"), rules::target, 120),
                Columns.rightAligned(Columns.text(texts.get("pricing.col.discount"), rules::amount, 80)),
                Columns.text(texts.get("pricing.col.channels"), rules::channels, 100),
                Columns.text(texts.get("pricing.col.validity"), r -> validity(r.validFrom(), r.validTo())
                        + (r.active() ? "" : " · " + texts.get("pricing.rules.off")), 160),
                timeline.column(texts, r -> new ValidityTimeline.Period(r.validFrom(), r.validTo(), r.active()),
                        r -> validity(r.validFrom(), r.validTo())
                                + (r.active() ? "" : " · " + texts.get("pricing.rules.off")))));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                rules.edit(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // The set on screen, in the import's own columns: edited in Excel, it comes back through the Import tab.
        ExportAction export = new ExportAction(desk, this::rulesExport, "rules");
        export.bindKey(table);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox above = new HBox(8, new HBox(0, promotions, discounts), gap, export.controls());
        above.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, above, table);

        GridPane form = form();
        int row = 0;
        TextField code = field("prices-rule-code", rules.codeProperty());
        form.addRow(row++, new Label(texts.get("pricing.col.code")), code);
        form.add(problemLabel(rules.problem(ConditionsViewModel.Field.CODE)), 1, row++);
        TextField description = field("prices-rule-description", rules.descriptionProperty());
        form.addRow(row++, new Label(texts.get("pricing.col.description")), description);
        form.add(problemLabel(rules.problem(ConditionsViewModel.Field.DESCRIPTION)), 1, row++);

        ComboBox<DiscountKind> kind = new ComboBox<>();
        kind.setId("prices-rule-kind");
        kind.valueProperty().bindBidirectional(rules.kindProperty());
        kind.setConverter(named("pricing.kind."));
        rules.setProperty().addListener((o, was, now) -> kindChoices(kind));
        kindChoices(kind);
        ComboBox<Tier> tier = new ComboBox<>();
        tier.getItems().setAll(Tier.values());
        tier.valueProperty().bindBidirectional(rules.tierProperty());
        tier.visibleProperty().bind(rules.kindProperty().isEqualTo(DiscountKind.TIER));
        tier.managedProperty().bind(tier.visibleProperty());
        TextField sku = field("prices-rule-sku", rules.skuProperty());
        sku.setPromptText(texts.get("pricing.col.sku"));
        sku.visibleProperty().bind(rules.kindProperty().isEqualTo(DiscountKind.PROMOTION));
        sku.managedProperty().bind(sku.visibleProperty());
        TextField category = field("prices-rule-category", rules.categoryProperty());
        category.setPromptText(texts.get("pricing.col.category"));
        category.visibleProperty().bind(rules.kindProperty().isEqualTo(DiscountKind.CATEGORY)
                .or(rules.kindProperty().isEqualTo(DiscountKind.PROMOTION)));
        category.managedProperty().bind(category.visibleProperty());
        TextField threshold = field("prices-rule-threshold", rules.minOrderValueProperty());
        threshold.setPromptText(texts.get("pricing.col.minOrderValue"));
        threshold.visibleProperty().bind(rules.kindProperty().isEqualTo(DiscountKind.ORDER_VALUE));
        threshold.managedProperty().bind(threshold.visibleProperty());
        HBox target = new HBox(6, kind, tier, sku, category, threshold);
        form.addRow(row++, new Label(texts.get("pricing.col.appliesTo")), target);
        form.add(problemLabel(rules.problem(ConditionsViewModel.Field.TARGET)), 1, row++);

        TextField percent = field("prices-rule-percent", rules.percentProperty());
        percent.setPromptText(texts.get("pricing.col.percent"));
        percent.setPrefColumnCount(6);
        TextField net = field("prices-rule-net", rules.netPriceProperty());
        net.setPromptText(texts.get("pricing.col.netPrice"));
        net.setPrefColumnCount(8);
        net.visibleProperty().bind(rules.kindProperty().isEqualTo(DiscountKind.PROMOTION));
        net.managedProperty().bind(net.visibleProperty());
        form.addRow(row++, new Label(texts.get("pricing.col.discount")), new HBox(6, percent, net));
        Label amountProblem = problemLabel(rules.problem(ConditionsViewModel.Field.AMOUNT));
        amountProblem.setId("prices-rule-amount-problem");
        form.add(amountProblem, 1, row++);

        DatePicker from = new DatePicker();
        from.setId("prices-rule-from");
        from.valueProperty().bindBidirectional(rules.validFromProperty());
        DatePicker to = new DatePicker();
        to.setId("prices-rule-to");
        to.valueProperty().bindBidirectional(rules.validToProperty());
        form.addRow(row++, new Label(texts.get("pricing.col.validity")), new HBox(6, from, new Label("–"), to));
        Label validityProblem = problemLabel(rules.problem(ConditionsViewModel.Field.VALIDITY));
        validityProblem.setId("prices-rule-validity-problem");
        form.add(validityProblem, 1, row++);

        FlowPane channelBoxes = new FlowPane(10, 4);
        for (Channel c : Channel.values()) {
            CheckBox box = new CheckBox(texts.get("entry.channel." + c.name()));
            box.setId("prices-rule-channel-" + c.name());
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    rules.channels().add(c);
                } else {
                    rules.channels().remove(c);
                }
            });
            rules.channels().addListener((SetChangeListener<Channel>) change -> box.setSelected(rules.channels().contains(c)));
            channelBoxes.getChildren().add(box);
        }
        Label channelsHint = new Label(texts.get("pricing.rules.channelsHint"));
        channelsHint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox channels = new VBox(4, channelBoxes, channelsHint);
        channels.visibleProperty().bind(rules.kindProperty().isEqualTo(DiscountKind.PROMOTION));
        channels.managedProperty().bind(channels.visibleProperty());
        form.addRow(row++, new Label(texts.get("pricing.col.channels")), channels);
        CheckBox active = new CheckBox(texts.get("pricing.rules.active"));
        active.selectedProperty().bindBidirectional(rules.activeProperty());
        form.add(active, 1, row++);

        Button save = new Button(texts.get("pricing.rules.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("prices-rule-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> rules.save());
        Button fresh = new Button(texts.get("pricing.rules.new"), new FontIcon(Material2AL.ADD));
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            rules.clear();
        });
        DatePicker endDay = new DatePicker(today);
        endDay.setPrefWidth(150);
        Button end = new Button(texts.get("pricing.rules.end"), new FontIcon(Material2AL.EVENT_BUSY));
        end.setOnAction(e -> rules.endOn(endDay.getValue()));
        for (Button b : new Button[] {save, fresh, end}) {
            b.disableProperty().bind(b == end ? table.getSelectionModel().selectedItemProperty().isNull()
                    .or(rules.busyProperty()) : rules.busyProperty());
        }
        HBox actions = new HBox(8, save, fresh, new Label(texts.get("pricing.rules.lastDay")), endDay, end);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label problem = problemLabel(rules.problem(ConditionsViewModel.Field.OTHER));
        Label message = new Label();
        message.setId("prices-rule-message");
        message.setWrapText(true);
        message.textProperty().bind(rules.messageProperty());
        Label editorTitle = new Label(texts.get("pricing.rules.editor"));
        editorTitle.getStyleClass().add(Styles.TITLE_4);
        VBox editor = new VBox(8, editorTitle, form, actions, problem, message);
        SplitPane split = new SplitPane(left, editor);
        split.setDividerPositions(0.56);
        split.setPadding(new Insets(12));
        return split;
    }

    private void kindChoices(ComboBox<DiscountKind> kind) {
        DiscountKind keep = rules.kindProperty().get();
        kind.getItems().setAll(rules.setProperty().get() == RuleSet.PROMOTIONS ? List.of(DiscountKind.PROMOTION)
                : List.of(DiscountKind.TIER, DiscountKind.CATEGORY, DiscountKind.ORDER_VALUE));
        rules.kindProperty().set(keep);
    }

    // --- the price tester

    private Node testerView() {
        TextField customer = field("tester-customer", tester.customerProperty());
        customer.setPromptText(texts.get("pricing.tester.customer"));
        TextField sku = field("tester-sku", tester.skuProperty());
        sku.setPromptText(texts.get("pricing.col.sku"));
        TextField qty = field("tester-qty", tester.quantityProperty());
        qty.setPrefColumnCount(6);
        DatePicker date = new DatePicker();
        date.setId("tester-date");
        date.valueProperty().bindBidirectional(tester.dateProperty());
        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("tester-channel");
        channel.getItems().add(null);
        channel.getItems().addAll(Channel.values());
        channel.valueProperty().bindBidirectional(tester.channelProperty());
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Channel c) {
                return c == null ? texts.get("pricing.tester.noChannel") : texts.get("entry.channel." + c.name());
            }

            @Override
            public Channel fromString(String s) {
                return null;
            }
        });
        Button check = new Button(texts.get("pricing.tester.check"), new FontIcon(Material2AL.ATTACH_MONEY));
        check.setId("tester-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.setDefaultButton(false);
        check.setOnAction(e -> tester.check());
        for (TextField f : List.of(customer, sku, qty)) {
            f.setOnAction(e -> tester.check());
        }
        GridPane form = form();
        form.addRow(0, new Label(texts.get("pricing.tester.customer")), customer,
                new Label(texts.get("pricing.col.sku")), sku);
        form.addRow(1, new Label(texts.get("pricing.tester.quantity")), qty,
                new Label(texts.get("pricing.tester.date")), date);
        form.addRow(2, new Label(texts.get("pricing.tester.channel")), channel, check);

        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(4);
        figures.setId("tester-figures");
        String[] labels = {"pricing.tester.list", "pricing.tester.listPrice", "pricing.tester.discount",
                "pricing.tester.netUnit", "pricing.tester.lineNet", "pricing.tester.lineGross"};
        List<Function<PriceView, String>> values = List.of(PriceView::priceList, p -> texts.money(p.unitPrice()),
                p -> texts.number(p.discountPct()) + " %", p -> texts.money(p.netUnitPrice()),
                p -> texts.money(p.netAmount()), p -> texts.money(p.grossAmount()));
        for (int i = 0; i < labels.length; i++) {
            Label value = new Label();
            value.setId("tester-value-" + i);
            value.getStyleClass().add(i == 3 ? Styles.TITLE_3 : Styles.TEXT_BOLD);
            Function<PriceView, String> f = values.get(i);
            value.textProperty().bind(Bindings.createStringBinding(() -> tester.resultProperty().get() == null ? ""
                    : f.apply(tester.resultProperty().get()), tester.resultProperty()));
            figures.addRow(i, new Label(texts.get(labels[i])), value);
        }
        figures.visibleProperty().bind(tester.resultProperty().isNotNull());
        ListView<String> reasons = new ListView<>(tester.reasons());
        reasons.setId("tester-reasons");
        reasons.setPrefHeight(160);
        Label why = new Label(texts.get("pricing.tester.why"));
        why.getStyleClass().add(Styles.TITLE_4);
        Label problem = problemLabel(tester.problemProperty());
        problem.setId("tester-problem");
        Label hint = new Label(texts.get("pricing.tester.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, hint, form, problem, figures, why, reasons);
        box.setPadding(new Insets(16));
        BorderPane pane = new BorderPane(box);
        return pane;
    }

    // --- shared bits

    /** A form whose first column (the labels) is never squeezed to "…". */
    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(labels);
        return form;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label problemLabel(ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add(Styles.DANGER);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private <E extends Enum<E>> StringConverter<E> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : texts.get(prefix + value.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public String title() {
        return texts.get("ui.nav.prices");
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void shown() {
        lists.refresh();
        rules.refresh();
    }

    @Override
    public void focus() {
        listSearch.requestFocus();
    }
}
