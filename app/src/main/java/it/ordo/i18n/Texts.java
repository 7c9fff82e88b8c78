package it.ordo.i18n;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * Every sentence the user reads, in Italian or English (bundle
 * it/ordo/i18n/messages), with numbers, money and dates in the locale's format.
 */
public final class Texts {

    private final Locale locale;
    /** Business texts first, then the command line's and the desktop's own. */
    private static final List<String> BUNDLES = List.of("it.ordo.i18n.messages", "it.ordo.i18n.cli", "it.ordo.i18n.ui",
            // one bundle per area of the desktop, so each screen keeps its sentences together
            "it.ordo.i18n.screens_orders", "it.ordo.i18n.screens_entry", "it.ordo.i18n.screens_stock",
            "it.ordo.i18n.screens_customers", "it.ordo.i18n.screens_admin", "it.ordo.i18n.screens_reporting",
            "it.ordo.i18n.screens_care", "it.ordo.i18n.screens_pricing",
            "it.ordo.i18n.intake", "it.ordo.i18n.screens_warehouse",
            "it.ordo.i18n.reports_management");

    /**
     * Properties files only: the default lookup first asks the class loader for a class of each bundle name and
     * locale, which misses through every jar on the class path.
     */
    private static final ResourceBundle.Control PROPERTIES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ABSENT = new java.util.ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }
    };

    /**
     * Loaded in order as a key is looked for, each once: a command needs the first two of the fourteen, and
     * loading all of them took a tenth of its start-up.
     */
    private final AtomicReferenceArray<ResourceBundle> bundles = new AtomicReferenceArray<>(BUNDLES.size());

    public Texts(Locale locale) {
        this.locale = locale;
    }

    /** The bundle {@code name} of Ordo's texts in {@code locale}, read as the texts read it. */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), PROPERTIES);
    }

    private String pattern(String key) {
        for (int i = 0; i < BUNDLES.size(); i++) {
            ResourceBundle b = bundles.get(i);
            if (b == null) {
                try {
                    b = bundle(BUNDLES.get(i), locale);
                } catch (MissingResourceException absent) {
                    b = ABSENT;
                }
                bundles.set(i, b);
            }
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return null;
    }

    public boolean has(String key) {
        return pattern(key) != null;
    }

    /** Italian for an Italian system, English otherwise. */
    public static Texts forDefaultLocale() {
        return new Texts(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return key + (args.length == 0 ? "" : " " + List.of(args));
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = prepare(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    private Object prepare(Object arg) {
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof ZonedDateTime t) {
            return dateTime(t);
        }
        if (arg instanceof String s && s.contains("\u001f")) {
            return render(Message.decode(s)); // a message nested in another (e.g. a line problem)
        }
        if (arg instanceof String s && s.matches("[a-z]+(\\.[A-Za-z_]+)+") && has(s)) {
            return get(s);
        }
        return arg;
    }

    public String render(Message message) {
        if (message == null) {
            return "";
        }
        if ("text".equals(message.key())) {
            return String.valueOf(message.args().getFirst());
        }
        return get(message.key(), message.args().toArray());
    }

    /** Several messages as one sentence: "a; b; c" (a closing full stop of each part is dropped). */
    public String render(List<Message> messages) {
        return messages.stream().map(this::render).map(t -> t.endsWith(".") ? t.substring(0, t.length() - 1) : t)
                .collect(Collectors.joining("; "));
    }

    /** A business refusal as one readable text; a validation lists every reason on its own line. */
    public String describe(DomainException e) {
        if (e instanceof ValidationException v) {
            return v.problems().stream().map(m -> "  - " + render(m)).collect(Collectors.joining("\n",
                    get("validation.failed", v.problems().size()) + "\n", ""));
        }
        return get(e.key(), e.args().toArray());
    }

    /** Euro in the locale's way: "1.234,56 €" in Italian, "€1,234.56" in English. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty()
                ? Locale.of(locale.getLanguage(), "it".equals(locale.getLanguage()) ? "IT" : "US") : locale);
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(amount);
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(3);
        return f.format(value);
    }

    /** A month in the locale's short form ("Nov 2026", "nov 2026"), for axes and headings. */
    public String monthYear(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale));
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** A moment in the zone it carries: "Nov 27, 2026, 10:42 AM", "27 nov 2026, 10:42". */
    public String dateTime(ZonedDateTime at) {
        return at == null ? ""
                : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }
}
