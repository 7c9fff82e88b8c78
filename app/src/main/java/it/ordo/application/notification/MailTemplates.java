package it.ordo.application.notification;

import it.ordo.domain.DomainException;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailTemplateKey;
import it.ordo.domain.notification.MailTemplateRepository;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer e-mails' texts, in Italian and English: a subject and a body
 * per template, with placeholders such as {@code {order}} filled from the
 * event. The text is the administrator's when one changed it (table
 * {@code mail_template}), else the shipped one (bundle {@code it/ordo/i18n/mail}).
 * A placeholder the event does not know is refused, never sent as it is.
 * Works in the caller's transaction, like the outbox it writes for.
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]*)}");
    private static final String BUNDLE = "it.ordo.i18n.mail";

    private final MailTemplateRepository stored;

    public MailTemplates(MailTemplateRepository stored) {
        this.stored = stored;
    }

    /** A message ready to send (or a template's texts, before filling). */
    public record Rendered(String subject, String body) {
    }

    /** The customer's language: Italian unless it is English. */
    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN;
    }

    public Rendered render(MailKind kind, String language, Map<String, String> values) {
        return render(MailTemplateKey.of(kind, false), language, values);
    }

    public Rendered render(MailTemplateKey key, String language, Map<String, String> values) {
        Rendered template = current(key, language);
        return fill(key, template, values);
    }

    /** Fills the texts of a template (the one in use, or one being written) with an event's values. */
    static Rendered fill(MailTemplateKey key, Rendered template, Map<String, String> values) {
        return new Rendered(fill(template.subject(), values, key.name()), fill(template.body(), values, key.name()));
    }

    /** The texts in use: the administrator's, else the shipped ones. */
    public Rendered current(MailTemplateKey key, String language) {
        String lang = "en".equals(language) ? "en" : "it";
        return stored.find(key, lang).map(t -> new Rendered(t.subject(), t.body()))
                .orElseGet(() -> shipped(key, lang));
    }

    /** The template as Ordo ships it. */
    public static Rendered shipped(MailTemplateKey key, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Rendered(bundle.getString(key.bundleKey() + ".subject"), bundle.getString(key.bundleKey() + ".body"));
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
