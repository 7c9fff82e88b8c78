package it.ordo.ui.shell;

import atlantafx.base.theme.Styles;
import it.ordo.application.Services;
import it.ordo.application.security.Session;
import it.ordo.i18n.Texts;
import it.ordo.ui.Desk;
import it.ordo.ui.Navigator;
import it.ordo.ui.Problems;
import it.ordo.ui.Screen;
import it.ordo.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The signed-in user's window: the places their roles open on the left, one
 * tab per open screen, and a status bar with who, which database, whether it
 * answers and whether Ordo is working. It is the {@link Desk} every screen
 * receives and the {@link Navigator} they open each other with.
 */
public final class MainWindow extends BorderPane implements Desk, Navigator {

    /** How the main window reaches back to the application: sign out, language, theme, files. */
    public interface Host {
        void signOut();

        void switchLanguage(Locale locale);

        void switchTheme(boolean dark);

        boolean darkTheme();

        void openFile(Path file);

        /** Where to save a new file: the system's save dialog, unless the desktop was given its answers. */
        default java.util.Optional<Path> chooseSaveFile(javafx.stage.Window owner, String suggestedName,
                                                        java.util.List<javafx.stage.FileChooser.ExtensionFilter> filters) {
            return it.ordo.ui.SaveDialog.ask(owner, suggestedName, filters);
        }
    }

    private final Texts texts;
    private final TaskExecutor executor;
    private final Services ordo;
    private final Session session;
    private final ShellViewModel model;
    private final ScreenCatalog catalog;
    private final Host host;
    private final TabPane tabs = new TabPane();
    private final Map<String, Tab> open = new LinkedHashMap<>();
    private final Map<NavEntry, ToggleButton> navButtons = new LinkedHashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Timeline healthTimer;

    public MainWindow(Texts texts, TaskExecutor executor, ObservableIntegerValue running, Services ordo,
                      Session session, ShellViewModel model, ScreenCatalog catalog, Host host) {
        this.texts = texts;
        this.executor = executor;
        this.ordo = ordo;
        this.session = session;
        this.model = model;
        this.catalog = catalog;
        this.host = host;
        getStyleClass().add("ordo-main");

        setTop(header());
        setLeft(navigation());
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected(now));
        setCenter(tabs);
        setBottom(statusBar(running));

        healthTimer = new Timeline(new KeyFrame(Duration.seconds(15), e -> model.checkHealth()));
        healthTimer.setCycleCount(Timeline.INDEFINITE);
        healthTimer.play();
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    private Node header() {
        Label name = new Label("Ordo");
        name.getStyleClass().addAll(Styles.TITLE_3, "ordo-brand");
        name.setGraphic(new FontIcon(Material2AL.ASSIGNMENT));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        MenuButton language = new MenuButton(texts.locale().getLanguage().toUpperCase(Locale.ROOT),
                new FontIcon(Material2AL.LANGUAGE));
        language.setId("shell-language");
        language.setTooltip(new Tooltip(texts.get("ui.shell.language")));
        MenuItem italian = new MenuItem("Italiano");
        italian.setOnAction(e -> host.switchLanguage(Locale.ITALY));
        MenuItem english = new MenuItem("English");
        english.setOnAction(e -> host.switchLanguage(Locale.UK));
        language.getItems().addAll(italian, english);
        language.getStyleClass().add(Styles.FLAT);

        Button theme = new Button(null, new FontIcon(host.darkTheme() ? Material2MZ.WB_SUNNY : Material2MZ.NIGHTS_STAY));
        theme.setId("shell-theme");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setTooltip(new Tooltip(texts.get(host.darkTheme() ? "ui.shell.theme.light" : "ui.shell.theme.dark")));
        theme.setOnAction(e -> {
            boolean dark = !host.darkTheme();
            host.switchTheme(dark);
            theme.setGraphic(new FontIcon(dark ? Material2MZ.WB_SUNNY : Material2MZ.NIGHTS_STAY));
            theme.getTooltip().setText(texts.get(dark ? "ui.shell.theme.light" : "ui.shell.theme.dark"));
        });

        MenuButton user = new MenuButton(session.username(), new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        user.setId("shell-user");
        user.getStyleClass().add(Styles.FLAT);
        MenuItem signOut = new MenuItem(texts.get("ui.shell.signOut"), new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.setId("shell-sign-out");
        signOut.setOnAction(e -> signOut());
        user.getItems().add(signOut);

        HBox bar = new HBox(8, name, spacer, language, theme, user);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 16));
        bar.getStyleClass().add("ordo-header");
        return bar;
    }

    private Node navigation() {
        VBox nav = new VBox(4);
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.getStyleClass().add("ordo-nav");
        int index = 1;
        for (NavEntry entry : model.entries()) {
            ToggleButton b = new ToggleButton(texts.get(entry.textKey()), new FontIcon(entry.icon()));
            b.setId("nav-" + entry.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add(Styles.FLAT);
            b.setTooltip(new Tooltip("Ctrl+" + index++));
            b.setOnAction(e -> go(entry));
            // A place stays selected while its tab is shown; clicking it again must not unselect it.
            b.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
                if (b.isSelected()) {
                    go(entry);
                    e.consume();
                }
            });
            navButtons.put(entry, b);
            nav.getChildren().add(b);
        }
        nav.setPrefWidth(180);
        nav.setMinWidth(150);
        return nav;
    }

    private Node statusBar(ObservableIntegerValue running) {
        Label user = new Label(model.userLine(), new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        user.setId("status-user");
        Label database = new Label(model.databaseLine(), new FontIcon(Material2MZ.STORAGE));
        database.setId("status-database");
        Label health = new Label();
        health.setId("status-health");
        health.textProperty().bind(model.healthProperty());
        FontIcon dot = new FontIcon(Material2AL.FIBER_MANUAL_RECORD);
        health.setGraphic(dot);
        Runnable paint = () -> {
            health.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            health.getStyleClass().add(model.healthyProperty().get() ? Styles.SUCCESS : Styles.DANGER);
        };
        paint.run();
        model.healthyProperty().addListener((o, a, b) -> paint.run());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        Label busy = new Label(texts.get("ui.shell.busy"), spinner);
        busy.setId("status-busy");
        busy.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> running.get() > 0, running));
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(model.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, user, new Separator(javafx.geometry.Orientation.VERTICAL), database,
                new Separator(javafx.geometry.Orientation.VERTICAL), health, busy, spacer, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().addAll("ordo-status-bar", Styles.TEXT_SMALL);
        return bar;
    }

    private void installShortcuts() {
        var accelerators = getScene().getAccelerators();
        List<NavEntry> entries = model.entries();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < entries.size() && i < digits.length; i++) {
            NavEntry entry = entries.get(i);
            accelerators.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> go(entry));
        }
        if (model.allows(NavEntry.NEW_ORDER)) {
            accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    () -> newOrder(null));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), this::closeSelected);
        accelerators.put(new KeyCodeCombination(KeyCode.F5), () -> {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (tab != null) {
                ((Screen) tab.getUserData()).shown();
            }
        });
    }

    /** Opens the first place this user may go (Orders for most, Users for an administrator alone). */
    public void openStart() {
        List<NavEntry> entries = model.entries();
        if (!entries.isEmpty()) {
            go(entries.contains(NavEntry.ORDERS) ? NavEntry.ORDERS : entries.getFirst());
        }
        model.checkHealth();
    }

    public void go(NavEntry entry) {
        switch (entry) {
            case ORDERS -> openOrders();
            case NEW_ORDER -> newOrder(null);
            case STOCK -> show("stock", () -> catalog.stock(this));
            case CUSTOMERS -> show("customers", () -> catalog.customers(this));
            case DASHBOARD -> show("dashboard", () -> catalog.dashboard(this));
            case REPORTS -> show("reports", () -> catalog.reports(this));
            case USERS -> show("users", () -> catalog.users(this));
            case TICKETS -> show("tickets", () -> catalog.tickets(this));
            case RETURNS -> show("returns", () -> catalog.returns(this));
            case OUTBOX -> show("outbox", () -> catalog.outbox(this));
            case DELAYS -> show("delays", () -> catalog.delays(this));
            case PRICES -> show("prices", () -> catalog.prices(this));
            case IMPORT_ORDERS -> show("import-orders", () -> catalog.importOrders(this));
            case WAREHOUSE -> show("warehouse", () -> catalog.warehouse(this));
        }
    }

    private Screen show(String key, Supplier<Screen> create) {
        Tab tab = open.get(key);
        if (tab == null) {
            Screen screen = create.get();
            tab = new Tab(screen.title(), screen.content());
            tab.setId("tab-" + key);
            tab.setUserData(screen);
            Tab created = tab;
            tab.setOnClosed(e -> {
                open.remove(key);
                screen.closed();
            });
            open.put(key, created);
            tabs.getTabs().add(tab);
        }
        if (tabs.getSelectionModel().getSelectedItem() == tab) {
            selected(tab);
        } else {
            tabs.getSelectionModel().select(tab);
        }
        return (Screen) tab.getUserData();
    }

    private void selected(Tab tab) {
        if (tab == null) {
            navGroup.selectToggle(null);
            return;
        }
        Screen screen = (Screen) tab.getUserData();
        String key = open.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse("");
        NavEntry entry = switch (key) {
            case "orders" -> NavEntry.ORDERS;
            case "new-order" -> NavEntry.NEW_ORDER;
            case "stock" -> NavEntry.STOCK;
            case "customers" -> NavEntry.CUSTOMERS;
            case "dashboard" -> NavEntry.DASHBOARD;
            case "reports" -> NavEntry.REPORTS;
            case "users" -> NavEntry.USERS;
            case "tickets" -> NavEntry.TICKETS;
            case "returns" -> NavEntry.RETURNS;
            case "outbox" -> NavEntry.OUTBOX;
            case "delays" -> NavEntry.DELAYS;
            case "prices" -> NavEntry.PRICES;
            case "import-orders" -> NavEntry.IMPORT_ORDERS;
            case "warehouse" -> NavEntry.WAREHOUSE;
            default -> null;
        };
        navGroup.selectToggle(entry == null ? null : navButtons.get(entry));
        screen.shown();
        Platform.runLater(screen::focus);
    }

    private void closeSelected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null) {
            tabs.getTabs().remove(tab);
            if (tab.getOnClosed() != null) {
                tab.getOnClosed().handle(null);
            }
        }
    }

    /**
     * Sign out, asked first when a tab holds work not confirmed yet (an order
     * being typed): a stray Enter on the user menu must not end it unawares.
     */
    private void signOut() {
        boolean unconfirmed = open.values().stream().anyMatch(t -> ((Screen) t.getUserData()).hasUnconfirmedWork());
        if (unconfirmed) {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    texts.get("ui.shell.signOut.question"), javafx.scene.control.ButtonType.OK,
                    javafx.scene.control.ButtonType.CANCEL);
            ask.setHeaderText(null);
            if (getScene() != null) {
                ask.initOwner(getScene().getWindow());
            }
            // Cancel is the default: Enter again does not sign out.
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                    .setDefaultButton(false);
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                    .setDefaultButton(true);
            ask.getDialogPane().setId("sign-out-question");
            if (ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isEmpty()) {
                return;
            }
        }
        host.signOut();
    }

    /** Gives every open screen the chance to save (a draft) before the window goes. */
    public void closeAll() {
        healthTimer.stop();
        for (Tab tab : new ArrayList<>(open.values())) {
            ((Screen) tab.getUserData()).closed();
        }
        open.clear();
        tabs.getTabs().clear();
    }

    /** The screen shown in the tab with this key, if open: for tests and the screenshot tour. */
    public Screen screen(String key) {
        Tab tab = open.get(key);
        return tab == null ? null : (Screen) tab.getUserData();
    }

    // Navigator

    @Override
    public void openOrder(String number) {
        show("order:" + number, () -> catalog.order(this, number));
    }

    @Override
    public void openCustomer(String code) {
        show("customer:" + code, () -> catalog.customer(this, code));
    }

    @Override
    public void openStock(String sku) {
        if (!model.allows(NavEntry.STOCK)) {
            return;
        }
        Screen stock = show("stock", () -> catalog.stock(this));
        catalog.showProduct(stock, sku);
    }

    @Override
    public void newOrder(String customerCode) {
        if (model.allows(NavEntry.NEW_ORDER)) {
            show("new-order", () -> catalog.newOrder(this, customerCode));
        }
    }

    @Override
    public void openOrders() {
        if (model.allows(NavEntry.ORDERS)) {
            show("orders", () -> catalog.orders(this));
        }
    }

    @Override
    public void newTicket(String customerCode, String orderNumber) {
        if (model.allows(NavEntry.TICKETS)) {
            catalog.newTicket(show("tickets", () -> catalog.tickets(this)), customerCode, orderNumber);
        }
    }

    @Override
    public void newReturn(String orderNumber, String customerCode) {
        if (model.allows(NavEntry.RETURNS)) {
            catalog.newReturn(show("returns", () -> catalog.returns(this)), orderNumber, customerCode);
        }
    }

    @Override
    public void openOverdueTickets() {
        if (model.allows(NavEntry.TICKETS)) {
            catalog.overdueTickets(show("tickets", () -> catalog.tickets(this)));
        }
    }

    @Override
    public void openOrders(it.ordo.domain.order.OrderFollowUp list, java.time.LocalDate from,
                           java.time.LocalDate to) {
        if (model.allows(NavEntry.ORDERS)) {
            catalog.followUp(show("orders", () -> catalog.orders(this)), list, from, to);
        }
    }

    @Override
    public void openReturns(java.time.LocalDate from, java.time.LocalDate to) {
        if (model.allows(NavEntry.RETURNS)) {
            catalog.authorisedReturns(show("returns", () -> catalog.returns(this)), from, to);
        }
    }

    // Desk

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public TaskExecutor executor() {
        return executor;
    }

    @Override
    public Services services() {
        return ordo;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Navigator navigator() {
        return this;
    }

    @Override
    public void notify(String message) {
        model.notify(message);
    }

    @Override
    public void openFile(Path file) {
        host.openFile(file);
    }

    @Override
    public java.util.Optional<Path> chooseSaveFile(javafx.stage.Window owner, String suggestedName,
                                                   java.util.List<javafx.stage.FileChooser.ExtensionFilter> filters) {
        return host.chooseSaveFile(owner, suggestedName, filters);
    }

    @Override
    public void showProblem(Throwable problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Problems.describe(texts, problem));
        alert.setHeaderText(null);
        alert.setTitle(texts.get("ui.shell.problem"));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    /** For the screenshot tour and tests: the tabs as they are. */
    public TabPane tabs() {
        return tabs;
    }
}
