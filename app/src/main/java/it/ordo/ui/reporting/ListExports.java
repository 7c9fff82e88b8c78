package it.ordo.ui.reporting;

import static it.ordo.application.reporting.CellType.BOOLEAN;
import static it.ordo.application.reporting.CellType.DATE;
import static it.ordo.application.reporting.CellType.MONEY;
import static it.ordo.application.reporting.CellType.PERCENT;
import static it.ordo.application.reporting.CellType.QUANTITY;
import static it.ordo.application.reporting.CellType.TEXT;
import static it.ordo.application.reporting.CellType.TIMESTAMP;
import static it.ordo.application.reporting.CellType.INTEGER;

import it.ordo.application.customer.CustomerService;
import it.ordo.domain.customer.CustomerSort;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.inventory.InventoryService;
import it.ordo.application.inventory.StockPage;
import it.ordo.application.order.OrderPage;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderService;
import it.ordo.application.order.OrderView;
import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.order.OrderListing;
import it.ordo.i18n.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exports of the desktop's lists: for each, the columns the screen shows
 * (and a few it has no room for), the filters in force, and its rows read
 * page by page through the very service query the screen runs. Built on the
 * JavaFX thread from the filters as they are, run in the background.
 */
public final class ListExports {

    private ListExports() {
    }

    /** The order list with these filters and this sort (the query of the screen, any page). */
    public static TableExport<OrderListing> orders(OrderService orders, Texts t, OrderQuery shown) {
        List<SheetColumn> columns = List.of(
                col(t, "orders.col.number", TEXT), col(t, "orders.col.date", TIMESTAMP),
                col(t, "export.col.customerCode", TEXT), col(t, "orders.col.customer", TEXT),
                col(t, "orders.col.channel", TEXT), col(t, "orders.col.status", TEXT),
                col(t, "orders.col.priority", TEXT), col(t, "orders.col.requested", DATE),
                col(t, "orders.col.promised", DATE), col(t, "orders.col.total", MONEY),
                col(t, "orders.col.externalRef", TEXT));
        List<SheetLayout.Filter> filters = new ArrayList<>();
        filter(filters, t, "orders.list.filter.status", shown.status() == null ? null
                : t.get("orders.status." + shown.status().name()));
        filter(filters, t, "orders.list.filter.channel", shown.channel() == null ? null
                : t.get("orders.channel." + shown.channel().name()));
        filter(filters, t, "orders.list.filter.priority", shown.priority() == null ? null
                : t.get("orders.priority." + shown.priority().name()));
        filter(filters, t, "orders.list.filter.customer", shown.customer());
        filter(filters, t, "orders.list.filter.from", shown.from() == null ? null : shown.from().toString());
        filter(filters, t, "orders.list.filter.to", shown.to() == null ? null : shown.to().toString());
        filter(filters, t, "export.filter.text", shown.text());
        filter(filters, t, "export.filter.customerCode", shown.customerCode());
        filter(filters, t, "orders.list.filter.followUp", shown.followUp() == null ? null
                : t.get("orders.list.followUp." + shown.followUp().name()));
        sort(filters, t, shown.sort() == null ? null : shown.sort().name(), shown.descending());
        TableExport.RowSource<OrderListing> source = (offset, limit) -> {
            OrderPage page = orders.search(shown.page(offset, limit));
            // The service shows the last page for an offset past the end; an export wants nothing there.
            return new TableExport.Chunk<>(page.offset() == offset ? page.rows() : List.of(), page.total());
        };
        return new TableExport<>(new SheetLayout(t.get("export.sheet.orders"), columns, filters), source,
                o -> Arrays.asList(o.number(), o.createdAt(), o.customerCode(), o.customerName(),
                        t.get("orders.channel." + o.channel().name()), t.get("orders.status." + o.status().name()),
                        t.get("orders.priority." + o.priority().name()), o.requestedDate(), o.promisedDate(),
                        o.grossTotal(), o.externalRef()));
    }

    /** The lines of one order as its detail shows them. */
    public static TableExport<OrderView.Line> orderLines(Texts t, OrderView order) {
        List<SheetColumn> columns = List.of(
                col(t, "export.col.line", INTEGER), col(t, "export.col.sku", TEXT),
                col(t, "export.col.description", TEXT), col(t, "export.col.unit", TEXT),
                col(t, "export.col.quantity", QUANTITY), col(t, "export.col.unitPrice", MONEY),
                col(t, "export.col.discount", PERCENT), col(t, "export.col.vatRate", PERCENT),
                col(t, "export.col.net", MONEY), col(t, "export.col.vat", MONEY), col(t, "export.col.gross", MONEY),
                col(t, "export.col.allocated", QUANTITY), col(t, "export.col.backordered", QUANTITY),
                col(t, "orders.col.promised", DATE));
        List<SheetLayout.Filter> filters = new ArrayList<>();
        filter(filters, t, "orders.col.number", order.number());
        filter(filters, t, "orders.col.customer", order.customerCode() + " " + order.customerName());
        return new TableExport<>(new SheetLayout(t.get("export.sheet.lines", order.number()), columns, filters),
                TableExport.of(order.lines()),
                l -> Arrays.asList(l.lineNo(), l.sku(), l.description(), l.unit(), l.quantity(), l.unitPrice(),
                        l.discountPct(), l.vatRate(), l.netAmount(), l.vatAmount(), l.grossAmount(), l.allocated(),
                        l.backordered(), l.promisedDate()));
    }

    /** The stock list with these filters and this sort. */
    public static TableExport<StockRow> stock(InventoryService inventory, Texts t, StockQuery shown) {
        List<SheetColumn> columns = List.of(
                col(t, "stock.col.sku", TEXT), col(t, "export.col.ean", TEXT), col(t, "stock.col.description", TEXT),
                col(t, "stock.col.category", TEXT), col(t, "stock.col.warehouse", TEXT),
                col(t, "stock.col.onHand", QUANTITY), col(t, "stock.col.allocated", QUANTITY),
                col(t, "stock.col.available", QUANTITY), col(t, "stock.col.incoming", QUANTITY),
                col(t, "stock.col.nextExpected", DATE), col(t, "stock.col.reorderPoint", QUANTITY),
                col(t, "stock.col.backordered", QUANTITY));
        List<SheetLayout.Filter> filters = new ArrayList<>();
        filter(filters, t, "export.filter.text", shown.text());
        filter(filters, t, "stock.filter.category", shown.category());
        filter(filters, t, "stock.filter.warehouse", shown.warehouseCode());
        if (shown.belowReorderPoint()) {
            filter(filters, t, "stock.filter.below", t.get("export.yes"));
        }
        if (shown.withBackorders()) {
            filter(filters, t, "stock.filter.backorders", t.get("export.yes"));
        }
        sort(filters, t, shown.sort().name(), shown.descending());
        TableExport.RowSource<StockRow> source = (offset, limit) -> {
            StockPage page = inventory.search(new StockQuery(shown.text(), shown.category(), shown.warehouseCode(),
                    shown.belowReorderPoint(), shown.withBackorders(), shown.sort(), shown.descending(), offset, limit));
            return new TableExport.Chunk<>(page.offset() == offset ? page.rows() : List.of(), page.total());
        };
        return new TableExport<>(new SheetLayout(t.get("export.sheet.stock"), columns, filters), source,
                r -> Arrays.asList(r.sku(), r.ean(), r.description(), r.category(), r.warehouse(), r.onHand(),
                        r.allocated(), r.available(), r.incoming(), r.nextExpected(), r.reorderPoint(),
                        r.backordered()));
    }

    /** The customer list with this search text (null for every customer), in the list's order. */
    /**
     * @param withCredit whether the user may see credit ({@code Permission.VIEW_CREDIT}): without it the file has no
     *                   credit columns, as the list on screen has none (the service leaves the figures out anyway)
     */
    public static TableExport<CustomerView> customers(CustomerService customers, Texts t, String text,
                                                      CustomerSort sort, boolean descending, boolean withCredit) {
        List<SheetColumn> columns = new ArrayList<>(List.of(
                col(t, "customers.col.code", TEXT), col(t, "customers.col.name", TEXT),
                col(t, "customers.col.city", TEXT), col(t, "customers.col.vat", TEXT),
                col(t, "export.col.fiscalCode", TEXT), col(t, "customers.col.tier", TEXT)));
        if (withCredit) {
            columns.add(col(t, "customers.col.creditLimit", MONEY));
            columns.add(col(t, "customers.col.creditUsed", MONEY));
        }
        columns.addAll(List.of(
                col(t, "export.col.paymentTerms", TEXT), col(t, "export.col.channel", TEXT),
                col(t, "export.col.agent", TEXT), col(t, "export.col.email", TEXT), col(t, "export.col.phone", TEXT),
                col(t, "customers.col.blocked", BOOLEAN)));
        List<SheetLayout.Filter> filters = new ArrayList<>();
        filter(filters, t, "export.filter.text", text);
        TableExport.RowSource<CustomerView> source = (offset, limit) -> {
            long total = customers.count(text);
            return new TableExport.Chunk<>(offset >= total ? List.of() : customers.list(text, sort, descending, offset, limit), total);
        };
        return new TableExport<>(new SheetLayout(t.get("export.sheet.customers"), columns, filters), source, c -> {
            List<Object> cells = new ArrayList<>(Arrays.asList(c.code(), c.name(), c.city(), c.vatNumber(),
                    c.fiscalCode(), c.tier()));
            if (withCredit) {
                cells.add(c.creditLimit());
                cells.add(c.openExposure());
            }
            cells.addAll(Arrays.asList(c.paymentTerms(), c.defaultChannel(), c.salesAgent(), c.email(), c.phone(),
                    c.blocked()));
            return cells;
        });
    }

    private static SheetColumn col(Texts t, String key, CellType type) {
        return SheetColumn.of(t.get(key), type);
    }

    private static void filter(List<SheetLayout.Filter> filters, Texts t, String key, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(new SheetLayout.Filter(t.get(key), value));
        }
    }

    private static void sort(List<SheetLayout.Filter> filters, Texts t, String column, boolean descending) {
        if (column != null) {
            filters.add(new SheetLayout.Filter(t.get("export.filter.sort"),
                    column + " " + t.get(descending ? "export.sort.descending" : "export.sort.ascending")));
        }
    }
}
