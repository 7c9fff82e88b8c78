package it.ordo.infrastructure.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Properties;
import org.apache.derby.authentication.UserAuthenticator;

/**
 * The Derby engine's system-wide sign-in in the server's JVM: only the database owner may create a
 * database, shut the engine down or reach a database that has no accounts of its own. The {@code ordo}
 * database authenticates its own accounts (NATIVE, stored in it), which Derby asks first; this is asked
 * for everything else. Without it, the runtime account (an account of {@code ordo} like the owner) could
 * create a database of its own through the Network Server, own it, and install and run Java code there,
 * inside the server.
 */
public final class OwnerAuthenticator implements UserAuthenticator {

    private static volatile String owner;
    private static volatile byte[] digest;

    /** Derby instantiates it by name. */
    public OwnerAuthenticator() {
    }

    /** The owner of this JVM's Derby engine: the only account it accepts. */
    static void allow(String user, String password) {
        owner = normalized(user);
        digest = sha256(password);
    }

    @Override
    public boolean authenticateUser(String userName, String userPassword, String databaseName, Properties info) {
        String allowed = owner;
        byte[] expected = digest;
        return allowed != null && userName != null && userPassword != null
                && allowed.equals(normalized(userName)) && MessageDigest.isEqual(expected, sha256(userPassword));
    }

    /** Derby's name for an account given without quotes. */
    static String normalized(String user) {
        return user.startsWith("\"") && user.endsWith("\"") && user.length() > 1 ? user.substring(1, user.length() - 1)
                : user.toUpperCase(Locale.ROOT);
    }

    private static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
