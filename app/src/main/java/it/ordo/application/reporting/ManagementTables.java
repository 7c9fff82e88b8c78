package it.ordo.application.reporting;

import static it.ordo.application.reporting.CellType.DATE;
import static it.ordo.application.reporting.CellType.INTEGER;
import static it.ordo.application.reporting.CellType.MONEY;
import static it.ordo.application.reporting.CellType.PERCENT;
import static it.ordo.application.reporting.CellType.QUANTITY;
import static it.ordo.application.reporting.CellType.TEXT;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How the returns, tickets and stock reports are laid out, once for paper and
 * Excel: the same tables, rows and figures in both, labelled in the reader's
 * language (bundle it/ordo/i18n/reports_management). {@link #write} puts the
 * tables on sheets; the PDF renderer prints them.
 */
public final class ManagementTables {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BiFunction<String, Object[], String> label;

    private ManagementTables(BiFunction<String, Object[], String> label) {
        this.label = label;
    }

    public static ManagementTables in(BiFunction<String, Object[], String> label) {
        return new ManagementTables(label);
    }

    // ---- returns ----------------------------------------------------------------------------------------------

    public PrintedReport printed(ReturnsReport r) {
        return new PrintedReport(r.companyName(), title("mgmt.returns.title", r.warehouse()), period(r.period()),
                r.madeAt(), tables(r), t("mgmt.returns.definitions"), charts(r));
    }

    /** The reasons of the period's returns as bars: how many returns gave each, as the reasons table counts. */
    public List<ReportChart> charts(ReturnsReport r) {
        if (r.reasons().isEmpty()) {
            return List.of();
        }
        return List.of(new ReportChart(t("mgmt.returns.chart.reasons"), INTEGER, r.reasons().stream()
                .map(reason -> new ReportChart.Bar(reason.reason(), BigDecimal.valueOf(reason.returns()))).toList()));
    }

    public List<ReportTable> tables(ReturnsReport r) {
        List<List<Object>> products = new ArrayList<>();
        for (ReturnGroup g : r.byProduct()) {
            products.add(Arrays.<Object>asList(g.key() + " \u00b7 " + g.name(), g.shippedQty(), g.returnedQty(),
                    pct(g.quantityRate()), g.returnedValue(), pct(g.valueRate()), g.returns()));
        }
        List<List<Object>> customers = new ArrayList<>();
        for (ReturnGroup g : r.byCustomer()) {
            customers.add(Arrays.<Object>asList(g.key() + " \u00b7 " + g.name(), g.shippedValue(), g.returnedValue(),
                    pct(g.valueRate()), g.returnedQty(), g.returns()));
        }
        ReturnGroup all = r.total();
        List<List<Object>> reasons = new ArrayList<>();
        for (ReturnReason reason : r.reasons()) {
            reasons.add(Arrays.<Object>asList(reason.reason(), reason.returns(), pct(reason.share()), reason.quantity(),
                    reason.value()));
        }
        String none = t("mgmt.returns.none");
        return List.of(
                new ReportTable(t("mgmt.returns.sheet.customers"), t("mgmt.returns.byCustomer"), List.of(
                        col("mgmt.returns.col.customer", TEXT), col("mgmt.returns.col.shippedValue", MONEY),
                        col("mgmt.returns.col.returnedValue", MONEY), col("mgmt.returns.col.valueRate", PERCENT),
                        col("mgmt.returns.col.returnedQty", QUANTITY), col("mgmt.returns.col.returns", INTEGER)),
                        customers, Arrays.<Object>asList(t("mgmt.returns.total"), all.shippedValue(), all.returnedValue(),
                        pct(all.valueRate()), all.returnedQty(), all.returns()), none),
                new ReportTable(t("mgmt.returns.sheet.products"), t("mgmt.returns.byProduct"), List.of(
                        col("mgmt.returns.col.product", TEXT), col("mgmt.returns.col.shippedQty", QUANTITY),
                        col("mgmt.returns.col.returnedQty", QUANTITY), col("mgmt.returns.col.quantityRate", PERCENT),
                        col("mgmt.returns.col.returnedValue", MONEY), col("mgmt.returns.col.valueRate", PERCENT),
                        col("mgmt.returns.col.returns", INTEGER)), products, null, none),
                new ReportTable(t("mgmt.returns.sheet.reasons"), t("mgmt.returns.reasons"), List.of(
                        col("mgmt.returns.col.reason", TEXT), col("mgmt.returns.col.returns", INTEGER),
                        col("mgmt.returns.col.share", PERCENT), col("mgmt.returns.col.returnedQty", QUANTITY),
                        col("mgmt.returns.col.returnedValue", MONEY)), reasons, null, none));
    }

    // ---- tickets ----------------------------------------------------------------------------------------------

    public PrintedReport printed(TicketsReport r) {
        return new PrintedReport(r.companyName(), t("mgmt.tickets.title"), period(r.period()), r.madeAt(),
                tables(r), t("mgmt.tickets.definitions"), charts(r));
    }

    /**
     * The tickets opened per category, and the share of SLA kept per category where any was decided: the
     * columns of the categories table, as bars.
     */
    public List<ReportChart> charts(TicketsReport r) {
        List<ReportChart> charts = new ArrayList<>();
        List<ReportChart.Bar> opened = r.byCategory().stream().filter(g -> g.opened() > 0)
                .sorted(java.util.Comparator.comparingLong(TicketGroup::opened).reversed())
                .map(g -> new ReportChart.Bar(t("mgmt.tickets.category." + g.category().name()),
                        BigDecimal.valueOf(g.opened()))).toList();
        if (!opened.isEmpty()) {
            charts.add(new ReportChart(t("mgmt.tickets.chart.opened"), INTEGER, opened));
        }
        List<ReportChart.Bar> kept = r.byCategory().stream().filter(g -> g.slaKeptRate() != null)
                .map(g -> new ReportChart.Bar(t("mgmt.tickets.category." + g.category().name()),
                        pct(g.slaKeptRate()))).toList();
        if (!kept.isEmpty()) {
            charts.add(new ReportChart(t("mgmt.tickets.chart.slaKept"), PERCENT, kept));
        }
        return charts;
    }

    public List<ReportTable> tables(TicketsReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (TicketGroup g : r.byCategory()) {
            rows.add(ticketRow(t("mgmt.tickets.category." + g.category().name()), g));
        }
        return List.of(new ReportTable(t("mgmt.tickets.sheet"), t("mgmt.tickets.byCategory"), List.of(
                col("mgmt.tickets.col.category", TEXT), col("mgmt.tickets.col.opened", INTEGER),
                col("mgmt.tickets.col.resolved", INTEGER), col("mgmt.tickets.col.slaKept", PERCENT),
                col("mgmt.tickets.col.medianHours", QUANTITY), col("mgmt.tickets.col.p90Hours", QUANTITY),
                col("mgmt.tickets.col.overSla", INTEGER)), rows, ticketRow(t("mgmt.tickets.total"), r.total()),
                t("mgmt.tickets.none")));
    }

    private static List<Object> ticketRow(String name, TicketGroup g) {
        return Arrays.<Object>asList(name, g.opened(), g.resolved(), pct(g.slaKeptRate()), g.medianHoursToResolve(),
                g.p90HoursToResolve(), g.openOverSlaNow());
    }

    // ---- stock ------------------------------------------------------------------------------------------------

    public PrintedReport printed(StockReport r) {
        return new PrintedReport(r.companyName(), title("mgmt.stock.title", r.warehouse()),
                t("mgmt.stock.asOf", r.asOf()), r.madeAt(), tables(r), t("mgmt.stock.definitions"));
    }

    public List<ReportTable> tables(StockReport r) {
        List<List<Object>> warehouses = new ArrayList<>();
        for (StockReport.StockValue v : r.byWarehouse()) {
            warehouses.add(Arrays.<Object>asList(v.warehouse(), v.products(), v.value(), v.quarantinedValue()));
        }
        List<List<Object>> categories = new ArrayList<>();
        for (StockReport.StockValue v : r.byWarehouseAndCategory()) {
            categories.add(Arrays.<Object>asList(v.warehouse() + " \u00b7 " + v.category(), v.products(), v.value(),
                    v.quarantinedValue()));
        }
        StockReport.StockValue all = r.total();
        List<Object> total = Arrays.<Object>asList(t("mgmt.stock.total"), all.products(), all.value(), all.quarantinedValue());
        List<List<Object>> slow = new ArrayList<>();
        for (StockReport.SlowMover s : r.slowMovers()) {
            slow.add(Arrays.<Object>asList(s.sku() + " \u00b7 " + s.description(), s.warehouse(), s.onHand(), s.value(),
                    s.lastShipped(), s.daysSinceShipped()));
        }
        List<List<Object>> below = new ArrayList<>();
        for (StockReport.BelowReorder b : r.belowReorder()) {
            below.add(Arrays.<Object>asList(b.sku() + " \u00b7 " + b.description(), b.warehouse(), b.available(),
                    b.reorderPoint(), b.shortfall(), b.onHand(), b.allocated()));
        }
        String none = t("mgmt.stock.none");
        return List.of(
                new ReportTable(t("mgmt.stock.sheet.warehouses"), t("mgmt.stock.byWarehouse"), List.of(
                        col("mgmt.stock.col.warehouse", TEXT), col("mgmt.stock.col.products", INTEGER),
                        col("mgmt.stock.col.value", MONEY), col("mgmt.stock.col.quarantined", MONEY)),
                        warehouses, total, none),
                new ReportTable(t("mgmt.stock.sheet.categories"), t("mgmt.stock.byCategory"), List.of(
                        col("mgmt.stock.col.warehouseCategory", TEXT), col("mgmt.stock.col.products", INTEGER),
                        col("mgmt.stock.col.value", MONEY), col("mgmt.stock.col.quarantined", MONEY)),
                        categories, total, none),
                new ReportTable(t("mgmt.stock.sheet.slow"), t("mgmt.stock.slow", r.slowDays(), r.slowMoverCount(),
                        r.slowMoverValue(), Math.min(r.slowMoverCount(), StockReport.LISTED)), List.of(
                        col("mgmt.stock.col.product", TEXT), col("mgmt.stock.col.warehouse", TEXT),
                        col("mgmt.stock.col.onHand", QUANTITY), col("mgmt.stock.col.value", MONEY),
                        col("mgmt.stock.col.lastShipped", DATE), col("mgmt.stock.col.days", INTEGER)),
                        slow, null, t("mgmt.stock.slow.none", r.slowDays())),
                new ReportTable(t("mgmt.stock.sheet.reorder"), t("mgmt.stock.reorder", r.belowReorderCount(),
                        Math.min(r.belowReorderCount(), StockReport.LISTED)), List.of(
                        col("mgmt.stock.col.product", TEXT), col("mgmt.stock.col.warehouse", TEXT),
                        col("mgmt.stock.col.available", QUANTITY), col("mgmt.stock.col.reorderPoint", QUANTITY),
                        col("mgmt.stock.col.shortfall", QUANTITY), col("mgmt.stock.col.onHand", QUANTITY),
                        col("mgmt.stock.col.allocated", QUANTITY)), below, null, t("mgmt.stock.reorder.none")));
    }

    // ---- Excel ------------------------------------------------------------------------------------------------

    /**
     * The tables on sheets of their own, in the order printed: the heading row, the rows, then the total row;
     * a table without rows gets its sentence in the first column. {@code filters} go beside the first sheet.
     */
    public static void write(List<ReportTable> tables, List<SheetLayout.Filter> filters, SpreadsheetWriter writer)
            throws IOException {
        boolean first = true;
        for (ReportTable table : tables) {
            writer.startSheet(new SheetLayout(table.sheet(), table.columns(), first ? filters : List.of()));
            first = false;
            if (table.rows().isEmpty()) {
                writer.row(List.of(table.empty()));
            }
            for (List<Object> row : table.rows()) {
                writer.row(row);
            }
            if (table.total() != null) {
                writer.row(table.total());
            }
        }
    }

    /** What chose the rows, for the filters sheet: the period (null: none, stock is today's) and the warehouse. */
    public List<SheetLayout.Filter> filters(SalesPeriod period, String warehouse) {
        List<SheetLayout.Filter> filters = new ArrayList<>(period == null ? List.of() : filters(period));
        filters.add(new SheetLayout.Filter(t("mgmt.col.warehouse"), warehouse == null ? t("mgmt.allWarehouses")
                : warehouse));
        return filters;
    }

    /** The period alone, for what belongs to no warehouse (tickets). */
    public List<SheetLayout.Filter> filters(SalesPeriod period) {
        return List.of(new SheetLayout.Filter(t("salesExport.filter.from"), period.from().toString()),
                new SheetLayout.Filter(t("salesExport.filter.to"), period.to().toString()));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private String title(String key, String warehouse) {
        return warehouse == null ? t(key) : t(key + ".warehouse", warehouse);
    }

    private String period(SalesPeriod p) {
        return t("mgmt.period", p.from(), p.to());
    }

    private static BigDecimal pct(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED);
    }

    private String t(String key, Object... args) {
        return label.apply(key, args);
    }

    private SheetColumn col(String key, CellType type) {
        return SheetColumn.of(t(key), type);
    }
}
