package it.ordo.application.pricing;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import java.math.BigDecimal;
import java.util.Optional;

/** What a quantity typed or imported for a product must be: positive, sensible, and countable in its unit. */
public final class QuantityRules {

    public Optional<Message> problem(Product product, BigDecimal qty) {
        if (qty == null) {
            return Optional.of(Message.of("quantity.missing", product.sku()));
        }
        if (qty.signum() <= 0) {
            return Optional.of(Message.of("quantity.notPositive", Quantities.shown(qty)));
        }
        if (qty.compareTo(Quantities.MAX_LINE_QTY) > 0) {
            return Optional.of(Message.of("quantity.absurd", Quantities.shown(qty), Quantities.shown(Quantities.MAX_LINE_QTY)));
        }
        if (!product.unit().accepts(qty)) {
            return Optional.of(Message.of("quantity.wrongUnit", Quantities.shown(qty), product.sku(), product.unit()));
        }
        return Optional.empty();
    }

    public void requireValid(Product product, BigDecimal qty) {
        problem(product, qty).ifPresent(m -> {
            throw new DomainException(m.key(), m.args().toArray());
        });
    }
}
