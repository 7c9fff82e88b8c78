package it.ordo.domain.catalog;

import java.math.BigDecimal;
import java.util.Set;

/** The Italian IVA rates a product line may carry: ordinary 22, reduced 10, 5 and 4, and 0 (exempt/non-taxable). */
public final class VatRates {

    private static final Set<Integer> ALLOWED = Set.of(22, 10, 5, 4, 0);

    private VatRates() {
    }

    public static boolean isAllowed(BigDecimal rate) {
        if (rate == null || rate.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return ALLOWED.contains(rate.intValue());
    }
}
