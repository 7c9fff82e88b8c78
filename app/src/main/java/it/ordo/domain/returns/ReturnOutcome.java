package it.ordo.domain.returns;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a returned line goes after inspection: back to sellable stock, into quarantine (a stock bucket apart,
 * never sellable) or scrapped (written off at its cost); each is a ledger row under the RMA number.
 */
public enum ReturnOutcome {
    RESTOCK, QUARANTINE, SCRAP;

    public static ReturnOutcome parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (ReturnOutcome o : values()) {
            if (o.name().equals(key)) {
                return o;
            }
        }
        throw new DomainException("return.outcome.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
