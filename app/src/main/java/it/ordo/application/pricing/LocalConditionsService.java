package it.ordo.application.pricing;

import it.ordo.application.Transactions;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.imports.RowReader;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.DiscountKind;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link ConditionsService} in this process, on this database. */
public final class LocalConditionsService implements ConditionsService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactions tx;
    private final PricingRepository pricing;
    private final ProductRepository products;
    private final Guard guard;

    public LocalConditionsService(Transactions tx, PricingRepository pricing, ProductRepository products, Guard guard) {
        this.tx = tx;
        this.pricing = pricing;
        this.products = products;
        this.guard = guard;
    }

    @Override
    public List<Rule> rules(RuleSet set) {
        guard.require(Permission.VIEW_PRICES);
        return tx.read(() -> {
            List<DiscountRule> rules = pricing.allRules().stream().filter(r -> in(set, r.kind())).toList();
            Map<Long, Product> byId = products.findAll(rules.stream().map(DiscountRule::productId)
                    .filter(Objects::nonNull).distinct().toList());
            return rules.stream().map(r -> view(r, byId)).toList();
        });
    }

    private static boolean in(RuleSet set, DiscountKind kind) {
        return (kind == DiscountKind.PROMOTION) == (set == RuleSet.PROMOTIONS);
    }

    private static Rule view(DiscountRule r, Map<Long, Product> byId) {
        return new Rule(r.code(), r.description(), r.kind(), r.tier(), r.category(),
                r.productId() == null ? null : byId.get(r.productId()).sku(), r.minOrderValue(),
                r.netPrice() == null ? r.percent() : null, r.validFrom(), r.validTo(), r.active(), r.netPrice(),
                r.channels().stream().sorted().toList());
    }

    @Override
    public Preview preview(RuleSet set, List<ImportRow> rows) {
        guard.require(Permission.MANAGE_PRICES);
        return tx.read(() -> {
            Plan plan = plan(set, rows);
            return new Preview(plan.valid.stream().map(p -> new RuleChange(p.line, p.rule.code(),
                    p.existing == null ? null : p.existing.percent(), p.rule.percent(), p.change)).toList(), plan.errors);
        });
    }

    @Override
    public ImportReport importRules(RuleSet set, List<ImportRow> rows) {
        guard.require(Permission.MANAGE_PRICES);
        return tx.write(() -> {
            Plan plan = plan(set, rows);
            int inserted = 0;
            int updated = 0;
            for (Planned p : plan.valid) {
                if (store(p)) {
                    inserted++;
                } else if (p.change == Change.CHANGED) {
                    updated++;
                }
            }
            return new ImportReport(inserted, updated, plan.errors);
        });
    }

    @Override
    public void save(Rule rule) {
        guard.require(Permission.MANAGE_PRICES);
        tx.write(() -> {
            List<Message> problems = new ArrayList<>();
            Planned p = check(rule, 0, problems, List.of());
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            store(p);
        });
    }

    /** Writes a checked rule; true when it is new. */
    private boolean store(Planned p) {
        if (p.existing == null) {
            pricing.store(p.rule);
            return true;
        }
        if (p.change == Change.CHANGED) {
            p.existing.update(p.rule.description(), p.rule.percent(), p.rule.netPrice(), p.rule.minOrderValue(),
                    p.rule.validFrom(), p.rule.validTo(), p.rule.active(), p.rule.channels());
            pricing.store(p.existing);
        }
        return false;
    }

    private record Planned(int line, DiscountRule rule, DiscountRule existing, Change change) {
    }

    private record Plan(List<Planned> valid, List<ImportReport.RowError> errors) {
    }

    private Plan plan(RuleSet set, List<ImportRow> rows) {
        List<Planned> valid = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            RowReader r = new RowReader(row);
            String code = r.required("code", 30);
            String description = r.required("description", 160);
            DiscountKind kind = set == RuleSet.PROMOTIONS ? DiscountKind.PROMOTION
                    : r.enumValue("kind", DiscountKind.class, null);
            Tier tier = set == RuleSet.DISCOUNTS && kind == DiscountKind.TIER ? r.enumValue("tier", Tier.class, null) : null;
            String category = r.optional("category", 60);
            String sku = set == RuleSet.PROMOTIONS ? r.optional("sku", 40) : null;
            BigDecimal minOrderValue = set == RuleSet.DISCOUNTS ? r.decimal("minOrderValue", false) : null;
            BigDecimal netPrice = set == RuleSet.PROMOTIONS ? r.decimal("netPrice", false) : null;
            BigDecimal percent = r.decimal("percent", netPrice == null);
            List<Channel> channels = set == RuleSet.PROMOTIONS ? channels(r) : List.of();
            LocalDate from = r.date("validFrom");
            LocalDate to = r.date("validTo");
            boolean active = r.bool("active", true);
            if (kind == DiscountKind.PROMOTION && set == RuleSet.DISCOUNTS) {
                r.problem(Message.of("rule.promotionInDiscounts", code));
            }
            if (code != null && seen.putIfAbsent(code, row.line()) != null) {
                r.problem(Message.of("import.duplicateInFile", code, seen.get(code)));
            }
            List<Message> problems = new ArrayList<>(r.problems());
            if (problems.isEmpty()) {
                Planned p = check(new Rule(code, description, kind, tier, category, sku, minOrderValue, percent, from,
                        to, active, netPrice, channels), row.line(), problems, valid);
                if (problems.isEmpty()) {
                    valid.add(p);
                    continue;
                }
            }
            errors.add(new ImportReport.RowError(row.line(), code, problems));
        }
        return new Plan(valid, errors);
    }

    /** A promotion's channels: names separated by commas or spaces, in any case; blank for every channel. */
    private static List<Channel> channels(RowReader r) {
        String text = r.optional("channels", 120);
        List<Channel> channels = new ArrayList<>();
        if (text != null) {
            for (String name : text.split("[,;\\s]+")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    Channel channel = Channel.parse(name);
                    if (!channels.contains(channel)) {
                        channels.add(channel);
                    }
                } catch (DomainException e) {
                    r.problem(Message.of(e.key(), e.args().toArray()));
                }
            }
        }
        return channels;
    }

    /**
     * Checks a rule against the rules in the database and those planned before it, and says what writing it does.
     * The same check serves the import, its preview and the editor.
     */
    private Planned check(Rule rule, int line, List<Message> problems, List<Planned> earlier) {
        if (rule.code() == null || rule.code().isBlank()) {
            problems.add(Message.of("import.required", "code"));
        }
        if (rule.description() == null || rule.description().isBlank()) {
            problems.add(Message.of("import.required", "description"));
        }
        if (rule.kind() == null) {
            problems.add(Message.of("import.required", "kind"));
            return null;
        }
        if (rule.netPrice() != null) {
            if (rule.kind() != DiscountKind.PROMOTION) {
                problems.add(Message.of("rule.netPriceOnlyPromotion", rule.code()));
            } else if (rule.percent() != null) {
                problems.add(Message.of("rule.percentOrNetPrice", rule.code()));
            } else if (rule.netPrice().signum() <= 0) {
                problems.add(Message.of("rule.netPriceNotPositive", rule.netPrice().toPlainString()));
            } else if (rule.netPrice().stripTrailingZeros().scale() > 4) {
                problems.add(Message.of("import.tooManyDecimals", "netPrice", rule.netPrice().toPlainString(), 4));
            }
        } else if (rule.percent() == null) {
            problems.add(Message.of("import.required", "percent"));
        } else if (rule.percent().signum() <= 0 || rule.percent().compareTo(HUNDRED) >= 0) {
            problems.add(Message.of("rule.percentOutOfRange", rule.percent().toPlainString()));
        } else if (rule.percent().stripTrailingZeros().scale() > 2) {
            problems.add(Message.of("import.tooManyDecimals", "percent", rule.percent().toPlainString(), 2));
        }
        if (rule.validFrom() != null && rule.validTo() != null && rule.validTo().isBefore(rule.validFrom())) {
            problems.add(Message.of("validity.endsBeforeStart", rule.validTo(), rule.validFrom()));
        }
        Long productId = null;
        switch (rule.kind()) {
            case TIER -> {
                if (rule.tier() == null) {
                    problems.add(Message.of("import.required", "tier"));
                }
            }
            case CATEGORY -> {
                if (rule.category() == null) {
                    problems.add(Message.of("import.required", "category"));
                }
            }
            case ORDER_VALUE -> {
                if (rule.minOrderValue() == null || rule.minOrderValue().signum() <= 0) {
                    problems.add(Message.of("rule.thresholdRequired", rule.code()));
                }
            }
            case PROMOTION -> {
                if ((rule.sku() == null) == (rule.category() == null)) {
                    problems.add(Message.of("rule.promotionTarget", rule.code()));
                } else if (rule.sku() != null) {
                    Product product = products.findBySku(rule.sku())
                            .or(() -> products.findBySku(rule.sku().strip().toUpperCase(Locale.ROOT))).orElse(null);
                    if (product == null) {
                        problems.add(Message.of("notFound.product", rule.sku()));
                    } else {
                        productId = product.id();
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        DiscountRule probe = switch (rule.kind()) {
            case TIER -> DiscountRule.forTier(rule.code(), rule.description(), rule.tier(), rule.percent());
            case CATEGORY -> DiscountRule.forCategory(rule.code(), rule.description(), rule.category(), rule.percent());
            case ORDER_VALUE -> DiscountRule.forOrderValue(rule.code(), rule.description(), rule.minOrderValue(),
                    rule.percent());
            case PROMOTION -> rule.netPrice() != null
                    ? DiscountRule.netPricePromotion(rule.code(), rule.description(), productId,
                            productId == null ? rule.category() : null, rule.netPrice(), rule.validFrom(), rule.validTo())
                    : DiscountRule.promotion(rule.code(), rule.description(), productId,
                            productId == null ? rule.category() : null, rule.percent(), rule.validFrom(), rule.validTo());
        };
        if (rule.kind() == DiscountKind.PROMOTION) {
            probe.onChannels(rule.channels().isEmpty() ? Set.of() : EnumSet.copyOf(rule.channels()));
        } else if (!rule.channels().isEmpty()) {
            problems.add(Message.of("rule.channelsOnlyPromotion", rule.code()));
            return null;
        }
        probe.during(rule.validFrom(), rule.validTo());
        if (!rule.active()) {
            probe.deactivate();
        }
        DiscountRule existing = pricing.findRule(rule.code()).orElse(null);
        if (existing != null && (existing.kind() != probe.kind() || existing.tier() != probe.tier()
                || !Objects.equals(existing.category(), probe.category())
                || !Objects.equals(existing.productId(), probe.productId()))) {
            problems.add(Message.of("rule.targetChanged", rule.code()));
            return null;
        }
        List<DiscountRule> others = new ArrayList<>(pricing.allRules());
        earlier.forEach(p -> {
            others.remove(p.existing);
            others.add(p.rule);
        });
        for (DiscountRule other : others) {
            if (probe.conflictsWith(other)) {
                problems.add(Message.of("rule.overlap", rule.code(), other.code(),
                        other.validFrom() == null ? "…" : other.validFrom().toString(),
                        other.validTo() == null ? "…" : other.validTo().toString()));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Change change = existing == null ? Change.NEW
                : Objects.equals(existing.description(), probe.description())
                        && existing.percent().compareTo(probe.percent()) == 0
                        && Objects.equals(existing.channels(), probe.channels())
                        && (existing.netPrice() == null ? probe.netPrice() == null
                                : probe.netPrice() != null && existing.netPrice().compareTo(probe.netPrice()) == 0)
                        && Objects.equals(existing.validFrom(), probe.validFrom())
                        && Objects.equals(existing.validTo(), probe.validTo())
                        && existing.active() == probe.active()
                        && (existing.minOrderValue() == null ? probe.minOrderValue() == null
                                : probe.minOrderValue() != null && existing.minOrderValue().compareTo(probe.minOrderValue()) == 0)
                ? Change.UNCHANGED : Change.CHANGED;
        return new Planned(line, probe, existing, change);
    }
}
