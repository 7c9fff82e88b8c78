package it.ordo.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic helpers shared by stock and order quantities (3 decimals) and money (2 decimals). */
public final class Quantities {

    public static final int QTY_SCALE = 3;
    public static final int MONEY_SCALE = 2;
    /** No real order line asks for a million units: such a figure is a typo or a scanner glitch. */
    public static final BigDecimal MAX_LINE_QTY = new BigDecimal("1000000");

    private Quantities() {
    }

    public static BigDecimal qty(BigDecimal value) {
        return value.setScale(QTY_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    public static boolean positive(BigDecimal value) {
        return value.signum() > 0;
    }

    /** A quantity as a message argument: 12, 2.5, 0.125 without trailing zeros; the reader's locale formats it. */
    public static BigDecimal shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
