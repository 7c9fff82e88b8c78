package it.ordo.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule said no. It carries a message key and its arguments rather
 * than a finished sentence, so the desktop and the command line can say it in
 * the user's language (bundle {@code it/ordo/i18n/messages}).
 */
public class DomainException extends RuntimeException {

    /** Shown for an argument that is not known yet, such as the number of an order not yet numbered. */
    private static final String UNKNOWN = "-";

    private final String key;
    private final transient List<Object> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        // A refusal must reach the user even when it names something still missing: List.of alone
        // would turn "order has no lines" on an unnumbered draft into a NullPointerException.
        this.args = Arrays.stream(args).map(a -> a == null ? UNKNOWN : a).toList();
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return key + args;
    }
}
