package it.ordo.ui.pricing;

import it.ordo.application.pricing.ConditionsService;
import it.ordo.application.pricing.ConditionsService.Rule;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.DiscountKind;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Discount rules and promotions: the table of one set, and an editor that creates a rule, changes one or ends it
 * (its last valid day). What the use case refuses is shown beside the field it is about: a percentage out of range
 * by the percentage, a rule that would share days with another one on the same target by the validity, naming the
 * other rule.
 */
public final class ConditionsViewModel {

    /** The parts of the editor a refusal can point at. */
    public enum Field { CODE, DESCRIPTION, TARGET, AMOUNT, VALIDITY, OTHER }

    private final ConditionsService conditions;
    private final Texts texts;
    private final TaskExecutor executor;
    private final DecimalText decimals;

    private final ObjectProperty<RuleSet> set = new SimpleObjectProperty<>(RuleSet.PROMOTIONS);
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<DiscountKind> kind = new SimpleObjectProperty<>(DiscountKind.PROMOTION);
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty minOrderValue = new SimpleStringProperty("");
    private final StringProperty percent = new SimpleStringProperty("");
    private final StringProperty netPrice = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableSet<Channel> channels = FXCollections.observableSet(EnumSet.noneOf(Channel.class));
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ConditionsViewModel(ConditionsService conditions, Texts texts, TaskExecutor executor) {
        this.conditions = conditions;
        this.texts = texts;
        this.executor = executor;
        this.decimals = new DecimalText(texts);
        for (Field f : Field.values()) {
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
        set.addListener((o, was, now) -> {
            clear();
            refresh();
        });
    }

    public void refresh() {
        RuleSet showing = set.get();
        busy.set(true);
        executor.run(() -> conditions.rules(showing), list -> {
            busy.set(false);
            if (showing == set.get()) {
                rules.setAll(list);
            }
        }, this::failed);
    }

    /** An empty editor for a new rule of the set on screen. */
    public void clear() {
        code.set("");
        description.set("");
        kind.set(set.get() == RuleSet.PROMOTIONS ? DiscountKind.PROMOTION : DiscountKind.TIER);
        tier.set(null);
        category.set("");
        sku.set("");
        minOrderValue.set("");
        percent.set("");
        netPrice.set("");
        validFrom.set(null);
        validTo.set(null);
        active.set(true);
        channels.clear();
        clearProblems();
    }

    /** The editor filled with a rule of the table, to change or end it. */
    public void edit(Rule rule) {
        code.set(rule.code());
        description.set(rule.description());
        kind.set(rule.kind());
        tier.set(rule.tier());
        category.set(rule.category() == null ? "" : rule.category());
        sku.set(rule.sku() == null ? "" : rule.sku());
        minOrderValue.set(decimals.edit(rule.minOrderValue()));
        percent.set(decimals.edit(rule.percent()));
        netPrice.set(decimals.edit(rule.netPrice()));
        validFrom.set(rule.validFrom());
        validTo.set(rule.validTo());
        active.set(rule.active());
        channels.clear();
        channels.addAll(rule.channels());
        clearProblems();
    }

    /** Ends the rule in the editor on {@code lastDay}: from the day after, it no longer applies. */
    public void endOn(LocalDate lastDay) {
        validTo.set(lastDay);
        save();
    }

    /** Creates or changes the rule in the editor. */
    public void save() {
        clearProblems();
        Optional<Rule> rule = rule();
        if (rule.isEmpty()) {
            return;
        }
        RuleSet showing = set.get();
        busy.set(true);
        executor.run(() -> {
            conditions.save(rule.get());
            return conditions.rules(showing);
        }, list -> {
            busy.set(false);
            rules.setAll(list);
            message.set(texts.get("pricing.rules.saved", rule.get().code()));
        }, this::failed);
    }

    /** The rule as typed, or empty when a number field holds no number (said beside it). */
    private Optional<Rule> rule() {
        BigDecimal pct = number(percent.get(), "pricing.col.percent");
        BigDecimal net = number(netPrice.get(), "pricing.col.netPrice");
        BigDecimal threshold = number(minOrderValue.get(), "pricing.col.minOrderValue");
        if (!problem(Field.AMOUNT).get().isEmpty()) {
            return Optional.empty();
        }
        DiscountKind k = kind.get();
        boolean promotion = k == DiscountKind.PROMOTION;
        return Optional.of(new Rule(code.get().strip(), description.get().strip(), k,
                k == DiscountKind.TIER ? tier.get() : null,
                k == DiscountKind.CATEGORY || (promotion && blank(sku.get())) ? blankToNull(category.get()) : null,
                promotion ? blankToNull(sku.get()) : null,
                k == DiscountKind.ORDER_VALUE ? threshold : null, pct, validFrom.get(), validTo.get(), active.get(),
                promotion ? net : null, promotion ? List.copyOf(channels) : List.of()));
    }

    private BigDecimal number(String text, String fieldKey) {
        if (blank(text)) {
            return null;
        }
        Optional<BigDecimal> value = decimals.parse(text);
        if (value.isEmpty()) {
            problems.get(Field.AMOUNT).set(texts.get("pricing.field.notNumber", texts.get(fieldKey), text));
            return null;
        }
        return value.get();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private void failed(Throwable error) {
        busy.set(false);
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof DomainException)) {
            t = t.getCause();
        }
        if (t instanceof ValidationException invalid) {
            Map<Field, List<String>> said = new EnumMap<>(Field.class);
            for (Message m : invalid.problems()) {
                said.computeIfAbsent(fieldOf(m), f -> new ArrayList<>()).add(texts.render(m));
            }
            said.forEach((f, lines) -> problems.get(f).set(String.join("\n", lines)));
            message.set(texts.get("pricing.rules.refused"));
            return;
        }
        message.set(Problems.describe(texts, error));
    }

    /** Which field a refusal is about, by what the use case said. */
    static Field fieldOf(Message m) {
        String key = m.key();
        return switch (key) {
            case "rule.overlap", "validity.endsBeforeStart" -> Field.VALIDITY;
            case "rule.percentOutOfRange", "rule.percentOrNetPrice", "rule.netPriceNotPositive",
                 "rule.thresholdRequired", "import.tooManyDecimals" -> Field.AMOUNT;
            case "rule.promotionTarget", "notFound.product", "rule.targetChanged" -> Field.TARGET;
            case "import.required" -> switch (String.valueOf(m.args().isEmpty() ? "" : m.args().getFirst())) {
                case "code" -> Field.CODE;
                case "description" -> Field.DESCRIPTION;
                case "percent" -> Field.AMOUNT;
                default -> Field.TARGET;
            };
            default -> Field.OTHER;
        };
    }

    private void clearProblems() {
        problems.values().forEach(p -> p.set(""));
        message.set("");
    }

    public ObjectProperty<RuleSet> setProperty() {
        return set;
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<DiscountKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Tier> tierProperty() {
        return tier;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty minOrderValueProperty() {
        return minOrderValue;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public StringProperty netPriceProperty() {
        return netPrice;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** The channels of the promotion in the editor; empty for every channel. */
    public ObservableSet<Channel> channels() {
        return channels;
    }

    public ReadOnlyStringProperty problem(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What a rule applies to, as the table shows it: a tier, a category, a product, an order value; its channels. */
    public String target(Rule r) {
        return switch (r.kind()) {
            case TIER -> texts.get("pricing.target.tier", r.tier());
            case CATEGORY -> texts.get("pricing.target.category", r.category());
            case ORDER_VALUE -> texts.get("pricing.target.orderValue", texts.money(r.minOrderValue()));
            case PROMOTION -> r.sku() != null ? texts.get("pricing.target.product", r.sku())
                    : texts.get("pricing.target.category", r.category());
        };
    }

    /** The channels a rule holds on, in the user's language; "every channel" when not limited. */
    public String channels(Rule r) {
        return r.channels().isEmpty() ? texts.get("pricing.channels.all")
                : String.join(", ", r.channels().stream().map(c -> texts.get("entry.channel." + c.name())).toList());
    }

    /** The discount: a percentage, or a promotion's net price. */
    public String amount(Rule r) {
        return r.netPrice() != null ? texts.get("pricing.amount.net", texts.money(r.netPrice()))
                : texts.number(r.percent()) + " %";
    }
}
