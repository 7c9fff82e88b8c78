package it.ordo.domain.notification;

import it.ordo.domain.DomainException;
import java.util.regex.Pattern;

/** A plausible single e-mail address: local part, @, a domain with a dot; no spaces, commas or angle brackets. */
public final class EmailAddress {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@,;<>\"()]+@[^\\s@,;<>\"()]+\\.[^\\s@,;<>\"().]{2,}");

    private EmailAddress() {
    }

    public static boolean valid(String address) {
        return address != null && address.strip().length() <= 200 && ADDRESS.matcher(address.strip()).matches();
    }

    /** The address, trimmed; refuses what is not one, quoting it. */
    public static String check(String address) {
        if (!valid(address)) {
            throw new DomainException("mail.address.invalid", address == null ? "" : address);
        }
        return address.strip();
    }
}
