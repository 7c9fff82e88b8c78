package it.ordo.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Numbers and dates as people type them: "2.5" and "2,5", "1.234,50" and "1,234.50"; ISO dates or dd/mm/yyyy. */
final class Numbers {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Numbers() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal decimal(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "").replace("\u00a0", "").replace("'", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // Both present: the last one is the decimal separator, the other groups thousands.
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        if (s.isEmpty() || !s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The date, or null when the text is not one. */
    static LocalDate date(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(s, ITALIAN_DATE);
            } catch (DateTimeParseException italian) {
                return null;
            }
        }
    }
}
