package it.ordo.ui.desk;

import it.ordo.application.Services;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.inventory.StockLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Customers and products of the demo company that suit a scripted order: a
 * customer that can be ordered for and whose name's first twelve letters
 * single it out, products well in stock in its warehouse (one with an EAN, one
 * whose description only it has) and one with supply on the way.
 */
public record DemoPicks(Services ordo, CustomerView customer, StockLevel bySku, StockLevel byEan,
                         StockLevel byDescription, StockLevel amber) {

    public static DemoPicks of(Services ordo) {
        CustomerView customer = ordo.customers().list(null, 0, 300).stream()
                .filter(c -> !c.blocked() && c.acceptsBackorders() && c.name().length() >= 12
                        && c.creditLimit().subtract(c.openExposure()).compareTo(BigDecimal.valueOf(20000)) >= 0)
                .filter(c -> ordo.customers().list(c.name().substring(0, 12), 0, 5).size() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no suitable demo customer"));
        List<StockLevel> rows = ordo.inventory().stock(null, customer.defaultWarehouse(), 0, 2000);
        List<StockLevel> stocked = rows.stream().filter(s -> s.available().compareTo(BigDecimal.valueOf(50)) > 0).toList();
        StockLevel bySku = stocked.get(0);
        StockLevel byEan = stocked.stream().skip(1).filter(s -> hasEan(ordo, s)).findFirst().orElseThrow();
        StockLevel byDescription = stocked.stream().skip(1).filter(s -> s != byEan)
                .filter(s -> ordo.orderEntry().findProducts(s.description(), 5).size() == 1).findFirst().orElseThrow();
        StockLevel amber = rows.stream()
                .filter(s -> !s.incoming().isEmpty() && s.available().signum() > 0
                        && s.incoming().getFirst().date().isAfter(LocalDate.now()))
                .filter(s -> s != bySku && s != byEan && s != byDescription).findFirst().orElseThrow();
        return new DemoPicks(ordo, customer, bySku, byEan, byDescription, amber);
    }

    private static boolean hasEan(Services ordo, StockLevel s) {
        String ean = ordo.products().show(s.sku()).ean();
        return ean != null && !ean.isBlank();
    }

    public String customerNamePart() {
        return customer.name().substring(0, 12);
    }

    public String ean(StockLevel row) {
        return ordo.products().show(row.sku()).ean();
    }
}
