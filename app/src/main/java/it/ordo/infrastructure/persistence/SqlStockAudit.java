package it.ordo.infrastructure.persistence;

import it.ordo.domain.Message;
import it.ordo.domain.inventory.StockAudit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The audit as set-based SQL over the whole database: one query per check, whatever the data size. */
public final class SqlStockAudit implements StockAudit {

    /** Orders that hold stock: open ones, and open ones put on hold by hand (a hold keeps the allocation). */
    private static final String HOLDS_STOCK = "(o.status IN ('CONFIRMED', 'PICKING', 'PACKED', 'PARTIALLY_SHIPPED')"
            + " OR (o.status = 'ON_HOLD' AND o.held_from IN ('CONFIRMED', 'PICKING', 'PACKED')))";

    private final JpaTransactions tx;

    public SqlStockAudit(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Message> ledgerMismatches() {
        return rows("""
                SELECT p.sku, w.code, s.on_hand, s.allocated, COALESCE(m.oh, 0), COALESCE(m.al, 0)
                FROM stock s
                JOIN product p ON p.id = s.product_id
                JOIN warehouse w ON w.id = s.warehouse_id
                LEFT JOIN (SELECT product_id, warehouse_id, SUM(on_hand_delta) AS oh, SUM(allocated_delta) AS al
                           FROM stock_movement GROUP BY product_id, warehouse_id) m
                  ON m.product_id = s.product_id AND m.warehouse_id = s.warehouse_id
                WHERE s.on_hand <> COALESCE(m.oh, 0) OR s.allocated <> COALESCE(m.al, 0)
                ORDER BY p.sku, w.code""", "check.ledger");
    }

    @Override
    public List<Message> allocationMismatches() {
        return rows("""
                SELECT p.sku, w.code, s.allocated, COALESCE(a.qty, 0)
                FROM stock s
                JOIN product p ON p.id = s.product_id
                JOIN warehouse w ON w.id = s.warehouse_id
                LEFT JOIN (SELECT l.product_id, o.warehouse_id, SUM(l.allocated_qty) AS qty
                           FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                           WHERE %s
                           GROUP BY l.product_id, o.warehouse_id) a
                  ON a.product_id = s.product_id AND a.warehouse_id = s.warehouse_id
                WHERE s.allocated <> COALESCE(a.qty, 0)
                ORDER BY p.sku, w.code""".formatted(HOLDS_STOCK), "check.allocation");
    }

    @Override
    public List<Message> lineMismatches() {
        return rows("""
                SELECT o.order_number, l.line_no, l.quantity, l.allocated_qty, l.backordered_qty
                FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                WHERE (%s AND l.allocated_qty + l.backordered_qty + l.shipped_qty <> l.quantity)
                   OR l.allocated_qty > l.quantity
                   OR (o.status IN ('DRAFT', 'CANCELLED') AND l.allocated_qty <> 0)
                ORDER BY o.order_number, l.line_no""".formatted(HOLDS_STOCK), "check.line");
    }

    @Override
    public List<Message> quarantineMismatches() {
        return rows("""
                SELECT p.sku, w.code, s.quarantined, COALESCE(m.q, 0)
                FROM stock s
                JOIN product p ON p.id = s.product_id
                JOIN warehouse w ON w.id = s.warehouse_id
                LEFT JOIN (SELECT product_id, warehouse_id, SUM(quarantined_delta) AS q
                           FROM stock_movement GROUP BY product_id, warehouse_id) m
                  ON m.product_id = s.product_id AND m.warehouse_id = s.warehouse_id
                WHERE s.quarantined <> COALESCE(m.q, 0)
                ORDER BY p.sku, w.code""", "check.quarantine");
    }

    /** The ledger rows an inspected return line's outcome is written as, one branch per outcome. */
    private static final String BOOKED = """
            SELECT m.reference, m.product_id, CAST('%s' AS VARCHAR(12)), CAST(0 AS DECIMAL(15,3)), m.%s
            FROM stock_movement m
            WHERE m.kind = '%s' AND m.reference IN (SELECT rma_number FROM return_order)""";

    @Override
    public List<Message> returnMismatches() {
        // Inspected lines and the ledger rows under their RMA number, summed per return, product and outcome:
        // a line without its rows and a row no line explains both show. One UNION, no FULL JOIN (not on Derby);
        // the outcome is a VARCHAR on every branch, so the groups match on both databases.
        return rows("""
                SELECT x.rma, p.sku, x.outcome, SUM(x.expected), SUM(x.booked)
                FROM (SELECT r.rma_number, rl.product_id, rl.outcome, rl.quantity, CAST(0 AS DECIMAL(15,3))
                      FROM return_line rl JOIN return_order r ON r.id = rl.return_id
                      WHERE rl.outcome IS NOT NULL
                      UNION ALL %s
                      UNION ALL %s
                      UNION ALL %s) AS x (rma, product_id, outcome, expected, booked)
                JOIN product p ON p.id = x.product_id
                GROUP BY x.rma, p.sku, x.outcome
                HAVING SUM(x.expected) <> SUM(x.booked)
                ORDER BY x.rma, p.sku""".formatted(BOOKED.formatted("RESTOCK", "on_hand_delta", "RECEIPT"),
                BOOKED.formatted("QUARANTINE", "quarantined_delta", "QUARANTINE"),
                BOOKED.formatted("SCRAP", "written_off", "WRITE_OFF")), "check.return");
    }

    private List<Message> rows(String sql, String key) {
        List<?> result = tx.em().createNativeQuery(sql).getResultList();
        List<Message> messages = new ArrayList<>(result.size());
        for (Object row : result) {
            Object[] cells = (Object[]) row;
            Object[] args = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                args[i] = cells[i] instanceof BigDecimal d ? it.ordo.domain.Quantities.shown(d) : cells[i];
            }
            messages.add(Message.of(key, args));
        }
        return messages;
    }
}
