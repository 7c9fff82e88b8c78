package it.ordo.domain.catalog;

import java.math.BigDecimal;

/** Unit of measure: pieces are counted whole, weights, lengths and volumes to the thousandth. */
public enum Unit {
    PCS(0), KG(3), M(3), L(3);

    private final int decimals;

    Unit(int decimals) {
        this.decimals = decimals;
    }

    public int decimals() {
        return decimals;
    }

    /** True when the quantity can be expressed in this unit (e.g. no 2.5 pieces). */
    public boolean accepts(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() <= decimals;
    }
}
