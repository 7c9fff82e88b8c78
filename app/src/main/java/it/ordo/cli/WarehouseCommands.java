package it.ordo.cli;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.PackTask;
import it.ordo.application.fulfilment.PickQueueRow;
import it.ordo.application.fulfilment.PickingStarted;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.domain.fulfilment.Freight;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.fulfilment.TransportReason;
import it.ordo.infrastructure.fulfilment.Printers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.print.PrintException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The warehouse from the command line: pick, pack, ship, ddt, label, manifest, bin, carrier. */
final class WarehouseCommands {

    private WarehouseCommands() {
    }

    @Command(name = "pick")
    static final class Pick {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(PickList.class, PickStart.class, PickPrint.class);
    }

    @Command(name = "list")
    static final class PickList extends BaseCommand {
        @Parameters(paramLabel = "WAREHOUSE", descriptionKey = "opt.warehouse")
        String warehouse;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<PickQueueRow> rows = services().fulfilment().toPick(warehouse);
            if (json) {
                json(rows);
                return Cli.OK;
            }
            if (rows.isEmpty()) {
                out().println(t("cli.pick.none", v(warehouse.strip().toUpperCase(Locale.ROOT))));
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.order"), t("cli.col.customer"), t("cli.pick.tier"),
                    t("cli.pick.priority"), t("cli.col.promised"), t("cli.pick.ordered"), t("cli.col.status"),
                    t("cli.pick.lines")).right(7);
            rows.forEach(r -> table.row(r.orderNumber(), r.customerName(), r.tier(), r.priority(),
                    date(r.promisedDate()), dateTime(r.orderedAt()), r.status(), r.lines()));
            table.print(out(), "");
            return Cli.OK;
        }
    }

    @Command(name = "start")
    static final class PickStart extends BaseCommand {
        @Parameters(paramLabel = "ORDER", arity = "1..*", descriptionKey = "opt.order.numbers")
        List<String> orders;

        @Override
        protected int execute() {
            for (PickingStarted s : services().fulfilment().startPicking(orders)) {
                out().println(t("cli.pick.started", v(s.orderNumber()), v(s.by()), v(dateTime(s.at()))));
            }
            return Cli.OK;
        }
    }

    @Command(name = "print")
    static final class PickPrint extends BaseCommand {
        @Parameters(paramLabel = "ORDER", arity = "1..*", descriptionKey = "opt.order.numbers")
        List<String> orders;

        @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "opt.document.out")
        Path target;

        @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "opt.printer")
        String printer;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            byte[] pdf = services().shippingDocuments().pickListPdf(orders);
            deliver(this, pdf, false, target, Path.of("pick-list.pdf"), printer, force, "pick list");
            return Cli.OK;
        }
    }

    @Command(name = "pack")
    static final class Pack extends BaseCommand {
        @Parameters(paramLabel = "ORDER", descriptionKey = "opt.order.number")
        String order;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            PackTask task = services().fulfilment().packTask(order);
            if (json) {
                json(task);
                return Cli.OK;
            }
            out().println(t("cli.pack.header", v(task.orderNumber()), v(task.customerName()), v(task.shipTo())));
            Table table = new Table(t("cli.col.line"), t("cli.pick.bin"), t("cli.col.sku"), t("cli.pack.ean"),
                    t("cli.col.description"), t("cli.col.qty"), t("cli.col.unit")).right(0, 5);
            task.lines().forEach(l -> table.row(l.orderLineNo(), l.bin() == null ? "" : l.bin(), l.sku(),
                    l.ean() == null ? "" : l.ean(), l.description(), qty(l.toPack()), l.unit()));
            table.print(out(), "  ");
            return Cli.OK;
        }
    }

    @Command(name = "ship", sortOptions = false)
    static final class Ship extends BaseCommand {
        @Parameters(paramLabel = "ORDER", descriptionKey = "opt.order.number")
        String order;

        @Option(names = "--parcel", paramLabel = "CODE=QTY,...[;weight=KG][;tracking=NO][;size=LxWxH]",
                required = true, descriptionKey = "opt.ship.parcel")
        List<String> parcels;

        @Option(names = "--carrier", paramLabel = "CODE", descriptionKey = "opt.ship.carrier")
        String carrier;

        @Option(names = "--by", paramLabel = "SENDER|RECIPIENT|CARRIER", descriptionKey = "opt.ship.by")
        TransportBy by;

        @Option(names = "--reason", paramLabel = "SALE|RETURN|APPROVAL|PROCESSING|GIFT",
                descriptionKey = "opt.ship.reason")
        TransportReason reason;

        @Option(names = "--freight", paramLabel = "PREPAID|COLLECT", descriptionKey = "opt.ship.freight")
        Freight freight;

        @Option(names = "--appearance", paramLabel = "TEXT", descriptionKey = "opt.ship.appearance")
        String appearance;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<ShipRequest.ParcelRequest> requests = new ArrayList<>();
            for (int i = 0; i < parcels.size(); i++) {
                requests.add(parcel(i + 1, parcels.get(i)));
            }
            ShipmentView s = services().fulfilment().ship(new ShipRequest(order, by, carrier, reason, freight, appearance,
                    null, requests));
            if (json) {
                json(s);
                return Cli.OK;
            }
            out().println(t("cli.ship.done", v(s.ddtNumber()), v(s.orderNumber()), v(s.orderStatus())));
            printShipment(this, s);
            return Cli.OK;
        }

        /** "P1=6,4006381333931=2;weight=1.5;tracking=BRT1;size=30x20x10". */
        private ShipRequest.ParcelRequest parcel(int no, String spec) {
            String[] parts = spec.split(";");
            List<ShipRequest.Item> items = new ArrayList<>();
            BigDecimal weight = null;
            String tracking = null;
            Integer[] size = {null, null, null};
            for (String item : parts[0].split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] kv = item.split("=", 2);
                items.add(new ShipRequest.Item(kv[0].strip(), kv.length < 2 ? BigDecimal.ONE : number(no, kv[1])));
            }
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                String key = kv[0].strip().toLowerCase(Locale.ROOT);
                String value = kv.length < 2 ? "" : kv[1].strip();
                switch (key) {
                    case "weight" -> weight = number(no, value);
                    case "tracking" -> tracking = value;
                    case "size" -> {
                        String[] sides = value.toLowerCase(Locale.ROOT).split("x");
                        if (sides.length != 3) {
                            throw usageError("cli.ship.badParcel", no, v(parts[i]));
                        }
                        for (int s = 0; s < 3; s++) {
                            size[s] = number(no, sides[s]).intValue();
                        }
                    }
                    default -> throw usageError("cli.ship.badParcel", no, v(parts[i]));
                }
            }
            return new ShipRequest.ParcelRequest(weight, size[0], size[1], size[2], tracking, items);
        }

        private BigDecimal number(int parcel, String text) {
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw usageError("cli.ship.badParcel", parcel, v(text));
            }
        }
    }

    @Command(name = "ddt")
    static final class Ddt {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(DdtShow.class, DdtPdf.class, DdtCancel.class);
    }

    @Command(name = "show")
    static final class DdtShow extends BaseCommand {
        @Parameters(paramLabel = "DDT", descriptionKey = "opt.ddt.number")
        String number;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            ShipmentView s = services().fulfilment().shipment(number);
            if (json) {
                json(s);
                return Cli.OK;
            }
            out().println(t("cli.ddt.title", v(s.ddtNumber()), v(s.orderNumber())));
            printShipment(this, s);
            return Cli.OK;
        }
    }

    @Command(name = "pdf")
    static final class DdtPdf extends BaseCommand {
        @Parameters(paramLabel = "DDT", descriptionKey = "opt.ddt.number")
        String number;

        @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "opt.document.out")
        Path target;

        @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "opt.printer")
        String printer;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            byte[] pdf = services().shippingDocuments().ddtPdf(number);
            deliver(this, pdf, false, target, Path.of(number.strip().toUpperCase(Locale.ROOT) + ".pdf"), printer,
                    force, number);
            return Cli.OK;
        }
    }

    @Command(name = "cancel")
    static final class DdtCancel extends BaseCommand {
        @Parameters(paramLabel = "DDT", descriptionKey = "opt.ddt.number")
        String number;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "opt.ddt.reason")
        String reason;

        @Override
        protected int execute() {
            ShipmentView s = services().fulfilment().cancelDdt(number, reason);
            out().println(t("cli.ddt.cancelled", v(s.ddtNumber())));
            return Cli.OK;
        }
    }

    @Command(name = "label")
    static final class Label extends BaseCommand {
        @Parameters(paramLabel = "DDT", descriptionKey = "opt.ddt.number")
        String number;

        @Option(names = "--format", paramLabel = "pdf|zpl", defaultValue = "pdf", descriptionKey = "opt.label.format")
        String format;

        @Option(names = "--dpi", paramLabel = "203|300", defaultValue = "203", descriptionKey = "opt.label.dpi")
        int dpi;

        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "opt.document.out")
        Path target;

        @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "opt.printer")
        String printer;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            String f = format.strip().toLowerCase(Locale.ROOT);
            String base = "labels-" + number.strip().toUpperCase(Locale.ROOT);
            switch (f) {
                case "pdf" -> deliver(this, services().shippingDocuments().labelsPdf(number), false, target,
                        Path.of(base + ".pdf"), printer, force, base);
                case "zpl" -> deliver(this, services().shippingDocuments().labelsZpl(number, dpi)
                        .getBytes(StandardCharsets.UTF_8), true, target, Path.of(base + ".zpl"), printer, force, base);
                default -> throw usageError("cli.label.format", v(format));
            }
            return Cli.OK;
        }
    }

    @Command(name = "manifest")
    static final class Manifest extends BaseCommand {
        @Parameters(index = "0", paramLabel = "CARRIER", descriptionKey = "opt.carrier.code")
        String carrier;

        @Parameters(index = "1", paramLabel = "WAREHOUSE", descriptionKey = "opt.warehouse")
        String warehouse;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "opt.manifest.date")
        java.time.LocalDate day;

        @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "opt.document.out")
        Path target;

        @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "opt.printer")
        String printer;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            java.time.LocalDate date = day != null ? day : java.time.LocalDate.now(ctx().clock());
            byte[] pdf = services().shippingDocuments().manifestPdf(carrier, warehouse, date);
            String name = "manifest-" + carrier.strip().toUpperCase(Locale.ROOT) + "-"
                    + warehouse.strip().toUpperCase(Locale.ROOT) + "-" + date;
            deliver(this, pdf, false, target, Path.of(name + ".pdf"), printer, force, name);
            return Cli.OK;
        }
    }

    @Command(name = "bin")
    static final class Bin extends BaseCommand {
        @Parameters(index = "0", paramLabel = "SKU", descriptionKey = "opt.sku")
        String sku;

        @Parameters(index = "1", paramLabel = "WAREHOUSE", descriptionKey = "opt.warehouse")
        String warehouse;

        @Parameters(index = "2", paramLabel = "BIN", descriptionKey = "opt.bin")
        String bin;

        @Override
        protected int execute() {
            services().fulfilment().setBin(sku, warehouse, bin);
            out().println(t("cli.bin.set", v(sku), v(warehouse.strip().toUpperCase(Locale.ROOT)),
                    v(bin.strip().toUpperCase(Locale.ROOT))));
            return Cli.OK;
        }
    }

    @Command(name = "carrier")
    static final class Carrier {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(CarrierList.class, CarrierSave.class);
    }

    @Command(name = "list")
    static final class CarrierList extends BaseCommand {
        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<CarrierView> carriers = services().fulfilment().carriers();
            if (json) {
                json(carriers);
                return Cli.OK;
            }
            Table table = new Table(t("cli.carrier.code"), t("cli.carrier.name"), t("cli.carrier.address"),
                    t("cli.carrier.tracking"));
            carriers.forEach(c -> table.row(c.code(), c.name(), c.address() == null ? "" : c.address(),
                    c.trackingUrl() == null ? "" : c.trackingUrl()));
            table.print(out(), "");
            return Cli.OK;
        }
    }

    @Command(name = "save")
    static final class CarrierSave extends BaseCommand {
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "opt.carrier.code")
        String code;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "opt.carrier.name")
        String name;

        @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "opt.carrier.address")
        String address;

        @Option(names = "--tracking-url", paramLabel = "URL", descriptionKey = "opt.carrier.tracking")
        String trackingUrl;

        @Override
        protected int execute() {
            CarrierView c = services().fulfilment().saveCarrier(new CarrierView(code, name, address, trackingUrl));
            out().println(t("cli.carrier.saved", v(c.code()), v(c.name())));
            return Cli.OK;
        }
    }

    // --- shared

    @Command(name = "tracking")
    static final class Tracking {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(TrackingImport.class, TrackingWatch.class);
    }

    /** The columns of a tracking file, CSV or JSON ({"events": [...]} or a bare array). */
    static final InputFiles.Columns TRACKING_COLUMNS = new InputFiles.Columns(
            List.of("tracking", "time", "status", "place", "text", "sensor", "value"), List.of("tracking", "time"));

    @Command(name = "import")
    static final class TrackingImport extends BaseCommand {
        @Parameters(paramLabel = "FILE", descriptionKey = "opt.tracking.file")
        Path file;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<it.ordo.application.imports.ImportRow> rows = ConditionFiles.read(this, file, TRACKING_COLUMNS,
                    "events");
            it.ordo.application.fulfilment.TrackingReport report = services().fulfilment().importTracking(rows);
            if (json) {
                json(report);
                return report.errors().isEmpty() ? Cli.OK : Cli.REFUSED;
            }
            out().println(t("cli.tracking.done", report.rows(), report.recorded(), report.sensorReadings(),
                    report.duplicates(), report.delivered(), report.ordersDelivered(), report.exceptions()));
            return ConditionFiles.errors(this, report.errors(), report.rows(), true);
        }
    }

    /**
     * A folder the carriers' files are dropped into (by hand, an FTP or a
     * mail rule): each new file is imported as {@code tracking import} would,
     * then moved to done/, or to failed/ beside a report of its refused rows
     * (the rows that were good are in; importing the corrected file again
     * skips them as already known). The folder is polled, so network shares
     * work; a file is taken once its size has stopped changing. Ctrl+C lets
     * the file in hand finish, then stops.
     */
    @Command(name = "watch", sortOptions = false)
    static final class TrackingWatch extends BaseCommand {
        @Parameters(paramLabel = "DIR", descriptionKey = "opt.tracking.dir")
        Path dir;

        @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
                descriptionKey = "opt.tracking.interval")
        int interval;

        @Option(names = "--once", descriptionKey = "opt.tracking.once")
        boolean once;

        /** Files still being written by the program that copies them in. */
        private static final List<String> PARTIAL = List.of(".part", ".partial", ".tmp", ".filepart", ".crdownload");
        static final String DONE = "done";
        static final String FAILED = "failed";

        @Override
        protected int execute() throws IOException {
            if (!Files.isDirectory(dir)) {
                throw usageError("cli.tracking.noDir", v(dir));
            }
            if (interval < 1 || interval > 3600) {
                throw usageError("cli.tracking.interval", interval);
            }
            Path done = Files.createDirectories(dir.resolve(DONE));
            Path failed = Files.createDirectories(dir.resolve(FAILED));
            java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            // Ctrl+C: the file in hand is finished and moved before the process ends.
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(2, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ordo-tracking-watch-stop");
            if (!once) {
                Runtime.getRuntime().addShutdownHook(hook);
                out().println(t("cli.tracking.watching", v(dir.toAbsolutePath()), interval));
                out().flush();
            }
            int refused = 0;
            try {
                java.util.Map<Path, String> seen = new java.util.HashMap<>();
                do {
                    for (Path file : ready(seen)) {
                        if (!importFile(file, done, failed)) {
                            refused++;
                        }
                    }
                } while (!once && !stop.await(interval, java.util.concurrent.TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                // Stopped by whoever runs the command (a service manager's thread, a test): that is the request
                // honoured, not lost; left set, the flag would fail the database's close on the way out.
            } finally {
                stopped.countDown();
                if (!once) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running already
                    }
                }
            }
            if (!once) {
                out().println(t("cli.tracking.watchStopped"));
                return Cli.OK;
            }
            return refused == 0 ? Cli.OK : Cli.REFUSED;
        }

        /**
         * The files to import now, oldest first. While watching, a file is
         * taken at the second look with the same size and time, so one still
         * being copied in is left for later; with --once every file is taken.
         */
        private List<Path> ready(java.util.Map<Path, String> seen) throws IOException {
            List<Path> files;
            try (java.util.stream.Stream<Path> list = Files.list(dir)) {
                files = list.filter(Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return !name.startsWith(".") && PARTIAL.stream().noneMatch(name::endsWith);
                }).toList();
            }
            List<Path> ready = new ArrayList<>();
            java.util.Map<Path, String> now = new java.util.HashMap<>();
            for (Path f : files) {
                String look;
                try {
                    look = Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                now.put(f, look);
                if (once || look.equals(seen.get(f))) {
                    ready.add(f);
                }
            }
            seen.clear();
            seen.putAll(now);
            ready.sort(java.util.Comparator.comparing((Path f) -> now.get(f).substring(now.get(f).indexOf('@') + 1))
                    .thenComparing(Path::toString));
            return ready;
        }

        /** Imports one file and moves it; true when every row went in. */
        private boolean importFile(Path file, Path done, Path failed) throws IOException {
            String name = file.getFileName().toString();
            List<String> problems = new ArrayList<>();
            String summary = null;
            try {
                List<it.ordo.application.imports.ImportRow> rows = ConditionFiles.read(this, file, TRACKING_COLUMNS,
                        "events");
                it.ordo.application.fulfilment.TrackingReport report = services().fulfilment().importTracking(rows);
                summary = t("cli.tracking.done", report.rows(), report.recorded(), report.sensorReadings(),
                        report.duplicates(), report.delivered(), report.ordersDelivered(), report.exceptions());
                for (it.ordo.application.imports.ImportReport.RowError error : report.errors()) {
                    String reasons = render(error.problems());
                    problems.add(error.key() == null ? t("cli.import.errorLineNoKey", error.line(), v(reasons))
                            : t("cli.import.errorLine", error.line(), v(error.key()), v(reasons)));
                }
            } catch (FileProblem e) {
                problems.add(render(e.message()));
            } catch (it.ordo.domain.ValidationException e) {
                problems.add(render(e.problems()));
            } catch (it.ordo.domain.DomainException e) {
                problems.add(render(new it.ordo.domain.Message(e.key(), e.args())));
            }
            boolean ok = problems.isEmpty();
            Path moved = moveInto(file, ok ? done : failed);
            if (ok) {
                out().println(t("cli.tracking.fileDone", v(name), v(summary)));
            } else {
                List<String> lines = new ArrayList<>();
                if (summary != null) {
                    lines.add(summary);
                }
                lines.addAll(problems);
                Path errors = moved.resolveSibling(moved.getFileName() + ".errors.txt");
                Files.write(errors, lines, StandardCharsets.UTF_8);
                err().println(t("cli.tracking.fileFailed", v(name), problems.size(), v(errors)));
                problems.forEach(p -> err().println("  " + p));
            }
            out().flush();
            return ok;
        }

        /** Moves a file into done/ or failed/, keeping its name, or numbering it when one of that name is there. */
        private static Path moveInto(Path file, Path folder) throws IOException {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            Path target = folder.resolve(name);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(base + "-" + n + ext);
            }
            try {
                return Files.move(file, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                return Files.move(file, target);
            }
        }
    }

    /**
     * The company's shipping settings: its GS1 prefix and SSCC extension digit
     * (parcels get an SSCC from then on), and the warehouses that number their
     * DDTs in a series of their own. Without options, shows them.
     */
    @Command(name = "settings", sortOptions = false)
    static final class Settings extends BaseCommand {
        @Option(names = "--gs1-prefix", paramLabel = "DIGITS|none", descriptionKey = "opt.settings.gs1-prefix")
        String gs1Prefix;

        @Option(names = "--sscc-extension", paramLabel = "0-9", descriptionKey = "opt.settings.sscc-extension")
        Integer extension;

        @Option(names = "--ddt-series", paramLabel = "WAREHOUSE=SERIES", descriptionKey = "opt.settings.ddt-series")
        List<String> series;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            it.ordo.application.fulfilment.ShippingSettingsView current = services().fulfilment().shippingSettings();
            if (gs1Prefix != null || extension != null || series != null) {
                String prefix = gs1Prefix == null ? current.gs1Prefix()
                        : "none".equalsIgnoreCase(gs1Prefix.strip()) ? null : gs1Prefix;
                java.util.Map<String, String> byWarehouse = new java.util.LinkedHashMap<>();
                current.ddtSeries().forEach(w -> byWarehouse.put(w.warehouse(), w.series()));
                for (String spec : series == null ? List.<String>of() : series) {
                    int eq = spec.indexOf('=');
                    if (eq < 1) {
                        throw usageError("cli.settings.seriesFormat", v(spec));
                    }
                    String warehouse = spec.substring(0, eq).strip().toUpperCase(Locale.ROOT);
                    String code = spec.substring(eq + 1).strip();
                    if (code.isEmpty()) {
                        byWarehouse.remove(warehouse);
                    } else {
                        byWarehouse.put(warehouse, code);
                    }
                }
                current = services().fulfilment().saveShippingSettings(
                        new it.ordo.application.fulfilment.ShippingSettingsView(prefix,
                                extension == null ? current.ssccExtension() : extension,
                                byWarehouse.entrySet().stream().map(e -> new it.ordo.application.fulfilment
                                        .ShippingSettingsView.WarehouseSeries(e.getKey(), e.getValue())).toList()));
                if (!json) {
                    out().println(t("cli.settings.saved"));
                }
            }
            if (json) {
                json(current);
                return Cli.OK;
            }
            List<String> own = new ArrayList<>(current.ddtSeries().stream()
                    .map(w -> w.warehouse() + ": " + w.series()).toList());
            own.add(t("cli.settings.companySeries", v(it.ordo.domain.fulfilment.DdtNumber.SERIES)));
            new Block()
                    .add(t("cli.settings.gs1Prefix"), current.gs1Prefix() == null ? t("cli.settings.none")
                            : current.gs1Prefix())
                    .add(t("cli.settings.ssccExtension"), Integer.toString(current.ssccExtension()))
                    .add(t("cli.settings.ddtSeries"), String.join("\n", own))
                    .print(out(), "");
            return Cli.OK;
        }
    }

    static void printShipment(BaseCommand cmd, ShipmentView s) {
        new Block()
                .add(cmd.t("cli.ddt.issued"), cmd.dateTime(s.issuedAt()))
                .add(cmd.t("cli.ddt.recipient"), s.recipient().name() + ", " + s.recipient().address())
                .add(cmd.t("cli.ddt.destination"), s.destination().name() + ", " + s.destination().address())
                .add(cmd.t("cli.ddt.reason"), s.reason().name())
                .add(cmd.t("cli.ddt.transportBy"), s.transportBy().name()
                        + (s.carrier() == null ? "" : " (" + s.carrier().name() + ")"))
                .add(cmd.t("cli.ddt.parcels"), s.parcels().size() + ", " + cmd.qty(s.grossWeightKg()) + " kg")
                .add(cmd.t("cli.ddt.cancelledAt"), s.cancelled() ? cmd.dateTime(s.cancelledAt()) + " "
                        + s.cancelReason() : null)
                .print(cmd.out(), "  ");
        Table table = new Table(cmd.t("cli.col.line"), cmd.t("cli.ddt.parcel"), cmd.t("cli.col.sku"),
                cmd.t("cli.col.description"), cmd.t("cli.col.qty"), cmd.t("cli.col.unit")).right(0, 1, 4);
        s.lines().forEach(l -> table.row(l.lineNo(), l.parcelNo(), l.sku(), l.description(), cmd.qty(l.quantity()),
                l.unit()));
        table.print(cmd.out(), "  ");
        for (ShipmentView.ParcelView p : s.parcels()) {
            if (p.sscc() != null) {
                cmd.out().println("  " + cmd.t("cli.ddt.sscc", p.parcelNo(), BaseCommand.v("(00) " + p.sscc())));
            }
            if (p.trackingNumber() != null) {
                cmd.out().println("  " + cmd.t("cli.ddt.tracking", p.parcelNo(), BaseCommand.v(p.trackingNumber()),
                        BaseCommand.v(p.trackingLink() == null ? "" : p.trackingLink())));
            }
        }
        if (s.tracking() != null && !s.tracking().events().isEmpty()) {
            Table events = new Table(cmd.t("cli.tracking.time"), cmd.t("cli.ddt.parcel"), cmd.t("cli.tracking.status"),
                    cmd.t("cli.tracking.place"), cmd.t("cli.tracking.text")).right(1);
            s.tracking().events().forEach(e -> events.row(cmd.dateTime(e.at()), e.parcelNo(),
                    e.status() != null ? e.status().name() + " (" + e.carrierStatus() + ")"
                            : e.sensor().name() + " " + cmd.qty(e.value()),
                    e.place() == null ? "" : e.place(), e.text() == null ? "" : e.text()));
            events.print(cmd.out(), "  ");
        }
        if (s.tracking() != null && s.tracking().exceptionAt() != null) {
            cmd.out().println("  " + cmd.t("cli.tracking.exception", cmd.dateTime(s.tracking().exceptionAt()),
                    BaseCommand.v(s.tracking().exceptionText() == null ? "" : s.tracking().exceptionText())));
        }
    }

    /** Writes the document to a file (never over one unasked), or sends it to the named printer. */
    static void deliver(BaseCommand cmd, byte[] data, boolean raw, Path target, Path fallback, String printer,
                        boolean force, String jobName) {
        if (printer != null) {
            try {
                if (raw) {
                    Printers.printRaw(printer, data, jobName);
                } else {
                    Printers.printPdf(printer, data, jobName);
                }
            } catch (PrintException e) {
                throw new FileProblem(e, "cli.print.failed", BaseCommand.v(printer), BaseCommand.v(e.getMessage()));
            }
            cmd.out().println(cmd.t("cli.print.sent", BaseCommand.v(printer)));
            return;
        }
        Path file = cmd.root().file(target != null ? target : fallback);
        if (!force && Files.exists(file)) {
            throw new FileProblem("cli.file.exists", BaseCommand.v(file));
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (force) {
                Files.write(file, data);
            } else {
                Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new FileProblem(e, "cli.file.exists", BaseCommand.v(file));
        } catch (IOException | SecurityException e) {
            throw new FileProblem(e, "cli.file.unwritable", BaseCommand.v(file), BaseCommand.v(e.getMessage()));
        }
        cmd.out().println(file);
    }
}
