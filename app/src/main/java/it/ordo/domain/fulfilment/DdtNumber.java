package it.ordo.domain.fulfilment;

import it.ordo.domain.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DDT's number: its series, year and place in the year's sequence, written
 * DDT-YYYY-NNNNNN like order numbers. Gap-free per series and year.
 */
public record DdtNumber(String series, int year, int sequence) {

    public static final String SERIES = "DDT";
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,10})-(\\d{4})-(\\d{6})");

    public static DdtNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new DomainException("ddt.number.invalid", text);
        }
        return new DdtNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return "%s-%04d-%06d".formatted(series, year, sequence);
    }
}
