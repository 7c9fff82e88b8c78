package it.ordo.application.imports;

import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads typed values out of an import row, collecting a message for every bad
 * field instead of stopping at the first, so one pass tells the user all of it.
 * Decimals accept a comma as the decimal separator, as Italian spreadsheets write them.
 */
public final class RowReader {

    private final ImportRow row;
    private final List<Message> problems = new ArrayList<>();

    public RowReader(ImportRow row) {
        this.row = row;
    }

    public List<Message> problems() {
        return problems;
    }

    public String optional(String column, int maxLength) {
        String value = row.fields().get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.length() > maxLength) {
            problems.add(Message.of("import.tooLong", column, maxLength));
            return null;
        }
        Optional<Message> control = Normalization.controlProblem(column, value, false);
        if (control.isPresent()) {
            problems.add(control.get());
            return null;
        }
        return value;
    }

    public String required(String column, int maxLength) {
        String value = optional(column, maxLength);
        if (value == null && !hasTooLong(column)) {
            problems.add(Message.of("import.required", column));
        }
        return value;
    }

    private boolean hasTooLong(String column) {
        return problems.stream().anyMatch(m -> (m.key().equals("import.tooLong") || m.key().equals("text.control"))
                && m.args().getFirst().equals(column));
    }

    /**
     * A decimal, read whatever its length: a number written with many digits or an exponent (1e400 from a
     * JSON file) is a number out of range, not a text too long. Amounts, prices and quantities are stored
     * with at most 11 digits before the decimal point, so anything from {@link #LIMIT} up is refused here,
     * before the database would.
     */
    public BigDecimal decimal(String column, boolean required) {
        String raw = required ? required(column, Integer.MAX_VALUE) : optional(column, Integer.MAX_VALUE);
        if (raw == null) {
            return null;
        }
        String normalized = raw.replace(" ", "").replace("\u00a0", "");
        int comma = normalized.lastIndexOf(',');
        int dot = normalized.lastIndexOf('.');
        if (comma >= 0 && comma > dot) {
            // Italian spreadsheets: "2.500,50" or "2,5"
            normalized = normalized.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            // English thousands separator: "2,500.50"
            normalized = normalized.replace(",", "");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(normalized);
        } catch (NumberFormatException e) {
            problems.add(Message.of("import.notNumber", column, shown(raw)));
            return null;
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            problems.add(Message.of("import.outOfRange", column, shown(raw), LIMIT));
            return null;
        }
        return value;
    }

    /** The smallest magnitude no amount, price or quantity reaches (the columns hold 11 integer digits). */
    private static final BigDecimal LIMIT = new BigDecimal("100000000000");

    /** A value as quoted back in a message: a long one cut, so the message stays readable. */
    private static String shown(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }

    /** A date as 2027-01-31 or, as Italian spreadsheets write it, 31/01/2027. */
    public java.time.LocalDate date(String column) {
        String raw = optional(column, 30);
        if (raw == null) {
            return null;
        }
        try {
            return raw.contains("/")
                    ? java.time.LocalDate.parse(raw, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                    : java.time.LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(Message.of("import.notDate", column, shown(raw)));
            return null;
        }
    }

    public Boolean bool(String column, boolean defaultValue) {
        String raw = optional(column, 10);
        if (raw == null) {
            return defaultValue;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "si", "sì", "s" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problems.add(Message.of("import.notBoolean", column, raw));
                yield defaultValue;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type, E defaultValue) {
        String raw = optional(column, 20);
        if (raw == null) {
            if (defaultValue == null) {
                problems.add(Message.of("import.required", column));
            }
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Message.of("import.notOneOf", column, raw, java.util.Arrays.toString(type.getEnumConstants())));
            return defaultValue;
        }
    }

    public void problem(Message message) {
        problems.add(message);
    }
}
