package it.ordo.domain.customer;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A habitual exporter's declaration of intent (dichiarazione d'intento): up to its ceiling (plafond) of
 * taxable amount, within its validity, the customer buys without VAT. Each order taken under it consumes its
 * net total while the declaration row is locked, so two orders at once never take it over the ceiling.
 */
@Entity
@Table(name = "intent_declaration")
public class IntentDeclaration extends BaseEntity {

    /** The protocol number the Agenzia delle Entrate gives the filed declaration: 17 digits, dash, 6 digits. */
    private static final Pattern PROTOCOL = Pattern.compile("\\d{17}-\\d{6}");
    /** Below this share of the ceiling left, every order under the declaration carries a warning. */
    private static final BigDecimal WARNING_SHARE = new BigDecimal("0.10");

    private long customerId;
    private String protocol;
    private LocalDate validFrom;
    private LocalDate validTo;
    private BigDecimal ceiling;
    private BigDecimal used = BigDecimal.ZERO;
    @Version
    private long version;

    protected IntentDeclaration() {
    }

    public IntentDeclaration(long customerId, String protocol, LocalDate validFrom, LocalDate validTo,
                             BigDecimal ceiling) {
        List<Message> problems = problems(protocol, validFrom, validTo, ceiling);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        this.customerId = customerId;
        this.protocol = protocol.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.ceiling = ceiling;
    }

    /** Every problem of a declaration's data, each naming its field; empty when it can be recorded. */
    public static List<Message> problems(String protocol, LocalDate validFrom, LocalDate validTo, BigDecimal ceiling) {
        List<Message> problems = new ArrayList<>();
        if (protocol == null || protocol.isBlank()) {
            problems.add(Message.of("declaration.protocol.missing"));
        } else if (!PROTOCOL.matcher(protocol.strip()).matches()) {
            problems.add(Message.of("declaration.protocol.invalid", protocol));
        }
        if (validFrom == null || validTo == null) {
            problems.add(Message.of("declaration.period.missing"));
        } else if (validTo.isBefore(validFrom)) {
            problems.add(Message.of("declaration.period.invalid", validFrom, validTo));
        }
        if (ceiling == null || ceiling.signum() <= 0) {
            problems.add(Message.of("declaration.ceiling.invalid", ceiling == null ? "" : ceiling.toPlainString()));
        } else if (ceiling.stripTrailingZeros().scale() > 2) {
            problems.add(Message.of("import.tooManyDecimals", "ceiling", ceiling.toPlainString(), 2));
        }
        return problems;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public BigDecimal remaining() {
        return ceiling.subtract(used);
    }

    /** Whether an order of this taxable amount still fits under the ceiling. */
    public boolean fits(BigDecimal taxable) {
        return taxable.compareTo(remaining()) <= 0;
    }

    /** Whether, after an order of this taxable amount, less than a tenth of the ceiling is left. */
    public boolean nearlyExhaustedAfter(BigDecimal taxable) {
        return remaining().subtract(taxable).compareTo(ceiling.multiply(WARNING_SHARE)) < 0;
    }

    /** Takes an order's taxable amount off the ceiling; the caller holds the row lock. */
    public void consume(BigDecimal taxable) {
        if (!fits(taxable)) {
            throw new DomainException("declaration.exhausted", protocol, remaining().toPlainString(),
                    taxable.toPlainString());
        }
        used = used.add(taxable);
    }

    /** Gives back what a cancelled order had consumed. */
    public void giveBack(BigDecimal taxable) {
        used = used.subtract(taxable).max(BigDecimal.ZERO);
    }

    public long customerId() {
        return customerId;
    }

    public String protocol() {
        return protocol;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public BigDecimal ceiling() {
        return ceiling;
    }

    public BigDecimal used() {
        return used;
    }
}
