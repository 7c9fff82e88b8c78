package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.Services;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderDraft;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.ui.entry.EntryLine;
import it.ordo.ui.entry.NewOrderScreen;
import it.ordo.ui.entry.NewOrderViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The order desk at full keyboard speed (issue 15), on the real desktop at
 * 1366×768 and the demo company, without the mouse: sign in, three orders in
 * a row with Ctrl+N (the first restored from a draft, the second with a wrong
 * customer and a wrong code and the lines table worked from the keyboard, the
 * third of ten lines), the form never moving and nothing that matters cut;
 * Ctrl+W saying the draft is kept; an order opened from the list by Enter;
 * sign-out asking while an order is open.
 */
@Tag("desk")
class KeyboardDeskTest {

    private DeskDriver desk;

    @BeforeEach
    void start() {
        desk = new DeskDriver(DemoDataFolder.get(), 1366, 768);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void threeOrdersInARowByKeyboardOnly() {
        signInByKeyboard();
        Services ordo = desk.main().services();
        DemoPicks picks = DemoPicks.of(ordo);
        CustomerView customer = picks.customer();
        List<String> skus = ordo.inventory().stock(null, customer.defaultWarehouse(), 0, 400).stream()
                .filter(s -> s.available().compareTo(BigDecimal.valueOf(50)) > 0).map(StockLevel::sku).limit(12).toList();
        long ordersBefore = ordo.orders().search(OrderQuery.latest(null, customer.code(), 1)).total();
        ordo.orderDrafts().save(new OrderDraft(customer.code(), Channel.PHONE, null, null, Priority.NORMAL, null, null,
                List.of(new OrderDraft.Line(skus.get(0), "2"), new OrderDraft.Line(skus.get(1), "1")), null));

        // Order 1: the draft comes back, the keyboard waits in Code/EAN (item 1), the notice says so (item 8).
        shortcut(KeyCode.N, true);
        desk.waitFor("#entry-customer");
        NewOrderViewModel vm = ((NewOrderScreen) desk.main().screen("new-order")).viewModel();
        desk.waitUntil(() -> vm.lines().size() == 2 && code().isFocused());
        assertThat(vm.customerProperty().get().code()).isEqualTo(customer.code());
        assertThat(shown("#entry-notice")).startsWith("Draft of ").endsWith(" restored.");
        Bounds codeAt = ShownText.at(code());
        Bounds quantityAt = ShownText.at(quantity());
        Bounds linesAt = ShownText.at(lines());
        desk.write(skus.get(2)).type(KeyCode.ENTER); // the preview comes: nothing moves (item 4)
        desk.waitUntil(() -> vm.codeQuoteProperty().get() != null && quantity().isFocused());
        assertThat(shown("#entry-preview")).contains(skus.get(2));
        assertSamePlace(codeAt, quantityAt, linesAt);
        desk.write("3").type(KeyCode.ENTER);
        desk.waitUntil(() -> code().isFocused() && vm.lines().size() == 3);
        String first = confirm(vm);

        // Order 2: Ctrl+N, a wrong customer and a wrong code, then the lines table by keyboard.
        shortcut(KeyCode.N, false);
        desk.waitUntil(() -> customerField().isFocused() && vm.lines().isEmpty());
        assertThat(shown("#entry-notice")).as("the notice was order 1's").isEmpty();
        desk.write("ZZ-NESSUNO-9").type(KeyCode.ENTER); // item 2
        desk.waitUntil(() -> shown("#entry-customer-error").startsWith("No customer matches \"ZZ-NESSUNO-9\""));
        shortcut(KeyCode.A, false);
        desk.write(picks.customerNamePart()).type(KeyCode.ENTER);
        desk.waitUntil(() -> vm.customerProperty().get() != null && code().isFocused());
        assertThat(shown("#entry-customer-error")).isEmpty();
        desk.write("NOPE-4711").type(KeyCode.ENTER); // item 3: the keyboard stays on the code, selected
        desk.waitUntil(() -> vm.codeErrorProperty().get() != null && code().isFocused());
        assertThat(code().getSelectedText()).isEqualTo("NOPE-4711");
        assertThat(shown("#entry-code-error")).startsWith("Unknown product \"NOPE-4711\".");
        assertThat(quantity().getText()).isEmpty();
        assertSamePlace(codeAt, quantityAt, linesAt); // the message has its own place (item 4)
        desk.addLine(skus.get(3), "2");             // the scan replaces the wrong code
        desk.addLine(skus.get(4), "4");
        desk.waitUntil(() -> vm.lines().size() == 2 && vm.lines().stream().allMatch(l -> l.state() == EntryLine.State.NOW));
        assertThat(vm.lines().get(0).quantity()).isEqualByComparingTo("2");

        desk.type(KeyCode.UP); // item 6: Up from Code/EAN into the lines, on the last one
        desk.waitUntil(() -> lines().isFocused());
        assertThat(lines().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        desk.type(KeyCode.DELETE);
        desk.waitUntil(() -> vm.lines().size() == 1);
        assertThat(shown("#entry-notice")).isEqualTo("Line 2 removed (" + skus.get(4) + " × 4). Ctrl+Z puts it back.");
        shortcut(KeyCode.Z, false);
        desk.waitUntil(() -> vm.lines().size() == 2 && vm.lines().get(1).state() == EntryLine.State.NOW);
        assertThat(shown("#entry-notice")).isEqualTo("Line 2 (" + skus.get(4) + ") put back.");
        desk.type(KeyCode.UP).type(KeyCode.ENTER); // the first line's quantity, edited
        desk.write("5").type(KeyCode.ENTER);
        desk.waitUntil(() -> vm.lines().get(0).quantity().compareTo(BigDecimal.valueOf(5)) == 0);
        desk.waitUntil(() -> code().isFocused()); // back where the next scan goes
        String second = confirm(vm);

        // Order 3: ten lines, the customer's code typed and Enter before the search answered.
        shortcut(KeyCode.N, false);
        desk.waitUntil(() -> customerField().isFocused() && vm.lines().isEmpty());
        desk.write(customer.code()).type(KeyCode.ENTER);
        desk.waitUntil(() -> vm.customerProperty().get() != null && code().isFocused());
        for (int i = 0; i < 10; i++) {
            desk.addLine(skus.get(i), String.valueOf(i + 1));
        }
        desk.waitUntil(() -> vm.lines().size() == 10 && vm.lines().stream().allMatch(l -> l.state() == EntryLine.State.NOW)
                && vm.netTotalProperty().get().signum() > 0);
        desk.sleep(300);
        assertTenLinesInViewNothingCut();
        String third = confirm(vm);

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().allMatch(n -> n.startsWith("ORD-"));
        assertThat(ordo.orders().search(OrderQuery.latest(null, customer.code(), 1)).total()).isEqualTo(ordersBefore + 3);

        // Ctrl+W on an order being typed says it is kept (item 8).
        shortcut(KeyCode.N, false);
        desk.waitUntil(() -> customerField().isFocused());
        desk.write(customer.code()).type(KeyCode.ENTER);
        desk.waitUntil(() -> vm.customerProperty().get() != null && code().isFocused());
        desk.addLine(skus.get(5), "1");
        shortcut(KeyCode.W, false);
        desk.waitUntil(() -> shown("#status-notice").contains("The order for " + customer.code()
                + " with 1 line is kept as a draft: New order brings it back."));

        // The orders list: the number and Enter open the order (item 7); its columns' headers are whole (item 5).
        shortcut(KeyCode.DIGIT1, false);
        desk.waitFor("#orders-search");
        desk.waitUntil(() -> desk.lookup("#orders-search").query().isFocused());
        desk.write(second).type(KeyCode.ENTER);
        desk.waitUntil(() -> desk.main().screen("order:" + second) != null);
        desk.waitFor("#order-status");
        desk.sleep(500);
        assertThat(ShownText.cut(desk.main().screen("order:" + second).content(), KeyboardDeskTest::isHeader)).isEmpty();

        ordo.orderDrafts().discard();
    }

    @Test
    void signingOutWithAnOrderOpenAsksAndEnterKeepsTheUserSignedIn() {
        signInByKeyboard();
        Services ordo = desk.main().services();
        ordo.orderDrafts().discard();
        CustomerView customer = DemoPicks.of(ordo).customer();
        shortcut(KeyCode.N, true);
        desk.waitFor("#entry-customer");
        NewOrderViewModel vm = ((NewOrderScreen) desk.main().screen("new-order")).viewModel();
        desk.waitUntil(() -> customerField().isFocused());
        desk.write(customer.code()).type(KeyCode.ENTER);
        desk.waitUntil(() -> vm.customerProperty().get() != null && code().isFocused());

        // What twelve Tabs and Enter reached: the user menu's Sign out. The dialog waits in a nested event loop,
        // so the item is fired from the event queue, not from a robot call that would wait for it.
        javafx.scene.control.MenuButton user = desk.lookup("#shell-user").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem signOut = user.getItems().stream()
                .filter(i -> "shell-sign-out".equals(i.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(signOut::fire);
        desk.waitFor("#sign-out-question");
        assertThat(desk.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("An order you are typing is not confirmed yet")).tryQuery()).isPresent();
        desk.type(KeyCode.ENTER); // Cancel is the default: a second stray Enter ends nothing
        desk.waitUntil(() -> desk.lookup("#sign-out-question").tryQuery().filter(Node::isVisible).isEmpty());
        assertThat(desk.main()).isNotNull();
        assertThat(desk.main().screen("new-order")).as("still signed in, the order still there").isNotNull();
        assertThat(vm.customerProperty().get().code()).isEqualTo(customer.code());
        ordo.orderDrafts().discard();
    }

    private void signInByKeyboard() {
        desk.waitFor("#sign-in-user");
        desk.waitUntil(() -> shown("#sign-in-demo-hint").startsWith("Demo company")); // item 9
        TextField user = desk.lookup("#sign-in-user").queryAs(TextField.class);
        Node password = desk.lookup("#sign-in-password").query();
        desk.waitUntil(() -> user.isFocused() || password.isFocused());
        if (password.isFocused()) {
            desk.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT); // the last user was remembered
        }
        desk.waitUntil(user::isFocused);
        shortcut(KeyCode.A, false);
        desk.write("desk").type(KeyCode.TAB).write("demo").type(KeyCode.ENTER);
        desk.waitUntil(() -> desk.main() != null);
    }

    private String confirm(NewOrderViewModel vm) {
        desk.waitUntil(() -> vm.canConfirmProperty().get());
        shortcut(KeyCode.ENTER, false);
        desk.waitFor("#entry-result-title");
        desk.waitUntil(() -> vm.resultProperty().get() != null);
        return vm.resultProperty().get().number();
    }

    /** Ten lines at 1366×768: all in view with the totals, and SKU, quantity, price, net and availability whole. */
    private void assertTenLinesInViewNothingCut() {
        TableView<EntryLine> table = lines();
        Bounds view = ShownText.at(table);
        List<Integer> inView = new ArrayList<>();
        for (Node n : desk.from(table).lookup(".table-row-cell").queryAll()) {
            javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) n;
            Bounds b = ShownText.at(row);
            if (!row.isEmpty() && row.isVisible() && b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY() + 1) {
                inView.add(row.getIndex());
            }
        }
        assertThat(inView).as("rows wholly in view").contains(0, 9);
        Node gross = desk.lookup(n -> n instanceof Label l && "Total".equals(l.getText())).query();
        assertThat(ShownText.at(gross).getMaxY()).isLessThanOrEqualTo(desk.scene().getHeight());
        Set<String> mustBeWhole = Set.of("#", "SKU", "Qty", "Quantity", "Unit price", "Net", "Availability", "Disc. %");
        assertThat(ShownText.cut(table, inColumns(table, mustBeWhole))).isEmpty();
    }

    private static boolean isHeader(Labeled l) {
        for (javafx.scene.Parent p = l.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("column-header")) {
                return true;
            }
        }
        return false;
    }

    private static Predicate<Labeled> inColumns(TableView<?> table, Set<String> titles) {
        return l -> {
            for (Node p = l; p != null && p != table; p = p.getParent()) {
                if (p instanceof TableCell<?, ?> c && c.getTableColumn() != null) {
                    return titles.contains(c.getTableColumn().getText());
                }
                if (p.getStyleClass().contains("column-header") && l.getText() != null) {
                    return titles.contains(l.getText());
                }
            }
            return false;
        };
    }

    private void assertSamePlace(Bounds code, Bounds quantity, Bounds lines) {
        assertThat(ShownText.at(code())).as("Code/EAN").isEqualTo(code);
        assertThat(ShownText.at(quantity())).as("Quantity").isEqualTo(quantity);
        assertThat(ShownText.at(lines()).getMinY()).as("the lines table").isEqualTo(lines.getMinY());
    }

    private void shortcut(KeyCode key, boolean shift) {
        if (shift) {
            desk.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
        } else {
            desk.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        }
    }

    private String shown(String query) {
        return desk.lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Labeled) n).getText())
                .map(t -> t == null ? "" : t).orElse("");
    }

    private TextField code() {
        return desk.lookup("#entry-code").queryAs(TextField.class);
    }

    private TextField quantity() {
        return desk.lookup("#entry-quantity").queryAs(TextField.class);
    }

    private TextField customerField() {
        return desk.lookup("#entry-customer").queryAs(TextField.class);
    }

    private TableView<EntryLine> lines() {
        return desk.lookup("#entry-lines").queryTableView();
    }
}
