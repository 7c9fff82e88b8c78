package it.ordo.domain;

import java.util.List;

/**
 * A business rule said no. It carries a message key and its arguments rather
 * than a finished sentence, so the desktop and the command line can say it in
 * the user's language (bundle {@code it/ordo/i18n/messages}).
 */
public class DomainException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
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
