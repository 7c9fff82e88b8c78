package it.ordo.domain.catalog;

import it.ordo.domain.DomainException;

import java.util.Objects;

/**
 * An EAN-13 (GTIN-13) barcode number. The GS1 check digit is verified so that
 * a mistyped code is refused instead of never matching a scanned product.
 *
 * @param value the 13 digits
 */
public record Ean13(String value) {

    /** Rejects anything that is not already a valid 13-digit code. */
    public Ean13 {
        if (!isWellFormed(value)) {
            throw invalid(value);
        }
    }

    /**
     * Parses user or supplier input; surrounding blanks (e.g. from a scanner or a
     * CSV cell) are ignored.
     *
     * @throws DomainException {@code product.ean.invalid} with the raw input
     */
    public static Ean13 of(String raw) {
        String normalized = raw == null ? null : raw.strip();
        if (!isWellFormed(normalized)) {
            throw invalid(raw);
        }
        return new Ean13(normalized);
    }

    /** Same leniency as {@link #of(String)}; {@code null} and blank are invalid. */
    public static boolean isValid(String raw) {
        return isWellFormed(raw == null ? null : raw.strip());
    }

    /**
     * Appends the GS1 check digit to 12 digits, e.g. for generating demo data.
     *
     * @throws IllegalArgumentException if the input is not exactly 12 ASCII digits
     */
    public static String withCheckDigit(String first12Digits) {
        if (!allAsciiDigits(first12Digits, 12)) {
            throw new IllegalArgumentException("Expected 12 digits: " + first12Digits);
        }
        return first12Digits + checkDigit(first12Digits);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isWellFormed(String digits) {
        return allAsciiDigits(digits, 13) && checkDigit(digits) == digits.charAt(12) - '0';
    }

    /** GS1 mod 10: weights 1 and 3 alternating from the left over the first 12 digits. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }

    /** ASCII only: Character.isDigit would accept e.g. Arabic-Indic digits. */
    private static boolean allAsciiDigits(String s, int length) {
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
        return new DomainException("product.ean.invalid", Objects.requireNonNullElse(raw, ""));
    }
}
