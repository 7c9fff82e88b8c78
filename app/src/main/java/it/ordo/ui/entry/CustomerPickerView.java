package it.ordo.ui.entry;

import static it.ordo.ui.entry.EntryControls.muted;

import atlantafx.base.theme.Styles;
import it.ordo.application.customer.CustomerView;
import it.ordo.domain.order.OrderListing;
import it.ordo.i18n.Texts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The customer row: the search field with its suggestions, the chosen
 * customer's conditions (tier, price list, terms, credit, BLOCKED) and its
 * last orders. Once a customer is chosen the keyboard goes on to {@code next}.
 */
final class CustomerPickerView {

    private final CustomerPickerViewModel vm;
    private final Texts texts;
    private final Runnable next;
    private final TextField field = new TextField();
    private final SuggestionPopup<CustomerView> popup;
    private final HBox root;
    /** The field is telling the view model what was typed: text the view model puts back waits for it to finish. */
    private boolean typing;

    CustomerPickerView(CustomerPickerViewModel vm, Texts texts, Runnable next) {
        this.vm = vm;
        this.texts = texts;
        this.next = next;
        field.setId("entry-customer");
        Label label = EntryControls.fieldLabel(texts, "entry.customer.label", field);
        field.setPromptText(texts.get("entry.customer.prompt"));
        field.setPrefColumnCount(28);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().addListener((o, a, b) -> {
            typing = true;
            try {
                vm.search(b);
            } finally {
                typing = false;
            }
        });
        vm.queryProperty().addListener((o, a, b) -> {
            if (typing) {
                Platform.runLater(() -> showQuery(vm.queryProperty().get()));
            } else {
                showQuery(b);
            }
        });
        // Once the order has its customer, typing in the field starts over: it is all selected, so a key
        // replaces it (and the view model says the customer went) rather than adding to it.
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused && vm.customerProperty().get() != null) {
                Platform.runLater(field::selectAll);
            }
        });
        popup = new SuggestionPopup<>(field, vm.suggestions(), c -> c.code() + " · " + c.name()
                + (c.city() == null ? "" : " · " + c.city())
                + (c.vatNumber() == null ? "" : " · " + c.vatNumber()) + " · " + c.billingAddress(), this::choose, true);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                if (popup.isShowing() && !popup.isEmpty()) {
                    choose(popup.selectedOrFirst());
                } else if (vm.enter()) {
                    next.run();
                }
            }
        });
        // A customer that arrives while the keyboard is here (a draft restored, the only match of an Enter typed
        // before the search answered): the keyboard goes on to the code, never stays at the end of this text.
        vm.customerProperty().addListener((o, a, c) -> {
            if (c != null && field.isFocused()) {
                Platform.runLater(next);
            }
        });
        Label error = EntryControls.reserved(vm.errorProperty(), 2, Styles.DANGER, Styles.TEXT_SMALL);
        error.setId("entry-customer-error");

        HBox facts = new HBox(14);
        facts.setAlignment(Pos.CENTER_LEFT);
        facts.setMinHeight(20);
        vm.customerProperty().addListener((o, a, c) -> facts.getChildren().setAll(facts(c)));
        HBox search = new HBox(8, label, field);
        search.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(4, search, error, facts);
        HBox.setHgrow(left, Priority.ALWAYS);

        // The last orders take the same room whether there are none or five, so the header below never moves.
        VBox recent = new VBox(0);
        recent.setMinWidth(330);
        recent.setPrefWidth(330);
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Ag");
        double rows = CustomerPickerViewModel.RECENT_ORDERS + 1;
        recent.setMinHeight(Math.ceil(rows * probe.getLayoutBounds().getHeight()));
        recent.setPrefHeight(recent.getMinHeight());
        recent.setMaxHeight(recent.getMinHeight());
        Runnable showRecent = () -> showRecent(recent);
        vm.recentOrders().addListener((ListChangeListener<OrderListing>) c -> showRecent.run());
        vm.customerProperty().addListener((o, a, b) -> showRecent.run());
        root = new HBox(12, left, recent);
    }

    private void showQuery(String query) {
        if (!Objects.equals(field.getText(), query)) {
            field.setText(query);
            field.positionCaret(query.length());
        }
    }

    Node root() {
        return root;
    }

    TextField field() {
        return field;
    }

    /** Esc with no list open: the customer typed over is the order's again; true when there was one. */
    boolean keepPrevious() {
        return field.isFocused() && vm.keepPrevious();
    }

    /** Esc: the suggestions close; true when they were open. */
    boolean hidePopup() {
        boolean showing = popup.isShowing();
        popup.hide();
        return showing;
    }

    private void showRecent(VBox recent) {
        recent.getChildren().clear();
        if (vm.customerProperty().get() == null) {
            return;
        }
        Label title = new Label(texts.get("entry.customer.recent"));
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        recent.getChildren().add(title);
        if (vm.recentOrders().isEmpty()) {
            recent.getChildren().add(muted(texts.get("entry.customer.recentNone")));
        }
        for (OrderListing s : vm.recentOrders()) {
            recent.getChildren().add(muted(texts.get("entry.customer.recentRow", s.number(),
                    texts.date(s.createdAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                    texts.get("entry.status." + s.status()), texts.money(s.grossTotal()))));
        }
    }

    private List<Node> facts(CustomerView c) {
        if (c == null) {
            return List.of();
        }
        Label tier = muted(texts.get("entry.customer.tier", c.tier()));
        Label list = muted(c.priceList() == null ? texts.get("entry.customer.noPriceList")
                : texts.get("entry.customer.priceList", c.priceList()));
        Label terms = muted(texts.get("entry.customer.terms", c.paymentTerms()));
        Label credit = new Label(texts.get("entry.customer.credit", texts.money(c.openExposure()),
                texts.money(c.creditLimit())));
        credit.getStyleClass().add(Styles.TEXT_SMALL);
        if (c.openExposure().compareTo(c.creditLimit()) >= 0) {
            credit.getStyleClass().add(Styles.WARNING);
        }
        List<Node> nodes = new ArrayList<>(List.of(tier, list, terms, credit));
        if (!c.acceptsBackorders()) {
            nodes.add(muted(texts.get("entry.customer.noBackorders")));
        }
        if (c.blocked()) {
            Label blocked = new Label(texts.get("entry.customer.blockedBadge"), new FontIcon(Material2AL.BLOCK));
            blocked.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
            nodes.addFirst(blocked);
        }
        return nodes;
    }

    private void choose(CustomerView c) {
        if (c == null) {
            return;
        }
        popup.hide();
        vm.choose(c);
        next.run();
    }
}
