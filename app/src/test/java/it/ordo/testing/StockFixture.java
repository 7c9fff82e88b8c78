package it.ordo.testing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Stock in both warehouses of {@link TestCompany#standard()}, shaped so that
 * every filter of the stock list has something to find:
 * <pre>
 *            on hand  allocated  available  incoming         reorder  backordered
 * P1 MIL       100        30         70                         0
 * P1 BOL         0         0          0                         0
 * P2 MIL        50         0         50                         0
 * P2 BOL         0         0          0                         0
 * P3 MIL         5         5          0      30 on TODAY+10     10         3
 * P3 BOL         7         0          7                        10
 * </pre>
 * The allocations and the backorder come from one order of C-A (Alfa), {@link #order}.
 */
public final class StockFixture {

    public static final LocalDate SUPPLY_DATE = TestCompany.TODAY.plusDays(10);
    public static final String PO = "PO-2026-0077";

    /** The number of C-A's order holding P1 and P3 in MIL. */
    public final String order;

    private StockFixture(String order) {
        this.order = order;
    }

    public static StockFixture build(TestCompany c) {
        c.products(TestCompany.row("sku", "P3", "ean", "5901234123457", "description", "Manuale tecnico",
                "category", "Libri", "unit", "PCS", "vatRate", "4", "unitCost", "60", "listPrice", "100.00",
                "weightKg", "0.5", "reorderPoint", "10"));
        c.receive("P1", "MIL", "100");
        c.receive("P2", "MIL", "50");
        c.receive("P3", "MIL", "5");
        c.receive("P3", "BOL", "7");
        c.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("30"), SUPPLY_DATE, PO);
        return new StockFixture(c.order("C-A", "STOCK-1", "P1", 30, "P3", 8).number());
    }
}
