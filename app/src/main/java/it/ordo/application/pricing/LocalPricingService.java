package it.ordo.application.pricing;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.CustomerScope;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.CandidateList;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceCalculator;
import it.ordo.domain.pricing.PriceQuote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-process {@link PricingService}: runs each use case here, on the database. */
public final class LocalPricingService implements PricingService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactions tx;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final Pricer pricer;
    private final Guard guard;
    private final QuantityRules quantityRules = new QuantityRules();

    public LocalPricingService(Transactions tx, CustomerRepository customers, ProductRepository products, Pricer pricer,
                          Guard guard) {
        this.tx = tx;
        this.customers = customers;
        this.products = products;
        this.pricer = pricer;
        this.guard = guard;
    }

    @Override
    public PriceView price(String customerCode, String sku, BigDecimal qty, LocalDate date, Channel channel) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_PRICES);
        return tx.read(() -> {
            Customer customer = customers.findByCode(customerCode)
                    .orElseThrow(() -> new NotFoundException("customer", customerCode));
            scope.require(customer.id(), customer.code(), Permission.VIEW_PRICES);
            Product product = products.findByTypedCode(sku).orElseThrow(() -> new NotFoundException("product", sku));
            quantityRules.requireValid(product, qty);
            PricingConditions conditions = pricer.conditions();
            List<CandidateList> lists = conditions.listsFor(customer);
            List<DiscountRule> rules = conditions.rules();
            PriceQuote quote = conditions.quote(customer, product, channel, qty, date, lists,
                    conditions.items(List.of(product), lists), rules);
            BigDecimal discount = quote.discountPct();
            List<Message> why = new ArrayList<>(quote.explanation());
            BigDecimal lineNet = net(qty, quote.unitPrice(), discount);
            // A single line is an order of one line: it may reach an order-value threshold by itself.
            Optional<DiscountRule> orderRule = PriceCalculator.orderValueDiscount(lineNet, date, rules);
            if (orderRule.isPresent()) {
                discount = PriceCalculator.cascade(discount, orderRule.get().percent());
                why.add(Message.of("price.discount.ORDER_VALUE", orderRule.get().code(),
                        Quantities.shown(orderRule.get().percent()), orderRule.get().description()));
                lineNet = net(qty, quote.unitPrice(), discount);
            }
            BigDecimal vat = Quantities.money(lineNet.multiply(product.vatRate()).divide(HUNDRED, 6, RoundingMode.HALF_UP));
            BigDecimal netUnit = quote.unitPrice().multiply(HUNDRED.subtract(discount))
                    .divide(HUNDRED, 4, RoundingMode.HALF_UP);
            return new PriceView(customer.code(), product.sku(), product.description(), qty, date, quote.listCode(),
                    quote.unitPrice(), discount, netUnit, product.vatRate(), lineNet, vat, lineNet.add(vat), why);
        });
    }

    static BigDecimal net(BigDecimal qty, BigDecimal unitPrice, BigDecimal discountPct) {
        return Quantities.money(qty.multiply(unitPrice).multiply(HUNDRED.subtract(discountPct))
                .divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }
}
