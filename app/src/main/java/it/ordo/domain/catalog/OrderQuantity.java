package it.ordo.domain.catalog;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a product may be ordered in: from a minimum quantity on, and in whole packs (a box of 12 screws is sold
 * by the box). Both are optional. A quantity that breaks the rule is refused with the quantity that would be
 * accepted, so the operator or the file's author can correct it in one step.
 *
 * @param minimum  the least quantity of a line, or null
 * @param multiple the pack size every line is a whole number of, or null
 */
public record OrderQuantity(BigDecimal minimum, BigDecimal multiple) {

    public OrderQuantity {
        if (minimum != null && minimum.signum() <= 0) {
            throw new DomainException("product.minimum.invalid", Quantities.shown(minimum));
        }
        if (multiple != null && multiple.signum() <= 0) {
            throw new DomainException("product.packMultiple.invalid", Quantities.shown(multiple));
        }
    }

    /** Why {@code qty} of the product cannot be ordered, if it cannot. */
    public Optional<Message> problem(String sku, BigDecimal qty) {
        if (minimum != null && qty.compareTo(minimum) < 0) {
            return Optional.of(Message.of("quantity.belowMinimum", Quantities.shown(qty), sku, Quantities.shown(minimum)));
        }
        if (multiple != null && qty.remainder(multiple).signum() != 0) {
            return Optional.of(Message.of("quantity.notPackMultiple", Quantities.shown(qty), sku,
                    Quantities.shown(multiple), Quantities.shown(accepted(qty))));
        }
        return Optional.empty();
    }

    /** The least quantity not below {@code qty} that may be ordered: at least the minimum, rounded up to whole packs. */
    public BigDecimal accepted(BigDecimal qty) {
        BigDecimal wanted = minimum != null && qty.compareTo(minimum) < 0 ? minimum : qty;
        if (multiple == null) {
            return wanted;
        }
        return wanted.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
    }

    /** No minimum and no pack. */
    public boolean free() {
        return minimum == null && multiple == null;
    }
}
