package it.ordo.application.notification;

import it.ordo.domain.DomainException;
import it.ordo.domain.notification.MailKind;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer e-mails' texts, in Italian and English (bundle
 * {@code it/ordo/i18n/mail}): a subject and a body per kind, with
 * placeholders such as {@code {order}} filled from the event. A placeholder
 * the event does not know is refused, never sent as it is.
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String BUNDLE = "it.ordo.i18n.mail";

    /** A message ready to send. */
    public record Rendered(String subject, String body) {
    }

    /** The customer's language: Italian unless it is English. */
    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN;
    }

    public Rendered render(MailKind kind, String language, Map<String, String> values) {
        return render(kind.name(), language, values);
    }

    /** {@code key} names the template: a kind, or a kind and its variant ({@code ORDER_DELAYED.noDate}). */
    public Rendered render(String key, String language, Map<String, String> values) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Rendered(fill(bundle.getString(key + ".subject"), values, key),
                fill(bundle.getString(key + ".body"), values, key));
    }

    /** Fills a template; refuses a placeholder with no value (a template mistake must not reach a customer). */
    public static String fill(String template, Map<String, String> values, String name) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new DomainException("mail.template.placeholder", name, "{" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
