package it.ordo.application.pricing;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a quantity typed or imported for a product must be: positive, sensible, countable in its unit, and from
 * the product's minimum on in whole packs ({@link it.ordo.domain.catalog.OrderQuantity}). Every quote and every
 * placement (New order, the command line, order files) checks here.
 */
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
        return product.orderQuantity().problem(product.sku(), qty);
    }

    public void requireValid(Product product, BigDecimal qty) {
        problem(product, qty).ifPresent(m -> {
            throw new DomainException(m.key(), m.args().toArray());
        });
    }
}
