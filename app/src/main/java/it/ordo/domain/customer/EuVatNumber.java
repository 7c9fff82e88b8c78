package it.ordo.domain.customer;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A VAT number of an EU member state in its VIES form: the country prefix (EL for Greece) and the national
 * number. Checked for the country's format and, where the country defines one, its check digit, so a typo is
 * caught before an invoice goes out as non-taxable to a number that does not exist. Whether the number is
 * registered is VIES's answer, recorded separately ({@link ViesConfirmation}).
 *
 * @param country the VAT prefix, e.g. DE, EL
 * @param number  the national part, upper case, without blanks or punctuation
 */
public record EuVatNumber(String country, String number) {

    /** A national format and its check, with an example shown when a number does not fit. */
    private record Rule(Pattern format, String example, Predicate<String> check) {
        Rule(String regex, String example, Predicate<String> check) {
            this(Pattern.compile(regex), example, check);
        }
    }

    private static final Predicate<String> NO_CHECK = n -> true;

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("AT", new Rule("U\\d{8}", "ATU12345678", EuVatNumber::austria)),
            Map.entry("BE", new Rule("[01]\\d{9}", "BE0123456789", EuVatNumber::belgium)),
            Map.entry("BG", new Rule("\\d{9,10}", "BG123456789", NO_CHECK)),
            Map.entry("CY", new Rule("\\d{8}[A-Z]", "CY12345678X", NO_CHECK)),
            Map.entry("CZ", new Rule("\\d{8,10}", "CZ12345678", NO_CHECK)),
            Map.entry("DE", new Rule("[1-9]\\d{8}", "DE123456789", n -> mod11x10(n))),
            Map.entry("DK", new Rule("[1-9]\\d{7}", "DK12345678", n -> weighted(n, new int[] {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0)),
            Map.entry("EE", new Rule("10\\d{7}", "EE123456789", EuVatNumber::estonia)),
            Map.entry("EL", new Rule("\\d{9}", "EL123456789", NO_CHECK)),
            Map.entry("ES", new Rule("[A-Z0-9]\\d{7}[A-Z0-9]", "ESA1234567B", EuVatNumber::spain)),
            Map.entry("FI", new Rule("\\d{8}", "FI12345678", n -> weighted(n, new int[] {7, 9, 10, 5, 8, 4, 2, 1}) % 11 == 0)),
            Map.entry("FR", new Rule("[0-9A-HJ-NP-Z]{2}\\d{9}", "FR12345678901", EuVatNumber::france)),
            Map.entry("HR", new Rule("\\d{11}", "HR12345678901", n -> mod11x10(n))),
            Map.entry("HU", new Rule("\\d{8}", "HU12345678", n -> weighted(n, new int[] {9, 7, 3, 1, 9, 7, 3, 1}) % 10 == 0)),
            Map.entry("IE", new Rule("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", "IE1234567WA", EuVatNumber::ireland)),
            Map.entry("IT", new Rule("\\d{11}", "IT12345678901", PartitaIva::isValid)),
            Map.entry("LT", new Rule("\\d{9}|\\d{12}", "LT123456789", NO_CHECK)),
            Map.entry("LU", new Rule("\\d{8}", "LU12345678", n -> Integer.parseInt(n.substring(0, 6)) % 89
                    == Integer.parseInt(n.substring(6)))),
            Map.entry("LV", new Rule("\\d{11}", "LV12345678901", NO_CHECK)),
            Map.entry("MT", new Rule("[1-9]\\d{7}", "MT12345678", NO_CHECK)),
            Map.entry("NL", new Rule("[0-9A-Z+*]{9}B\\d{2}", "NL123456789B01", EuVatNumber::netherlands)),
            Map.entry("PL", new Rule("\\d{10}", "PL1234567890", n -> weighted(n, new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11
                    == n.charAt(9) - '0')),
            Map.entry("PT", new Rule("[1-9]\\d{8}", "PT123456789", EuVatNumber::portugal)),
            Map.entry("RO", new Rule("[1-9]\\d{1,9}", "RO1234567890", NO_CHECK)),
            Map.entry("SE", new Rule("\\d{10}01", "SE123456789001", n -> luhn(n.substring(0, 10)))),
            Map.entry("SI", new Rule("[1-9]\\d{7}", "SI12345678", EuVatNumber::slovenia)),
            Map.entry("SK", new Rule("[1-9]\\d{9}", "SK1234567890", n -> Long.parseLong(n) % 11 == 0)));

    /** Rejects anything but a normalised number valid for its country. */
    public EuVatNumber {
        Optional<Message> problem = problem(country, number);
        if (problem.isPresent()) {
            throw new DomainException(problem.get().key(), problem.get().args().toArray());
        }
    }

    /**
     * Parses what a user typed or a file contained: blanks, dots and dashes are ignored, case too.
     *
     * @throws DomainException naming the number and what is wrong with it (prefix, format or check digit)
     */
    public static EuVatNumber of(String raw) {
        String n = normalize(raw);
        if (n.length() < 2) {
            throw new DomainException("customer.euVatNumber.prefix", Objects.requireNonNullElse(raw, ""));
        }
        return new EuVatNumber(n.substring(0, 2), n.substring(2));
    }

    /** What is wrong with a typed number, if anything: one message naming the number. */
    public static Optional<Message> problem(String raw) {
        String n = normalize(raw);
        if (n.length() < 2) {
            return Optional.of(Message.of("customer.euVatNumber.prefix", Objects.requireNonNullElse(raw, "")));
        }
        return problem(n.substring(0, 2), n.substring(2));
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The VAT prefix a customer in this ISO country must have (EL for Greece). */
    public static String prefixFor(String isoCountry) {
        return EuCountries.vatPrefix(isoCountry);
    }

    private static Optional<Message> problem(String country, String number) {
        String shown = country + number;
        Rule rule = country == null ? null : RULES.get(country);
        if (rule == null) {
            return Optional.of(Message.of("customer.euVatNumber.prefix", shown));
        }
        if (number == null || !rule.format().matcher(number).matches()) {
            return Optional.of(Message.of("customer.euVatNumber.format", shown, country, rule.example()));
        }
        if (!rule.check().test(number)) {
            return Optional.of(Message.of("customer.euVatNumber.checkDigit", shown));
        }
        return Optional.empty();
    }

    private static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace(".", "").replace("-", "");
    }

    /** The ISO country the number belongs to (GR for an EL number). */
    public String isoCountry() {
        return EuCountries.isoOfPrefix(country);
    }

    @Override
    public String toString() {
        return country + number;
    }

    // --- national check digits

    private static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }

    private static int weighted(String n, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(n, i) * weights[i];
        }
        return sum;
    }

    /** ISO 7064 MOD 11,10 over all digits but the last, which is the check digit (DE, HR). */
    private static boolean mod11x10(String n) {
        int product = 10;
        for (int i = 0; i < n.length() - 1; i++) {
            int sum = (digit(n, i) + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        return (11 - product) % 10 == digit(n, n.length() - 1);
    }

    /** Luhn over the whole string, its last digit being the check digit. */
    private static boolean luhn(String n) {
        return luhnSum(n) % 10 == 0;
    }

    private static int luhnSum(String n) {
        int sum = 0;
        for (int i = n.length() - 1, pos = 0; i >= 0; i--, pos++) {
            int d = digit(n, i);
            if (pos % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum;
    }

    private static boolean austria(String n) {
        String digits = n.substring(1, 8);
        return Math.floorMod(6 - luhnSum(digits), 10) == digit(n, 8);
    }

    private static boolean belgium(String n) {
        return 97 - Long.parseLong(n.substring(0, 8)) % 97 == Long.parseLong(n.substring(8));
    }

    private static boolean estonia(String n) {
        return (10 - weighted(n, new int[] {3, 7, 1, 3, 7, 1, 3, 7}) % 10) % 10 == digit(n, 8);
    }

    /** CIF of a company (letter, 7 digits, check digit or letter), else NIF of a person (DNI or NIE). */
    private static boolean spain(String n) {
        char first = n.charAt(0);
        if (Character.isDigit(first) || first == 'X' || first == 'Y' || first == 'Z') {
            String digits = Character.isDigit(first) ? n.substring(0, 8) : "XYZ".indexOf(first) + n.substring(1, 8);
            return "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(digits) % 23) == n.charAt(8);
        }
        if ("KLM".indexOf(first) >= 0) {
            // Persons without a DNI (K, L, M): their check letter follows the DNI rule on the 7 digits.
            return "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n.substring(1, 8)) % 23) == n.charAt(8);
        }
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = digit(n, i);
            if (i % 2 == 1) {
                d *= 2;
                d = d / 10 + d % 10;
            }
            sum += d;
        }
        int check = (10 - sum % 10) % 10;
        char last = n.charAt(8);
        boolean digitOk = last == (char) ('0' + check);
        boolean letterOk = last == "JABCDEFGHI".charAt(check);
        if ("ABEH".indexOf(first) >= 0) {
            return digitOk;
        }
        if ("KPQS".indexOf(first) >= 0) {
            return letterOk;
        }
        return digitOk || letterOk;
    }

    private static boolean france(String n) {
        String key = n.substring(0, 2);
        if (!Character.isDigit(key.charAt(0)) || !Character.isDigit(key.charAt(1))) {
            // The newer alphanumeric keys have no published check: the SIREN's Luhn check still applies.
            return luhn(n.substring(2));
        }
        long siren = Long.parseLong(n.substring(2));
        return (12 + 3 * (siren % 97)) % 97 == Integer.parseInt(key);
    }

    private static boolean ireland(String n) {
        String s = n;
        if (!Character.isDigit(s.charAt(1))) {
            // Old form: digit, letter or + *, five digits, check letter; rearranged to the new form.
            s = "0" + s.substring(2, 7) + s.charAt(0) + s.charAt(7);
        }
        int sum = weighted(s, new int[] {8, 7, 6, 5, 4, 3, 2});
        if (s.length() == 9 && s.charAt(8) != 'W') {
            sum += 9 * (s.charAt(8) - 'A' + 1);
        }
        return "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23) == s.charAt(7);
    }

    /** Companies: mod 11 on nine digits; sole traders since 2020: ISO 7064 mod 97 on "NL" and the number. */
    private static boolean netherlands(String n) {
        String nine = n.substring(0, 9);
        if (nine.chars().allMatch(Character::isDigit)) {
            int check = weighted(nine, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) % 11;
            if (check == digit(nine, 8) && check != 10) {
                return true;
            }
        }
        StringBuilder numeric = new StringBuilder();
        for (char c : ("NL" + n).toCharArray()) {
            if (c == '+') {
                numeric.append("36");
            } else if (c == '*') {
                numeric.append("37");
            } else if (Character.isLetter(c)) {
                numeric.append(c - 'A' + 10);
            } else {
                numeric.append(c);
            }
        }
        return new java.math.BigInteger(numeric.toString()).mod(java.math.BigInteger.valueOf(97)).intValue() == 1;
    }

    private static boolean portugal(String n) {
        int check = 11 - weighted(n, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) % 11;
        return (check > 9 ? 0 : check) == digit(n, 8);
    }

    private static boolean slovenia(String n) {
        int check = 11 - weighted(n, new int[] {8, 7, 6, 5, 4, 3, 2}) % 11;
        return check != 11 && (check == 10 ? 0 : check) == digit(n, 7);
    }
}
