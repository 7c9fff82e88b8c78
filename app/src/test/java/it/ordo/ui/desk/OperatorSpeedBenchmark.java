package it.ordo.ui.desk;

import it.ordo.application.Services;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderRequest;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.ui.entry.NewOrderScreen;
import it.ordo.ui.entry.NewOrderViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The operator-speed figures of docs/benchmarks.md: a 10-line order taken on
 * the real desktop (1366×768, demo company) the way a trained operator does
 * it, keys only — the customer's code and Enter, ten codes each with Enter,
 * its quantity and Enter, then Ctrl+Enter — timed from the first key to the
 * confirmation on screen. The time splits in two: typing (the robot's keys,
 * each delivered and handled by the window) and the app's waits (the script
 * waits only where an operator would have to: for the keyboard to reach the
 * next field, and for the result after Ctrl+Enter). Median of five orders,
 * then the same with each line found by part of its description instead of
 * its SKU. Beside them, the baseline: the same order through the services
 * directly (ten quotes and the confirmation), in the same run.
 *
 * <p>Not part of the build; run with {@code mvn -B test -pl app -am -Dtest=OperatorSpeedBenchmark
 * -Dordo.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false -Dordo.test.network.skip=true
 * -Dordo.test.postgres.skip=true} (add {@code -Dordo.test.sharedDemo=<a folder>} to keep the generated demo company there and reuse it in later runs).
 */
@Tag("bench")
class OperatorSpeedBenchmark {

    private static final int ORDERS = 5;
    private static final int LINES = 10;

    /**
     * One order's figures, in milliseconds. waits and confirmWait are timed on the JavaFX thread (from the key
     * the window handled to the moment what the operator waits for is there, seen by listeners, no polling);
     * polledWaits is the same waits as the script saw them, each rounded up by its polling of the window.
     */
    private record Run(double total, double typing, double waits, double confirmWait, double polledWaits) {
    }

    private DeskDriver desk;
    private NewOrderViewModel vm;
    private double waited;
    private double polled;
    /** What the next wait is for, evaluated on the JavaFX thread whenever something it reads changes. */
    private volatile BooleanSupplier expected;
    private volatile long keyAt;
    private volatile long doneAt;
    private long previousDoneAt;

    @Test
    void tenLineOrderByScannerAndByDescription() {
        try (DeskDriver driver = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
            desk = driver;
            desk.signIn("desk", "demo");
            Services ordo = desk.main().services();
            DemoPicks picks = DemoPicks.of(ordo);
            CustomerView customer = picks.customer();
            List<StockLevel> stocked = ordo.inventory().stock(null, customer.defaultWarehouse(), 0, 600).stream()
                    .filter(s -> s.available().compareTo(BigDecimal.valueOf(200)) > 0).toList();
            List<String> skus = stocked.stream().map(StockLevel::sku).limit(LINES).toList();
            // Descriptions only one product has: Enter on one takes that product, as an operator would use it.
            List<String> descriptions = stocked.stream().map(StockLevel::description)
                    .filter(d -> ordo.orderEntry().findProducts(d, 2).size() == 1).limit(LINES).toList();
            ordo.orderDrafts().discard();

            desk.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
            desk.waitFor("#entry-customer");
            vm = ((NewOrderScreen) desk.main().screen("new-order")).viewModel();
            desk.interact(() -> {
                javafx.scene.Scene scene = desk.scene();
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> keyAt = System.nanoTime());
                javafx.beans.InvalidationListener check = o -> check();
                scene.focusOwnerProperty().addListener(check);
                vm.customerProperty().addListener(check);
                vm.lines().addListener(check);
                vm.canConfirmProperty().addListener(check);
                vm.resultProperty().addListener(check);
            });
            take(customer.code(), skus); // one order to warm up the screen and the database
            List<Run> bySku = new ArrayList<>();
            List<Run> byDescription = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                bySku.add(take(customer.code(), skus));
                byDescription.add(take(customer.code(), descriptions));
            }
            List<Double> direct = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                direct.add(direct(ordo, customer.code(), skus));
            }
            ordo.orderDrafts().discard();

            System.out.printf("%nOperator speed: a %d-line order on the demo company, 1366x768, keys only (ms, median of %d)%n",
                    LINES, ORDERS);
            System.out.printf("  baseline: the same order through the services (10 quotes + confirm)  %7.0f%n",
                    median(direct));
            print("by SKU (scanner)       ", bySku);
            print("by description search  ", byDescription);
        }
    }

    private static void print(String what, List<Run> runs) {
        System.out.printf("  %s first key -> confirmation shown %7.0f   typing %7.0f   app waits %6.0f"
                        + "   (of which last price + Ctrl+Enter -> result %5.0f)   as polled by the script %6.0f%n",
                what, median(runs.stream().map(Run::total).toList()), median(runs.stream().map(Run::typing).toList()),
                median(runs.stream().map(Run::waits).toList()), median(runs.stream().map(Run::confirmWait).toList()),
                median(runs.stream().map(Run::polledWaits).toList()));
    }

    /** On the JavaFX thread: the first moment the expected state holds. */
    private void check() {
        BooleanSupplier c = expected;
        if (c != null && doneAt == 0 && c.getAsBoolean()) {
            doneAt = System.nanoTime();
        }
    }

    /** Says what the next wait is for, before the key that starts it. */
    private void expect(BooleanSupplier condition) {
        doneAt = 0;
        expected = condition;
    }

    /** One order from an empty screen: the customer's code, each code with its quantity, Ctrl+Enter. */
    private Run take(String customerCode, List<String> codes) {
        desk.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        desk.waitUntil(() -> field("#entry-customer").isFocused() && vm.lines().isEmpty()
                && vm.resultProperty().get() == null);
        waited = 0;
        polled = 0;
        long start = System.nanoTime();
        previousDoneAt = start;
        expect(() -> vm.customerProperty().get() != null && field("#entry-code").isFocused());
        desk.write(customerCode).type(KeyCode.ENTER);
        await();
        for (int i = 0; i < codes.size(); i++) {
            expect(() -> field("#entry-quantity").isFocused());
            desk.write(codes.get(i)).type(KeyCode.ENTER);
            await();
            int lines = i + 1;
            expect(() -> field("#entry-code").isFocused() && vm.lines().size() == lines);
            desk.write(String.valueOf(i % 4 + 1)).type(KeyCode.ENTER);
            await();
        }
        double before = waited;
        // Ctrl+Enter waits for the last line's price: the app's time.
        expect(() -> vm.canConfirmProperty().get());
        desk.interact(this::check); // it may be there already
        await();
        expect(() -> vm.resultProperty().get() != null
                && desk.lookup("#entry-result-title").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        desk.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await();
        double total = (System.nanoTime() - start) / 1e6;
        if (!vm.resultProperty().get().lines().stream().allMatch(l -> l.quantity().signum() > 0)
                || vm.resultProperty().get().lines().size() != codes.size()) {
            throw new AssertionError("the order did not come out as typed: " + vm.resultProperty().get());
        }
        return new Run(total, total - polled, waited, waited - before, polled);
    }

    /**
     * Waits for what the operator would wait for. The app's time is from the key the window handled last (or the
     * end of the previous wait, if later) to the moment the expected state first held on the JavaFX thread; the
     * script's own time to notice it (polling) is kept apart.
     */
    private void await() {
        long t = System.nanoTime();
        desk.waitUntil(() -> doneAt != 0);
        polled += (System.nanoTime() - t) / 1e6;
        long from = Math.max(keyAt, previousDoneAt);
        waited += Math.max(0, doneAt - from) / 1e6;
        previousDoneAt = doneAt;
        expected = null;
    }

    private TextField field(String query) {
        return desk.lookup(query).queryAs(TextField.class);
    }

    private static double direct(Services ordo, String customer, List<String> skus) {
        long t = System.nanoTime();
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            BigDecimal qty = BigDecimal.valueOf(i % 4 + 1);
            ordo.orderEntry().quote(customer, skus.get(i), qty, null, null);
            lines.add(new OrderRequest.LineRequest(skus.get(i), null, qty));
        }
        ordo.orders().place(new OrderRequest(null, Channel.PHONE, customer, null, null, Priority.NORMAL, null, lines, null));
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
