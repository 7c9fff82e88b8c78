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
