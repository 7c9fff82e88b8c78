package it.ordo.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a confirmation's CPU goes: the JFR execution samples of a {@link ConfirmationBenchmark} run taken inside
 * {@code LocalOrderService.place}, counted by step of the use case, and by whose code was running (Derby,
 * PostgreSQL's driver, Hibernate, Ordo). Samples count work done, so on a shared machine they move much less than
 * the clock; compare runs by their shares, or by counts for the same number of orders.
 *
 * <pre>java -XX:StartFlightRecording=filename=x.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=512 \
 *     -cp app/target/ordo.jar it.ordo.cli.bench.ConfirmationBenchmark 1000 --target embedded --threads 1
 * java -cp app/target/ordo.jar it.ordo.cli.bench.ConfirmationProfile x.jfr</pre>
 */
public final class ConfirmationProfile {

    private static final String PLACE = "it.ordo.application.order.LocalOrderService.place";

    private ConfirmationProfile() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> areas = new TreeMap<>();
        Map<String, Integer> code = new TreeMap<>();
        int place = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames(); // innermost first
            int at = -1;
            for (int i = frames.size() - 1; i >= 0 && at < 0; i--) {
                if (name(frames.get(i)).equals(PLACE)) {
                    at = i;
                }
            }
            if (at < 0) {
                continue;
            }
            place++;
            List<String> inside = new ArrayList<>();
            for (int i = at - 1; i >= 0; i--) {
                inside.add(name(frames.get(i)));
            }
            areas.merge(area(inside), 1, Integer::sum);
            code.merge(whose(frames.subList(0, at)), 1, Integer::sum);
        }
        int total = place;
        System.out.printf("samples inside OrderService.place: %d%n", total);
        areas.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(a -> System.out.printf("%7d %6.1f %%  %s%n", a.getValue(), 100.0 * a.getValue() / total, a.getKey()));
        System.out.println("by whose code ran (innermost Derby, driver, Hibernate or Ordo frame):");
        code.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(a -> System.out.printf("%7d %6.1f %%  %s%n", a.getValue(), 100.0 * a.getValue() / total, a.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static boolean has(List<String> frames, String part) {
        return frames.stream().anyMatch(f -> f.contains(part));
    }

    /** A step of the use case and the frame names that place a sample in it (any of them). */
    private record Area(String label, String... parts) {
    }

    /** The steps, tried in this order: a sample belongs to the first whose frame it holds (the order matters). */
    private static final List<Area> AREAS = List.of(
            new Area("audit rows (values and their batch insert, at commit)", "AuditScope", ".audit."),
            new Area("order-confirmed mail row (at commit)", "OrderMailListener"),
            new Area("view returned to the caller", "OrderViews.view"),
            new Area("header: customer, warehouse, ship-to, duplicate reference", "OrderAssembly.header"),
            new Area("lines: products by code, quantity rules", "OrderAssembly.lines"),
            new Area("declaration of intent", "activeDeclaration"),
            new Area("pricing", "OrderPricing", "Pricer"),
            new Area("credit exposure", "creditHold"),
            new Area("stock row locks and read", "lockSorted", "lockStocks"),
            new Area("promise dates", "promiseRequest", "PromiseCalculator"),
            new Area("allocation, and its ledger rows written (one JDBC batch)", "OrderAssembly.allocate"),
            new Area("numbering row", "nextOrderNumber"),
            new Area("order, lines and history written (JDBC batches)", "OrderRepository.store"),
            new Area("order built (VAT, totals)", "OrderAssembly"),
            new Area("commit: flush, dirty check", "flushEntities", "DefaultFlushEntityEventListener"),
            new Area("commit: flush, what Hibernate still writes (the stock rows)", "ActionQueue"),
            new Area("commit: flush, other", "Flush", "flush"),
            new Area("commit: the database's commit", "commit", "Commit"));

    /** The step a sample belongs to, by the outermost step of the use case it is in. */
    private static String area(List<String> c) {
        for (Area area : AREAS) {
            for (String part : area.parts()) {
                if (has(c, part)) {
                    return area.label();
                }
            }
        }
        return "other (transaction begin and end, permission)";
    }

    private static String whose(List<RecordedFrame> innermostFirst) {
        for (RecordedFrame f : innermostFirst) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("org.apache.derby")) {
                return "Derby";
            }
            if (type.startsWith("org.postgresql")) {
                return "PostgreSQL driver";
            }
            if (type.startsWith("org.hibernate")) {
                return "Hibernate";
            }
            if (type.startsWith("com.zaxxer")) {
                return "HikariCP";
            }
            if (type.startsWith("it.ordo")) {
                return "Ordo";
            }
        }
        return "JDK";
    }
}
