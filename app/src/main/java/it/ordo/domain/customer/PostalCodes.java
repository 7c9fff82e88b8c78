package it.ordo.domain.customer;

import it.ordo.domain.Message;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Postal-code formats of the countries customers are most often in; elsewhere any code of letters, digits,
 * blanks and dashes up to 10 characters. The Italian CAP and province rules apply only to Italy.
 */
public final class PostalCodes {

    private record Format(Pattern pattern, String example) {
        Format(String regex, String example) {
            this(Pattern.compile(regex), example);
        }
    }

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("IT", new Format("\\d{5}", "20121")),
            Map.entry("SM", new Format("4789\\d", "47890")),
            Map.entry("VA", new Format("00120", "00120")),
            Map.entry("DE", new Format("\\d{5}", "10115")),
            Map.entry("FR", new Format("\\d{5}", "75008")),
            Map.entry("ES", new Format("(0[1-9]|[1-4]\\d|5[0-2])\\d{3}", "28013")),
            Map.entry("FI", new Format("\\d{5}", "00100")),
            Map.entry("GR", new Format("\\d{3} ?\\d{2}", "105 57")),
            Map.entry("HR", new Format("\\d{5}", "10000")),
            Map.entry("AT", new Format("\\d{4}", "1010")),
            Map.entry("BE", new Format("\\d{4}", "1000")),
            Map.entry("CH", new Format("\\d{4}", "8001")),
            Map.entry("DK", new Format("\\d{4}", "1050")),
            Map.entry("LU", new Format("(L-)?\\d{4}", "L-1111")),
            Map.entry("SI", new Format("\\d{4}", "1000")),
            Map.entry("NL", new Format("[1-9]\\d{3} ?[A-Z]{2}", "1012 AB")),
            Map.entry("PT", new Format("\\d{4}-\\d{3}", "1100-148")),
            Map.entry("PL", new Format("\\d{2}-\\d{3}", "00-950")),
            Map.entry("CZ", new Format("\\d{3} ?\\d{2}", "110 00")),
            Map.entry("SK", new Format("\\d{3} ?\\d{2}", "811 01")),
            Map.entry("SE", new Format("\\d{3} ?\\d{2}", "111 22")),
            Map.entry("IE", new Format("[A-Z]\\d[\\dW] ?[0-9A-Z]{4}", "D02 X285")),
            Map.entry("GB", new Format("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}", "SW1A 1AA")),
            Map.entry("US", new Format("\\d{5}(-\\d{4})?", "10001")),
            Map.entry("CA", new Format("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d", "K1A 0B1")));

    private static final Pattern ANY = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,9}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");

    private PostalCodes() {
    }

    /** What is wrong with an address's country, postal code and province, if anything. */
    public static Optional<Message> problem(String country, String postalCode, String province) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            return Optional.of(Message.of("customer.country.invalid", country == null ? "" : country));
        }
        String code = postalCode == null ? "" : postalCode.strip().toUpperCase(Locale.ROOT);
        Format format = FORMATS.get(country);
        boolean fits = format == null ? ANY.matcher(code).matches() : format.pattern().matcher(code).matches();
        if (!fits) {
            return Optional.of(Message.of("customer.postalCode.format", code, country,
                    format == null ? "A1B-2C3" : format.example()));
        }
        if ("IT".equals(country) && province != null && !PROVINCE.matcher(province).matches()) {
            return Optional.of(Message.of("customer.province.invalid", province));
        }
        return Optional.empty();
    }
}
