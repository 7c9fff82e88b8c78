package it.ordo.domain.customer;

import it.ordo.domain.DomainException;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Italian fiscal code (codice fiscale). People have the 16-character
 * alphanumeric code; companies use an 11-digit numeric code that follows the
 * partita IVA rules. Invoices must carry it, so typos are caught here through
 * the check character rather than by the SdI rejecting the e-invoice.
 *
 * @param value the code in upper case
 */
public record CodiceFiscale(String value) {

    /**
     * Surname, name, year, month letter, day (+40 for women), municipality,
     * check. Digit positions also accept the omocodia letters LMNPQRSTUV, used
     * when two people would otherwise get the same code.
     */
    private static final Pattern PERSONAL = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

    /** Official table for characters in odd (1st, 3rd, ...) positions; digits map like A..J. */
    private static final int[] ODD_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // A-J (and 0-9)
        2, 4, 18, 20, 11, 3, 6, 8, 12, 14, // K-T
        16, 10, 22, 25, 24, 23             // U-Z
    };

    /** Rejects anything that is not already an upper-case, valid code. */
    public CodiceFiscale {
        if (!isWellFormed(value)) {
            throw invalid(value);
        }
    }

    /**
     * Parses user input: surrounding blanks are ignored and letters upper-cased.
     *
     * @throws DomainException {@code customer.fiscalCode.invalid} with the raw input
     */
    public static CodiceFiscale of(String raw) {
        String normalized = normalize(raw);
        if (!isWellFormed(normalized)) {
            throw invalid(raw);
        }
        return new CodiceFiscale(normalized);
    }

    /** Same leniency as {@link #of(String)}; {@code null} and blank are invalid. */
    public static boolean isValid(String raw) {
        return isWellFormed(normalize(raw));
    }

    /** True for the 11-digit code of a company (as opposed to a person's code). */
    public boolean isNumeric() {
        return value.length() == 11;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String code) {
        if (code == null) {
            return false;
        }
        if (code.length() == 11) {
            // Companies: the fiscal code is (or is built like) a partita IVA.
            return PartitaIva.allAsciiDigits(code, 11) && PartitaIva.isValid(code);
        }
        return code.length() == 16
                && PERSONAL.matcher(code).matches()
                && checkCharacter(code) == code.charAt(15);
    }

    /** Odd positions through the official table, even positions by plain value, mod 26. */
    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = valueOf(code.charAt(i));
            // i is 0-based, so even i is an odd position in the official numbering.
            sum += i % 2 == 0 ? ODD_VALUES[v] : v;
        }
        return (char) ('A' + sum % 26);
    }

    /** Digits 0-9 and letters A-Z share the indices 0-9 for the tables. */
    private static int valueOf(char c) {
        return c <= '9' ? c - '0' : c - 'A';
    }

    private static DomainException invalid(String raw) {
        // DomainException keeps its args in List.of, which refuses null.
        return new DomainException("customer.fiscalCode.invalid", Objects.requireNonNullElse(raw, ""));
    }
}
