package it.ordo.cli;

import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.order.OrderPage;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo order ...}: placing orders from files, looking them up, printing them and moving them along. */
@Command(name = "order")
final class OrderCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(OrderCommand.PlaceOrders.class, OrderCommand.ListOrders.class,
            OrderCommand.ShowOrder.class, OrderCommand.DocumentOrder.class, OrderCommand.CancelOrder.class,
            OrderCommand.HoldOrder.class, OrderCommand.ReleaseOrder.class, OrderCommand.PickOrder.class,
            OrderCommand.PackOrder.class, OrderCommand.ShipOrder.class, OrderCommand.DeliverOrder.class,
            OrderHistoryCommand.class, IntakeCommands.ImportOrders.class, IntakeCommands.Mapping.class,
            HistoryImportCommand.class);

    /** What became of one order of the file (the JSON of {@code order place --json}). */
    record PlaceResult(String externalRef, boolean placed, OrderView order, List<String> errors) {
    }

    @Command(name = "place")
    static final class PlaceOrders extends BaseCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "opt.order.file")
        Path file;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            Set<String> unknown = new LinkedHashSet<>();
            List<OrderFiles.Entry> entries = OrderFiles.read(file, unknown);
            unknown.forEach(name -> err().println(t("cli.file.unknownColumn", v(name))));
            if (entries.isEmpty()) {
                err().println(t("cli.place.none"));
                if (json) {
                    json(List.of());
                }
                return Cli.OK;
            }
            List<PlaceResult> results = new ArrayList<>();
            for (OrderFiles.Entry entry : entries) {
                results.add(place(entry));
            }
            if (json) {
                json(results);
            }
            long placed = results.stream().filter(PlaceResult::placed).count();
            long held = results.stream().filter(r -> r.placed() && r.order().status() == OrderStatus.ON_HOLD).count();
            String summary = t("cli.place.summary", placed, results.size(), held, results.size() - placed);
            (json ? err() : out()).println(summary);
            return placed == results.size() ? Cli.OK : Cli.REFUSED;
        }

        private PlaceResult place(OrderFiles.Entry entry) {
            List<String> errors = new ArrayList<>();
            OrderView view = null;
            if (!entry.problems().isEmpty()) {
                entry.problems().forEach(m -> errors.add(render(m)));
            } else {
                try {
                    view = services().orders().place(entry.request());
                    services().documents().keepConfirmation(view.number());
                } catch (ValidationException e) {
                    e.problems().forEach(m -> errors.add(render(m)));
                } catch (DomainException e) {
                    errors.add(texts().describe(e));
                }
            }
            if (view == null) {
                String who = entry.externalRef() != null ? entry.externalRef() : t("cli.place.noRef");
                err().println(t("cli.place.refused", v(who), v(render(entry.where()))));
                errors.forEach(e -> err().println("  - " + e));
                return new PlaceResult(entry.externalRef(), false, null, errors);
            }
            if (!json) {
                printPlaced(view);
            }
            return new PlaceResult(entry.externalRef(), true, view, List.of());
        }

        private void printPlaced(OrderView o) {
            out().println(String.join("  ", o.number(), o.status().name(),
                    o.externalRef() == null ? "-" : o.externalRef(), o.customerCode() + " " + o.customerName(),
                    money(o.grossTotal())));
            if (o.holdReason() != null) {
                out().println("  " + t("cli.order.holdReason") + ": " + render(o.holdReason()));
            }
            lineTable(this, o, false).print(out(), "  ");
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListOrders extends BaseCommand {

        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "opt.order.status")
        OrderStatus status;

        @Option(names = "--customer", paramLabel = "CODE", descriptionKey = "opt.order.customer")
        String customer;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", descriptionKey = "opt.limit")
        int limit;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            if (limit < 1) {
                throw usageError("cli.options.limit", limit);
            }
            List<OrderListing> orders = latest();
            if (json) {
                json(orders);
                return Cli.OK;
            }
            if (orders.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.order"), t("cli.col.date"), t("cli.col.customer"), t("cli.col.name"),
                    t("cli.col.channel"), t("cli.col.status"), t("cli.col.priority"), t("cli.col.gross"),
                    t("cli.col.promised")).right(7);
            for (OrderListing o : orders) {
                LocalDate created = o.createdAt() == null ? null
                        : LocalDate.ofInstant(o.createdAt(), services().clock().getZone());
                table.row(o.number(), date(created), o.customerCode(), o.customerName(), o.channel(), o.status(),
                        o.priority(), money(o.grossTotal()), date(o.promisedDate()));
            }
            table.print(out());
            return Cli.OK;
        }

        /** The newest orders through the one search, page after page up to the limit asked for. */
        private List<OrderListing> latest() {
            List<OrderListing> rows = new ArrayList<>();
            OrderPage page;
            do {
                page = services().orders().search(new OrderQuery(status, null, null, null, null, null, null,
                        OrderSort.ORDER_DATE, true, rows.size(), limit - rows.size(), customer));
                rows.addAll(page.rows());
            } while (rows.size() < limit && page.hasNext() && !page.rows().isEmpty());
            return rows;
        }
    }

    @Command(name = "show")
    static final class ShowOrder extends BaseCommand {

        @Parameters(paramLabel = "NUMBER", descriptionKey = "opt.order.number")
        String number;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            OrderView o = services().orders().show(number);
            if (json) {
                json(o);
                return Cli.OK;
            }
            new Block()
                    .add(t("cli.order.number"), o.number())
                    .add(t("cli.order.status"), o.status())
                    .add(t("cli.order.holdReason"), o.holdReason() == null ? null : render(o.holdReason()))
                    .add(t("cli.order.channel"), o.channel())
                    .add(t("cli.order.externalRef"), o.externalRef())
                    .add(t("cli.order.customer"), o.customerCode() + " " + o.customerName())
                    .add(t("cli.order.warehouse"), o.warehouse())
                    .add(t("cli.order.priority"), o.priority())
                    .add(t("cli.order.requested"), date(o.requestedDate()))
                    .add(t("cli.order.promised"), date(o.promisedDate()))
                    .add(t("cli.order.paymentTerms"), o.paymentTerms())
                    .add(t("cli.order.created"), t("cli.order.createdBy", v(dateTime(o.createdAt())),
                            v(o.createdBy())))
                    .add(t("cli.order.shipTo"), (o.shipName() == null ? "" : o.shipName() + "\n")
                            + (o.shipAddress() == null ? "" : o.shipAddress()))
                    .add(t("cli.order.notes"), o.notes())
                    .print(out());
            out().println();
            lineTable(this, o, true).print(out());
            List<OrderView.Line> noted = o.lines().stream().filter(l -> l.priceNote() != null && !l.priceNote().isBlank())
                    .toList();
            if (!noted.isEmpty()) {
                out().println();
                out().println(t("cli.order.priceNotes"));
                noted.forEach(l -> out().println("  " + l.lineNo() + ": " + priceNote(texts(), l.priceNote())));
            }
            out().println();
            Table vat = new Table(t("cli.col.vat"), t("cli.col.taxable"), t("cli.col.vatAmount")).right(0, 1, 2);
            o.vatSummary().forEach(r -> vat.row(percent(r.rate()), money(r.taxable()), money(r.vat())));
            vat.print(out());
            out().println();
            new Block()
                    .add(t("cli.order.netTotal"), money(o.netTotal()))
                    .add(t("cli.order.vatTotal"), money(o.vatTotal()))
                    .add(t("cli.order.grossTotal"), money(o.grossTotal()))
                    .print(out());
            out().println();
            out().println(t("cli.order.history"));
            Table history = new Table(t("cli.col.when"), t("cli.col.user"), t("cli.col.from"), t("cli.col.to"),
                    t("cli.col.reason"));
            o.history().forEach(h -> history.row(dateTime(h.at()), h.user(), h.from(), h.to(),
                    h.reason() == null ? "" : render(h.reason())));
            history.print(out(), "  ");
            return Cli.OK;
        }
    }

    @Command(name = "document")
    static final class DocumentOrder extends BaseCommand {

        @Parameters(paramLabel = "NUMBER", descriptionKey = "opt.order.number")
        String number;

        @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "opt.document.out")
        Path target;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            Path file = root().file(target != null ? target : Path.of(number.strip().toUpperCase() + ".pdf"));
            // A file already there may be another order's confirmation, or one already sent: never lost unasked.
            if (!force && Files.exists(file)) {
                throw new FileProblem("cli.file.exists", v(file));
            }
            byte[] pdf = services().documents().orderConfirmation(number);
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                if (force) {
                    Files.write(file, pdf);
                } else {
                    Files.write(file, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (FileAlreadyExistsException e) {
                throw new FileProblem(e, "cli.file.exists", v(file));
            } catch (IOException | SecurityException e) {
                throw new FileProblem(e, "cli.file.unwritable", v(file), v(e.getMessage()));
            }
            out().println(file);
            return Cli.OK;
        }
    }

    /** A move of the order's state: prints the state it is in now. */
    abstract static class StateChange extends BaseCommand {

        @Parameters(paramLabel = "NUMBER", descriptionKey = "opt.order.number")
        String number;

        abstract OrderView change(OrderService orders);

        @Override
        protected final int execute() {
            OrderView o = change(services().orders());
            out().println(t("cli.order.nowStatus", v(o.number()), v(o.status())));
            if (o.status() == OrderStatus.ON_HOLD && o.holdReason() != null) {
                out().println("  " + t("cli.order.holdReason") + ": " + render(o.holdReason()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "cancel")
    static final class CancelOrder extends StateChange {

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "opt.cancel.reason")
        String reason;

        @Override
        OrderView change(OrderService orders) {
            return orders.cancel(number, reason);
        }
    }

    @Command(name = "hold")
    static final class HoldOrder extends StateChange {

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "opt.hold.reason")
        String reason;

        @Override
        OrderView change(OrderService orders) {
            return orders.hold(number, reason);
        }
    }

    @Command(name = "release")
    static final class ReleaseOrder extends StateChange {
        @Override
        OrderView change(OrderService orders) {
            OrderView released = orders.release(number);
            services().documents().keepConfirmation(released.number());
            return released;
        }
    }

    @Command(name = "pick")
    static final class PickOrder extends StateChange {
        @Override
        OrderView change(OrderService orders) {
            return orders.startPicking(number);
        }
    }

    @Command(name = "pack")
    static final class PackOrder extends StateChange {
        @Override
        OrderView change(OrderService orders) {
            return orders.pack(number);
        }
    }

    /**
     * Ships everything allocated in one parcel: the warehouse's own shipment
     * (DDT, stock ledger rows, shipped quantities, the customer's mail), in
     * one step for a small order; {@code ordo ship} packs into parcels.
     */
    @Command(name = "ship")
    static final class ShipOrder extends BaseCommand {

        @Parameters(paramLabel = "NUMBER", descriptionKey = "opt.order.number")
        String number;

        @Override
        protected int execute() {
            ShipmentView s = services().fulfilment().shipAllocated(number);
            out().println(t("cli.ship.done", v(s.ddtNumber()), v(s.orderNumber()), v(s.orderStatus())));
            return Cli.OK;
        }
    }

    @Command(name = "deliver")
    static final class DeliverOrder extends StateChange {
        @Override
        OrderView change(OrderService orders) {
            return orders.deliver(number);
        }
    }

    /** The lines with what each holds in stock; with prices when {@code full}. */
    static Table lineTable(BaseCommand cmd, OrderView o, boolean full) {
        Table table;
        if (full) {
            table = new Table(cmd.t("cli.col.line"), cmd.t("cli.col.sku"), cmd.t("cli.col.description"),
                    cmd.t("cli.col.qty"), cmd.t("cli.col.unit"), cmd.t("cli.col.price"), cmd.t("cli.col.discount"),
                    cmd.t("cli.col.vat"), cmd.t("cli.col.net"), cmd.t("cli.col.allocated"),
                    cmd.t("cli.col.backordered"), cmd.t("cli.col.promised")).right(0, 3, 5, 6, 7, 8, 9, 10);
        } else {
            table = new Table(cmd.t("cli.col.line"), cmd.t("cli.col.sku"), cmd.t("cli.col.qty"),
                    cmd.t("cli.col.allocated"), cmd.t("cli.col.backordered"), cmd.t("cli.col.promised"))
                    .right(0, 2, 3, 4);
        }
        for (OrderView.Line l : o.lines()) {
            if (full) {
                table.row(l.lineNo(), l.sku(), l.description(), cmd.qty(l.quantity()), l.unit(),
                        cmd.money(l.unitPrice()), cmd.percent(l.discountPct()), cmd.percent(l.vatRate()),
                        cmd.money(l.netAmount()), cmd.qty(l.allocated()), cmd.qty(l.backordered()), promise(cmd, l));
            } else {
                table.row(l.lineNo(), l.sku(), cmd.qty(l.quantity()), cmd.qty(l.allocated()), cmd.qty(l.backordered()),
                        promise(cmd, l));
            }
        }
        return table;
    }

    /** A backordered line with no supply in sight has no date yet: say so rather than leave a gap. */
    private static String promise(BaseCommand cmd, OrderView.Line l) {
        if (l.promisedDate() == null && l.backordered() != null && l.backordered().signum() > 0) {
            return cmd.t("cli.availability.noDate");
        }
        return cmd.date(l.promisedDate());
    }

    /** A line's price note as stored (encoded messages, one per line) in the user's language. */
    static String priceNote(Texts texts, String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String encoded : note.split("\n")) {
            parts.add(texts.render(Message.decode(encoded)));
        }
        return String.join("; ", parts);
    }
}
