package it.ordo.domain.security;

import it.ordo.domain.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a password a person chooses must be: long enough, and not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** Far beyond any real passphrase; keeps a pasted file out of the hash function. */
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Every rule the password breaks (empty when it is acceptable). */
    public static List<Message> problems(String username, String password) {
        List<Message> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add(Message.of("password.missing"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Message.of("password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            problems.add(Message.of("password.tooLong", MAX_LENGTH));
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Message.of("password.isUsername"));
        }
        return problems;
    }
}
