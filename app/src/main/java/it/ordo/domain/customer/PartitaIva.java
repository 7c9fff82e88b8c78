package it.ordo.domain.customer;

import it.ordo.domain.DomainException;

import java.util.Objects;

/**
 * An Italian VAT number (partita IVA): 11 digits, the last one a check digit.
 * Validating the check digit catches most typos before an invoice goes out
 * with a number the Agenzia delle Entrate will reject.
 *
 * @param value the 11 digits, without the "IT" prefix
 */
public record PartitaIva(String value) {

    private static final String ALL_ZEROS = "00000000000";

    /** Rejects anything that is not already a normalised, valid number. */
    public PartitaIva {
        if (!isWellFormed(value)) {
            throw invalid(value);
        }
    }

    /**
     * Parses what a user typed or a file contained: surrounding blanks, spaces
     * between digit groups and the "IT" prefix of the EU VIES form are tolerated.
     *
     * @throws DomainException {@code customer.vatNumber.invalid} with the raw input
     */
    public static PartitaIva of(String raw) {
        String normalized = normalize(raw);
        if (!isWellFormed(normalized)) {
            throw invalid(raw);
        }
        return new PartitaIva(normalized);
    }

    /** Same leniency as {@link #of(String)}; {@code null} and blank are invalid. */
    public static boolean isValid(String raw) {
        return isWellFormed(normalize(raw));
    }

    /**
     * Appends the check digit to 10 digits, e.g. for generating demo data.
     *
     * @throws IllegalArgumentException if the input is not exactly 10 ASCII digits,
     *         or is all zeros (which would give the never-valid 00000000000)
     */
    public static String withCheckDigit(String first10Digits) {
        if (!allAsciiDigits(first10Digits, 10)) {
            throw new IllegalArgumentException("Expected 10 digits: " + first10Digits);
        }
        String result = first10Digits + checkDigit(first10Digits);
        if (result.equals(ALL_ZEROS)) {
            throw new IllegalArgumentException("All zeros is not a partita IVA");
        }
        return result;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        // The VIES form "IT01234567890" is common on letterheads and invoices.
        if (s.regionMatches(true, 0, "IT", 0, 2)) {
            s = s.substring(2);
        }
        return s.replace(" ", "");
    }

    private static boolean isWellFormed(String digits) {
        return allAsciiDigits(digits, 11)
                // The all-zero string passes the checksum but is never issued.
                && !digits.equals(ALL_ZEROS)
                && checkDigit(digits) == digits.charAt(10) - '0';
    }

    /** Italian rule: odd positions summed, even positions doubled (minus 9 if over 9). */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                sum += d;
            } else {
                int doubled = d * 2;
                sum += doubled > 9 ? doubled - 9 : doubled;
            }
        }
        return (10 - sum % 10) % 10;
    }

    /** ASCII only: Character.isDigit would accept e.g. Arabic-Indic digits. */
    static boolean allAsciiDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static DomainException invalid(String raw) {
        // DomainException keeps its args in List.of, which refuses null.
        return new DomainException("customer.vatNumber.invalid", Objects.requireNonNullElse(raw, ""));
    }
}
