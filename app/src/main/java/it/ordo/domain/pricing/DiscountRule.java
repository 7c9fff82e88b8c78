package it.ordo.domain.pricing;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.customer.Tier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A percentage discount and the condition it applies under. */
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

    public boolean validOn(LocalDate date) {
        return active && (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public void deactivate() {
        active = false;
    }

    /** New wording, percentage, threshold and validity; what the rule is keyed on (kind and target) stays. */
    public void update(String description, BigDecimal percent, BigDecimal minOrderValue, LocalDate validFrom,
                       LocalDate validTo, boolean active) {
        Validity.require(validFrom, validTo);
        this.description = description;
        this.percent = percent;
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
        return sameTarget && Validity.overlap(validFrom, validTo, other.validFrom, other.validTo);
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
