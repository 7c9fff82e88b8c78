package it.ordo.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Returns in a period, of one warehouse or all ({@code warehouse} null): the
 * products and the customers that sent goods back, most value first, beside
 * what was shipped to them in the same period; the reasons given; and the
 * period's total, whose value rate is the dashboard's return rate.
 */
public record ReturnsReport(String companyName, SalesPeriod period, String warehouse, Instant madeAt,
                            List<ReturnGroup> byProduct, List<ReturnGroup> byCustomer, List<ReturnReason> reasons,
                            ReturnGroup total) {

    public ReturnsReport {
        byProduct = List.copyOf(byProduct);
        byCustomer = List.copyOf(byCustomer);
        reasons = List.copyOf(reasons);
    }
}
