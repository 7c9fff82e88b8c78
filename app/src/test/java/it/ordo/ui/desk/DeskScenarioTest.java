package it.ordo.ui.desk;

import it.ordo.application.Services;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.customer.CustomerView;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.order.OrderStatus;
import it.ordo.ui.entry.EntryLine;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The order desk's day on the real desktop and the demo company, by keyboard:
 * sign in, find a customer by part of its name, three lines by SKU, by EAN and
 * by description with price and availability on each, a line beyond the stock
 * in amber with its promise date, Ctrl+Enter, the confirmation PDF, the order
 * found in the list by its number, cancelled with a reason, and its stock back
 * in the stock view.
 */
@Tag("desk")
class DeskScenarioTest {

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
    void takeAnOrderByKeyboardThenCancelItAndSeeTheStockComeBack() throws Exception {
        desk.signIn("desk", "demo");
        Services ordo = desk.main().services();
        DemoPicks picks = DemoPicks.of(ordo);
        CustomerView customer = picks.customer();
        String part = picks.customerNamePart();
        StockLevel bySku = picks.bySku();
        StockLevel byEan = picks.byEan();
        StockLevel byDescription = picks.byDescription();
        StockLevel amber = picks.amber();
        BigDecimal allocatedBefore = allocated(ordo, bySku.sku(), customer.defaultWarehouse());
        ordo.orderDrafts().discard(); // a draft left by an earlier test would be restored

        desk.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitFor("#entry-customer");
        desk.chooseCustomer(part, customer.code());
        desk.addLine(bySku.sku(), "3");
        desk.addLine(picks.ean(byEan), "2");
        desk.addLine(byDescription.description(), "1");
        desk.addLine(amber.sku(), amber.available().add(BigDecimal.ONE).toPlainString());

        TableView<EntryLine> lines = desk.lookup("#entry-lines").queryTableView();
        desk.waitUntil(() -> lines.getItems().size() == 4
                && lines.getItems().stream().allMatch(l -> l.stateProperty().get() != EntryLine.State.QUOTING));
        List<EntryLine> items = List.copyOf(lines.getItems());
        assertThat(items).extracting(EntryLine::sku)
                .containsExactly(bySku.sku(), byEan.sku(), byDescription.sku(), amber.sku());
        for (EntryLine line : items.subList(0, 3)) {
            assertThat(line.stateProperty().get()).as(line.sku()).isEqualTo(EntryLine.State.NOW);
            LineQuote quote = line.quoteProperty().get();
            assertThat(quote.unitPrice()).as("price of " + line.sku()).isPositive();
            assertThat(rowText(lines, line)).contains(desk.main().texts().money(quote.unitPrice()));
        }
        EntryLine late = items.get(3);
        assertThat(late.stateProperty().get()).as("%s qty %s available %s (stock said %s, incoming %s)", late.sku(), late.quantity(),
                late.quoteProperty().get().available(), amber.available(), amber.incoming()).isEqualTo(EntryLine.State.LATER);
        assertThat(late.quoteProperty().get().promiseDate()).isNotNull();
        assertThat(rowText(lines, late)).contains(desk.main().texts().date(late.quoteProperty().get().promiseDate()));

        desk.clickOn(rowNode(late)).type(KeyCode.DELETE); // the customer takes the other three now
        desk.waitUntil(() -> lines.getItems().size() == 3);

        desk.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        desk.waitFor("#entry-result-title");
        String number = desk.lookup("#entry-result-title").queryAs(Label.class).getText().replace("Order ", "").trim();
        assertThat(number).startsWith("ORD-");
        assertThat(allocated(ordo, bySku.sku(), customer.defaultWarehouse()))
                .isEqualByComparingTo(allocatedBefore.add(BigDecimal.valueOf(3)));

        desk.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        desk.waitUntil(() -> !desk.openedFiles.isEmpty());
        try (var pdf = Loader.loadPDF(Files.readAllBytes(desk.openedFiles.getFirst()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(number).contains(customer.name());
        }

        desk.clickOn("#nav-orders");
        desk.waitFor("#orders-search");
        desk.clickOn("#orders-search").eraseText(30).write(number);
        TableView<?> orders = desk.lookup("#orders-table").queryTableView();
        desk.waitUntil(() -> orders.getItems().size() == 1);
        desk.clickOn("#orders-table").type(KeyCode.ENTER);
        desk.waitFor("#order-cancel");
        desk.clickOn("#order-cancel");
        desk.waitFor("#cancel-reason");
        desk.clickOn("#cancel-reason").write("Customer changed their mind");
        desk.type(KeyCode.ENTER);
        desk.waitUntil(() -> desk.lookup("#order-status").tryQuery()
                .map(n -> ((Label) n).getText()).filter("Cancelled"::equals).isPresent());

        desk.clickOn("#nav-stock");
        desk.waitFor("#stock-search");
        desk.clickOn("#stock-search").eraseText(30).write(bySku.sku());
        TableView<?> stock = desk.lookup("#stock-table").queryTableView();
        String allocatedText = desk.main().texts().number(allocatedBefore);
        desk.waitUntil(() -> stock.getItems().size() >= 1 && rowTexts(stock).stream()
                .anyMatch(t -> t.contains(bySku.sku()) && t.contains(customer.defaultWarehouse())));
        assertThat(allocated(ordo, bySku.sku(), customer.defaultWarehouse())).isEqualByComparingTo(allocatedBefore);
        assertThat(rowTexts(stock)).anyMatch(t -> t.contains(customer.defaultWarehouse()) && t.contains(allocatedText));
    }

    @Test
    void aBlockedCustomerCannotBeOrderedFor() {
        desk.signIn("desk", "demo");
        Services ordo = desk.main().services();
        Optional<CustomerView> blocked = ordo.customers().list(null, 0, 500).stream().filter(CustomerView::blocked)
                .findFirst();
        assertThat(blocked).as("the demo company has blocked customers").isPresent();
        long ordersBefore = ordo.orders().search(OrderQuery.latest(null, blocked.get().code(), 500)).total();
        ordo.orderDrafts().discard();
        desk.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitFor("#entry-customer");
        desk.clickOn("#entry-customer").write(blocked.get().code());
        desk.waitUntil(() -> desk.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(blocked.get().code())).tryQuery().isPresent());
        desk.type(KeyCode.ENTER);
        desk.waitUntil(() -> desk.lookup(n -> n instanceof javafx.scene.control.Labeled l && n.isVisible()
                && l.getText() != null && l.getText().contains("is blocked: no order can be confirmed")).tryQuery().isPresent());
        desk.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        desk.sleep(1000);
        assertThat(desk.lookup("#entry-result-title").tryQuery()).isEmpty();
        assertThat(ordo.orders().search(OrderQuery.latest(null, blocked.get().code(), 500)).total()).isEqualTo(ordersBefore);
    }

    @Test
    void theWarehouseSeesAnOrderButNotTheActionsToChangeIt() {
        desk.signIn("warehouse", "demo");
        String number = desk.main().services().orders().search(OrderQuery.latest(OrderStatus.CONFIRMED, null, 1)).rows().getFirst().number();
        desk.interact(() -> desk.main().openOrder(number));
        desk.waitFor("#order-status");
        assertThat(desk.lookup("#order-cancel").tryQuery().filter(Node::isVisible)).isEmpty();
        assertThat(desk.lookup("#order-hold").tryQuery().filter(Node::isVisible)).isEmpty();
        desk.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        desk.sleep(500);
        assertThat(desk.lookup("#entry-customer").tryQuery()).as("no way into New order").isEmpty();
    }

    private static BigDecimal allocated(Services ordo, String sku, String warehouse) {
        return ordo.inventory().stock(sku, warehouse, 0, 1).getFirst().allocated();
    }

    private String rowText(TableView<?> table, Object item) {
        return desk.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == item)
                .map(DeskScenarioTest::text).findFirst().orElse("");
    }

    private Node rowNode(Object item) {
        return desk.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == item).findFirst().orElseThrow();
    }

    private List<String> rowTexts(TableView<?> table) {
        return desk.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> !((javafx.scene.control.TableRow<?>) n).isEmpty()).map(DeskScenarioTest::text).toList();
    }

    /** Every text shown inside a node, joined: what the user reads on a row. */
    private static String text(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            all.append(l.getText()).append(' ');
        }
        if (node instanceof javafx.scene.text.Text t) {
            all.append(t.getText()).append(' ');
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                all.append(text(child));
            }
        }
        return all.toString();
    }
}
