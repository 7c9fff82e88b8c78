package it.ordo.domain.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a promise date is computed from, the one shape every caller uses (a
 * quote on screen, the allocation at confirmation, the availability
 * question): the quantity asked for, what is free in the warehouse now, the
 * open supply earliest first, what earlier orders were already promised from
 * that supply, and today.
 *
 * @param freeNow        free stock (on hand less allocated); a negative figure counts as none
 * @param promisedBefore what earlier backorders already take from the open supply
 */
public record PromiseRequest(BigDecimal quantity, BigDecimal freeNow, List<SupplyLine> openSupply,
                             BigDecimal promisedBefore, LocalDate today) {

    public PromiseRequest {
        freeNow = freeNow == null ? BigDecimal.ZERO : freeNow.max(BigDecimal.ZERO);
        promisedBefore = promisedBefore == null ? BigDecimal.ZERO : promisedBefore.max(BigDecimal.ZERO);
        openSupply = openSupply == null ? List.of() : List.copyOf(openSupply);
    }

    /**
     * The same question after earlier lines of the same order asked for
     * {@code earlier} of this product: confirmation serves the lines in
     * order, so they take the free stock first, then their share of the supply.
     */
    public PromiseRequest afterEarlier(BigDecimal earlier) {
        BigDecimal e = earlier == null ? BigDecimal.ZERO : earlier.max(BigDecimal.ZERO);
        BigDecimal leftNow = freeNow.subtract(e).max(BigDecimal.ZERO);
        BigDecimal fromSupply = e.subtract(freeNow).max(BigDecimal.ZERO);
        return new PromiseRequest(quantity, leftNow, openSupply, promisedBefore.add(fromSupply), today);
    }

    /** Whether the free stock covers the whole quantity (the open supply does not matter then). */
    public boolean coveredNow() {
        return quantity.compareTo(freeNow) <= 0;
    }
}
