package it.ordo.domain.order;

import it.ordo.domain.DomainException;
import java.util.regex.Pattern;

/** ORD-YYYY-NNNNNN: the year it was taken and its sequence in that year. */
public record OrderNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("ORD-\\d{4}-\\d{6}");

    public OrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new DomainException("order.number.invalid", value);
        }
    }

    public static OrderNumber of(int year, long sequence) {
        return new OrderNumber("ORD-%04d-%06d".formatted(year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
