package it.ordo.application.pricing;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.DiscountKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Discount rules (tier, category, order value) and promotions (a product or a category, for a period), maintained
 * by the sales manager: read by every desk, created, changed and imported by MANAGER and ADMIN. Rules are keyed by
 * their code; two active rules of the same kind on the same target never share a day.
 */
public interface ConditionsService {

    /** The columns of a file of discount rules, in the order an export writes them. */
    List<String> DISCOUNT_COLUMNS = List.of("code", "description", "kind", "tier", "category", "minOrderValue", "percent",
            "validFrom", "validTo", "active");

    /** The columns of a file of promotions, in the order an export writes them. */
    List<String> PROMOTION_COLUMNS = List.of("code", "description", "sku", "category", "percent", "validFrom", "validTo",
            "active", "netPrice", "channels");

    /** Which rules a file or a list holds. */
    enum RuleSet {
        /** Tier, category and order-value discounts. */
        DISCOUNTS,
        /** Promotions on a product or a category. */
        PROMOTIONS;

        public List<String> columns() {
            return this == DISCOUNTS ? DISCOUNT_COLUMNS : PROMOTION_COLUMNS;
        }

        /** A rule as a row of its file, in the order of {@link #columns()}: what an export writes and the import reads. */
        public List<Object> cells(Rule r) {
            return this == DISCOUNTS
                    ? java.util.Arrays.asList(r.code(), r.description(), r.kind().name(),
                            r.tier() == null ? null : r.tier().name(), r.category(), r.minOrderValue(), r.percent(),
                            r.validFrom(), r.validTo(), r.active())
                    : java.util.Arrays.asList(r.code(), r.description(), r.sku(), r.category(), r.percent(),
                            r.validFrom(), r.validTo(), r.active(), r.netPrice(), r.channels().isEmpty() ? null
                                    : String.join(",", r.channels().stream().map(Enum::name).toList()));
        }

        /** The columns a file of this set cannot do without (a cell may still be empty where the rule allows). */
        public List<String> required() {
            return this == DISCOUNTS ? List.of("code", "description", "kind", "percent")
                    : List.of("code", "description", "percent");
        }
    }

    /**
     * A discount rule or promotion.
     *
     * @param tier          for {@link DiscountKind#TIER}
     * @param category      for {@link DiscountKind#CATEGORY}, or a promotion on a whole category
     * @param sku           a promotion on one product
     * @param minOrderValue for {@link DiscountKind#ORDER_VALUE}: the order's net value from which it applies
     * @param percent       the discount; null for a net-price promotion
     * @param netPrice      a promotion's net unit price instead of a percentage, or null
     * @param channels      the channels a promotion holds on; empty for every channel
     */
    record Rule(String code, String description, DiscountKind kind, Tier tier, String category, String sku,
                BigDecimal minOrderValue, BigDecimal percent, LocalDate validFrom, LocalDate validTo, boolean active,
                BigDecimal netPrice, List<Channel> channels) {

        public Rule {
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }

    /** What one row of a file would do: a new rule, or the old percentage and the new one. */
    record RuleChange(int line, String code, BigDecimal oldPercent, BigDecimal newPercent,
                      PriceListService.Change change) {
    }

    record Preview(List<RuleChange> changes, List<ImportReport.RowError> errors) {
    }

    /** The rules of the set, switched on or not, by code. */
    List<Rule> rules(RuleSet set);

    /** What {@link #importRules} would do with these rows, writing nothing. */
    Preview preview(RuleSet set, List<ImportRow> rows);

    /** Inserts or updates rules by code; the valid rows together in one transaction, the others reported. */
    ImportReport importRules(RuleSet set, List<ImportRow> rows);

    /** Creates the rule, or changes the one with this code. */
    void save(Rule rule);
}
