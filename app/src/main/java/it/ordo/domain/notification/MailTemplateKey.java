package it.ordo.domain.notification;

import it.ordo.domain.DomainException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The customer e-mail templates an administrator may change: one per kind,
 * and a second for the kinds that say something else when there is no date.
 * Each knows the placeholders its event fills and the one that must be there
 * for the customer to know what the message is about (the order, ticket or
 * return number).
 */
public enum MailTemplateKey {
    ORDER_CONFIRMED(MailKind.ORDER_CONFIRMED, "", "order", "customer", "order", "company", "total", "date"),
    ORDER_CONFIRMED_NO_DATE(MailKind.ORDER_CONFIRMED, ".noDate", "order", "customer", "order", "company", "total"),
    ORDER_DELAYED(MailKind.ORDER_DELAYED, "", "order", "customer", "order", "company", "oldDate", "newDate"),
    ORDER_DELAYED_NO_DATE(MailKind.ORDER_DELAYED, ".noDate", "order", "customer", "order", "company", "oldDate"),
    ORDER_SHIPPED(MailKind.ORDER_SHIPPED, "", "order", "customer", "order", "company", "date", "tracking"),
    ORDER_DELIVERED(MailKind.ORDER_DELIVERED, "", "order", "customer", "order", "company", "date"),
    RETURN_AUTHORISED(MailKind.RETURN_AUTHORISED, "", "rma", "customer", "order", "company", "rma"),
    RETURN_REFUSED(MailKind.RETURN_REFUSED, "", "rma", "customer", "order", "company", "rma", "reason"),
    REFUND_ISSUED(MailKind.REFUND_ISSUED, "", "rma", "customer", "order", "company", "rma", "creditNote", "amount"),
    TICKET_REPLY(MailKind.TICKET_REPLY, "", "ticket", "customer", "ticket", "subject", "message");

    /** The languages customers are written to in. */
    public static final List<String> LANGUAGES = List.of("it", "en");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]*)}");

    private final MailKind kind;
    private final String variant;
    private final String required;
    private final Set<String> placeholders;

    MailTemplateKey(MailKind kind, String variant, String required, String... placeholders) {
        this.kind = kind;
        this.variant = variant;
        this.required = required;
        this.placeholders = Set.of(placeholders);
    }

    public MailKind kind() {
        return kind;
    }

    /** The name of the shipped template in the mail bundle ({@code ORDER_DELAYED.noDate}). */
    public String bundleKey() {
        return kind.name() + variant;
    }

    /** The placeholders this template may use, in a stable order for lists and help. */
    public List<String> placeholders() {
        return placeholders.stream().sorted().toList();
    }

    public String required() {
        return required;
    }

    public static MailTemplateKey of(MailKind kind, boolean withoutDate) {
        return switch (kind) {
            case ORDER_CONFIRMED -> withoutDate ? ORDER_CONFIRMED_NO_DATE : ORDER_CONFIRMED;
            case ORDER_DELAYED -> withoutDate ? ORDER_DELAYED_NO_DATE : ORDER_DELAYED;
            case ORDER_SHIPPED -> ORDER_SHIPPED;
            case ORDER_DELIVERED -> ORDER_DELIVERED;
            case RETURN_AUTHORISED -> RETURN_AUTHORISED;
            case RETURN_REFUSED -> RETURN_REFUSED;
            case REFUND_ISSUED -> REFUND_ISSUED;
            case TICKET_REPLY -> TICKET_REPLY;
        };
    }

    public static MailTemplateKey parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        for (MailTemplateKey k : values()) {
            if (k.name().equals(name) || k.name().equals(name.replace("NODATE", "NO_DATE"))) {
                return k;
            }
        }
        throw new DomainException("mail.template.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** "it" or "en"; anything else is refused (a template no customer would ever get). */
    public static String language(String text) {
        String language = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new DomainException("mail.template.language", text);
        }
        return language;
    }

    /**
     * Refuses a template an administrator wrote that could not be sent: an empty subject or body, a placeholder
     * this message does not fill (it would reach the customer as "{name}"), or without the number that says what
     * the message is about.
     */
    public void check(String subject, String body) {
        if (subject == null || subject.isBlank()) {
            throw new DomainException("mail.template.subject", name());
        }
        if (body == null || body.isBlank()) {
            throw new DomainException("mail.template.body", name());
        }
        List<String> used = new ArrayList<>();
        for (String text : List.of(subject, body)) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!placeholders.contains(m.group(1))) {
                    throw new DomainException("mail.template.unknownPlaceholder", name(), "{" + m.group(1) + "}",
                            placeholders().stream().map(p -> "{" + p + "}").collect(Collectors.joining(", ")));
                }
                used.add(m.group(1));
            }
        }
        if (!used.contains(required)) {
            throw new DomainException("mail.template.required", name(), "{" + required + "}");
        }
    }
}
