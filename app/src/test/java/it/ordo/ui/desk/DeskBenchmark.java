package it.ordo.ui.desk;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The desktop's speed figures for docs/benchmarks.md, each beside a baseline
 * measured in the same run. Not part of the normal build; run with
 * {@code mvn -B test -pl app -am -Dtest=DeskBenchmark -Dordo.test.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dordo.test.network.skip=true -Dordo.test.postgres.skip=true}.
 */
@Tag("bench")
class DeskBenchmark {

    private static final int LAUNCHES = 3;

    @Test
    void launchToAUsableMainWindow() throws Exception {
        Path data = DemoDataFolder.get();
        List<Map<String, Long>> baseline = new ArrayList<>();
        List<Map<String, Long>> desk = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            baseline.add(probe("baseline"));
            desk.add(probe(data.toString()));
        }
        System.out.printf("%nLaunch (ms since the JVM started, median of %d, on the demo company)%n", LAUNCHES);
        System.out.printf("  baseline: bare JavaFX window shown      %6d%n", median(baseline, "window"));
        System.out.printf("  Ordo: sign-in screen shown (typing)     %6d%n", median(desk, "signin"));
        System.out.printf("  Ordo: sign-in button on (db open)       %6d%n", median(desk, "ready"));
        System.out.printf("  Ordo: sign-in typed and submitted        %6d%n", median(desk, "submitted"));
        System.out.printf("  Ordo: main window shown                  %6d%n", median(desk, "main"));
        System.out.printf("  Ordo: first orders page shown            %6d%n", median(desk, "orders"));
    }

    /**
     * A scripted session on the running desktop: 40 lines typed by keyboard, each timed from the Enter on its
     * code to the price and availability shown (the view model's quote for the code) and from the Enter on its
     * quantity to the line's own quote; beside it the same quotes asked of the service directly. Meanwhile an
     * animation timer counts the JavaFX pulses that came more than 100 ms apart (stalls), then the session also
     * opens the order list, the stock and the customers.
     */
    @Test
    void typingAnOrderAndPulseStalls() throws Exception {
        try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
            desk.signIn("desk", "demo");
            it.ordo.application.Services ordo = desk.main().services();
            DemoPicks picks = DemoPicks.of(ordo);
            List<String> skus = ordo.inventory().stock(null, picks.customer().defaultWarehouse(), 0, 400).stream()
                    .filter(s -> s.available().compareTo(java.math.BigDecimal.TEN) > 0).map(s -> s.sku()).limit(40).toList();
            ordo.orderDrafts().discard();
            PulseMonitor pulses = new PulseMonitor();
            desk.interact(pulses::start);
            desk.clickOn("#nav-new-order");
            desk.waitFor("#entry-customer");
            desk.chooseCustomer(picks.customerNamePart(), picks.customer().code());
            it.ordo.ui.entry.NewOrderViewModel vm =
                    ((it.ordo.ui.entry.NewOrderScreen) desk.main().screen("new-order")).viewModel();
            List<Long> codeToQuote = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Long> lineToQuote = new java.util.concurrent.CopyOnWriteArrayList<>();
            long[] enterOnCode = new long[1];
            desk.interact(() -> {
                desk.lookup("#entry-code").query().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                        enterOnCode[0] = System.nanoTime();
                    }
                });
                vm.codeQuoteProperty().addListener((o, was, quote) -> {
                    if (quote != null && enterOnCode[0] != 0) {
                        codeToQuote.add(System.nanoTime() - enterOnCode[0]);
                        enterOnCode[0] = 0;
                    }
                });
                vm.lines().addListener((javafx.collections.ListChangeListener<it.ordo.ui.entry.EntryLine>) change -> {
                    while (change.next()) {
                        for (it.ordo.ui.entry.EntryLine line : change.getAddedSubList()) {
                            long added = System.nanoTime();
                            line.stateProperty().addListener((o, was, state) -> {
                                if (was == it.ordo.ui.entry.EntryLine.State.QUOTING) {
                                    lineToQuote.add(System.nanoTime() - added);
                                }
                            });
                        }
                    }
                });
            });
            for (String sku : skus) {
                desk.write(sku).type(javafx.scene.input.KeyCode.ENTER);
                desk.waitUntil(() -> vm.codeQuoteProperty().get() != null);
                desk.write("2").type(javafx.scene.input.KeyCode.ENTER);
            }
            desk.waitUntil(() -> vm.lines().size() == skus.size() && vm.lines().stream()
                    .allMatch(l -> l.stateProperty().get() != it.ordo.ui.entry.EntryLine.State.QUOTING));
            List<Long> direct = new ArrayList<>();
            for (String sku : skus) {
                long t = System.nanoTime();
                ordo.orderEntry().quote(picks.customer().code(), sku, java.math.BigDecimal.valueOf(2), null, null);
                direct.add(System.nanoTime() - t);
            }
            desk.clickOn("#nav-orders");
            desk.sleep(1500);
            desk.clickOn("#nav-stock");
            desk.sleep(1500);
            desk.clickOn("#nav-customers");
            desk.sleep(1500);
            desk.interact(pulses::stop);
            ordo.orderDrafts().discard();
            System.out.printf("%nOrder entry, %d lines typed on the demo company (ms)%n", skus.size());
            System.out.printf("  baseline: OrderEntryService.quote called directly  median %5.1f  p95 %5.1f%n",
                    pct(direct, 50), pct(direct, 95));
            System.out.printf("  code Enter -> price and availability shown         median %5.1f  p95 %5.1f%n",
                    pct(codeToQuote, 50), pct(codeToQuote, 95));
            System.out.printf("  quantity Enter -> line priced and promised         median %5.1f  p95 %5.1f%n",
                    pct(lineToQuote, 50), pct(lineToQuote, 95));
            System.out.printf("JavaFX pulses during the session: %d frames, stalls over 100 ms: %d %s, worst gap %d ms%n",
                    pulses.frames(), pulses.stalls().size(), pulses.stalls(), pulses.worstMillis());
        }
    }

    /**
     * The stock screen's view model over 100,000 stock rows (a test company plus 50,000 generated products in
     * two warehouses): each filter and sort timed from the request to the page and its total in the model,
     * beside the same page asked of the database with one plain JDBC query.
     */
    @Test
    void stockViewOverAHundredThousandRows() throws Exception {
        try (it.ordo.testing.TestCompany company = it.ordo.testing.TestCompany.standard()) {
            long rows = it.ordo.testing.BulkStock.addProducts(company.ctx.database().dataSource(), 50_000, 42);
            it.ordo.ui.stock.StockViewModel vm = new it.ordo.ui.stock.StockViewModel(company.ctx.inventory(),
                    new it.ordo.i18n.Texts(java.util.Locale.ENGLISH), new it.ordo.ui.SameThreadExecutor());
            vm.load();
            System.out.printf("%nStock view over %,d stock rows (ms, median of 5 after one warm-up)%n", rows + 6);
            System.out.printf("  baseline: plain JDBC page of 100 by SKU + count    %6.1f%n", median(() -> jdbcPage(company)));
            System.out.printf("  first page, sorted by SKU                          %6.1f%n", median(vm::load));
            vm.sortBy(it.ordo.domain.inventory.StockSort.AVAILABLE, true);
            System.out.printf("  sort by available, descending                      %6.1f%n", median(vm::search));
            vm.sortBy(it.ordo.domain.inventory.StockSort.DESCRIPTION, false);
            System.out.printf("  sort by description                                %6.1f%n", median(vm::search));
            vm.sortBy(it.ordo.domain.inventory.StockSort.SKU, false);
            System.out.printf("  next page                                          %6.1f%n", median(() -> {
                vm.nextPage();
                vm.previousPage();
            }) / 2);
            vm.textProperty().set("vite");
            System.out.printf("  text filter (part of the description)              %6.1f%n", median(vm::search));
            vm.textProperty().set("");
            vm.belowReorderPointProperty().set(true);
            System.out.printf("  below reorder point                                %6.1f%n", median(vm::search));
            vm.belowReorderPointProperty().set(false);
            vm.withBackordersProperty().set(true);
            System.out.printf("  with backorders                                    %6.1f%n", median(vm::search));
            vm.withBackordersProperty().set(false);
            vm.warehouseProperty().set("BOL");
            System.out.printf("  one warehouse                                      %6.1f%n", median(vm::search));
        }
    }

    private static void jdbcPage(it.ordo.testing.TestCompany company) {
        try (java.sql.Connection c = company.ctx.database().dataSource().getConnection();
             java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet r = s.executeQuery("SELECT p.sku, p.description, w.code, s.on_hand, s.allocated "
                    + "FROM stock s JOIN product p ON p.id = s.product_id JOIN warehouse w ON w.id = s.warehouse_id "
                    + "ORDER BY p.sku, w.code OFFSET 0 ROWS FETCH NEXT 100 ROWS ONLY")) {
                while (r.next()) {
                    r.getString(1);
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stock")) {
                r.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(Runnable work) {
        work.run();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.run();
            times.add(System.nanoTime() - t);
        }
        return pct(times, 50);
    }

    private static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static long median(List<Map<String, Long>> runs, String key) {
        return runs.stream().map(r -> r.get(key)).sorted().toList().get(runs.size() / 2);
    }

    /** One launch in a fresh JVM with the test class path, headless like the tests. */
    private static Map<String, Long> probe(String argument) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dtestfx.robot=glass", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dtestfx.headless=true", "-Djava.awt.headless=true",
                "-Dheadless.geometry=1600x1000-32", "-cp", System.getProperty("java.class.path"),
                LaunchProbe.class.getName(), argument));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[1].matches("\\d+")) {
                    figures.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        process.waitFor();
        return figures;
    }
}
