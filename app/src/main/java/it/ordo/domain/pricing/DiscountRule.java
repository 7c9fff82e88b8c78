package it.ordo.domain.pricing;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A discount and the condition it applies under: a percentage, or for a promotion either a percentage or a net unit
 * price, on every channel or on some.
 */
@Entity
@Table(name = "discount_rule")
public class DiscountRule extends BaseEntity {

    private String code;
    private String description;
    @Enumerated(EnumType.STRING)
    private DiscountKind kind;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    private String category;
    private Long productId;
    private BigDecimal minOrderValue;
    private BigDecimal percent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean active = true;
    /** A net-price promotion's unit price (its percent is then 0); null for a percentage. */
    private BigDecimal netPrice;
    /** The channels a promotion holds on, as their names separated by commas; null for every channel. */
    private String channels;

    protected DiscountRule() {
    }

    private DiscountRule(String code, String description, DiscountKind kind, BigDecimal percent) {
        this.code = code;
        this.description = description;
        this.kind = kind;
        this.percent = percent;
    }

    public static DiscountRule forTier(String code, String description, Tier tier, BigDecimal percent) {
        DiscountRule rule = new DiscountRule(code, description, DiscountKind.TIER, percent);
        rule.tier = tier;
        return rule;
    }

    public static DiscountRule forCategory(String code, String description, String category, BigDecimal percent) {
        DiscountRule rule = new DiscountRule(code, description, DiscountKind.CATEGORY, percent);
        rule.category = category;
        return rule;
    }

    public static DiscountRule forOrderValue(String code, String description, BigDecimal minValue, BigDecimal percent) {
        DiscountRule rule = new DiscountRule(code, description, DiscountKind.ORDER_VALUE, percent);
        rule.minOrderValue = minValue;
        return rule;
    }

    /** A promotion on one product (productId) or a whole category, from/to inclusive. */
    public static DiscountRule promotion(String code, String description, Long productId, String category,
                                         BigDecimal percent, LocalDate from, LocalDate to) {
        DiscountRule rule = new DiscountRule(code, description, DiscountKind.PROMOTION, percent);
        rule.productId = productId;
        rule.category = category;
        rule.validFrom = from;
        rule.validTo = to;
        return rule;
    }

    /** A promotion that sets the unit price to {@code price}, whatever the list says, from/to inclusive. */
    public static DiscountRule netPricePromotion(String code, String description, Long productId, String category,
                                                 BigDecimal price, LocalDate from, LocalDate to) {
        DiscountRule rule = promotion(code, description, productId, category, BigDecimal.ZERO, from, to);
        rule.netPrice = price;
        return rule;
    }

    /** Holds only for orders that come through these channels; none (or null) means every channel. */
    public DiscountRule onChannels(Set<Channel> only) {
        this.channels = only == null || only.isEmpty() ? null
                : only.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
        return this;
    }

    /** The channels it holds on; empty for every channel. */
    public Set<Channel> channels() {
        if (channels == null || channels.isBlank()) {
            return Set.of();
        }
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        for (String name : channels.split(",")) {
            set.add(Channel.valueOf(name.strip()));
        }
        return set;
    }

    /**
     * Whether it holds for an order from this channel. A channel not known (a price asked for outside any
     * order) gets only the rules for every channel: a promotion for the web shop is not a price the desk promises.
     */
    public boolean appliesTo(Channel channel) {
        Set<Channel> only = channels();
        return only.isEmpty() || (channel != null && only.contains(channel));
    }

    /** The unit price of a net-price promotion, or null for a percentage. */
    public BigDecimal netPrice() {
        return netPrice;
    }

    public boolean validOn(LocalDate date) {
        return active && (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public void deactivate() {
        active = false;
    }

    /** New wording, percentage, threshold and validity; what the rule is keyed on (kind and target) stays. */
    public void update(String description, BigDecimal percent, BigDecimal netPrice, BigDecimal minOrderValue,
                       LocalDate validFrom, LocalDate validTo, boolean active, Set<Channel> channels) {
        Validity.require(validFrom, validTo);
        this.description = description;
        this.percent = percent;
        this.netPrice = netPrice;
        onChannels(channels);
        this.minOrderValue = minOrderValue;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.active = active;
    }

    /** Validity from/to (inclusive, open when null) of any kind of rule. */
    public DiscountRule during(LocalDate from, LocalDate to) {
        Validity.require(from, to);
        this.validFrom = from;
        this.validTo = to;
        return this;
    }

    /**
     * Another active rule of the same kind on the same target (tier, category, product, threshold) with a day in
     * common: the customer's discount would depend on which one the calculator met first.
     */
    public boolean conflictsWith(DiscountRule other) {
        if (other == this || !active || !other.active || kind != other.kind
                || (code != null && code.equals(other.code))) {
            return false;
        }
        boolean sameTarget = switch (kind) {
            case TIER -> tier == other.tier;
            case CATEGORY -> category.equals(other.category);
            case ORDER_VALUE -> minOrderValue.compareTo(other.minOrderValue) == 0;
            case PROMOTION -> productId != null ? productId.equals(other.productId)
                    : other.productId == null && category.equals(other.category);
        };
        return sameTarget && sharesChannel(other) && Validity.overlap(validFrom, validTo, other.validFrom, other.validTo);
    }

    /** Two rules for every channel, or for lists with a channel in common, would compete for the same order. */
    private boolean sharesChannel(DiscountRule other) {
        Set<Channel> mine = channels();
        Set<Channel> theirs = other.channels();
        return mine.isEmpty() || theirs.isEmpty() || mine.stream().anyMatch(theirs::contains);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean active() {
        return active;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public DiscountKind kind() {
        return kind;
    }

    public Tier tier() {
        return tier;
    }

    public String category() {
        return category;
    }

    public Long productId() {
        return productId;
    }

    public BigDecimal minOrderValue() {
        return minOrderValue;
    }

    public BigDecimal percent() {
        return percent;
    }
}
