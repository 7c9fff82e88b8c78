package it.ordo.domain.security;

/**
 * Turns a password into what is stored: salted and slow to compute, so a
 * copy of the database does not give the passwords away. Implementations
 * compare in constant time.
 */
public interface PasswordHasher {

    /** A new salted hash; the same password gives a different text each time. */
    String hash(String password);

    /** Whether the password is the one the stored hash was made from; false for a malformed hash. */
    boolean verify(String password, String storedHash);

    /** Whether the stored hash is weaker than what {@link #hash} makes today (it is then redone at sign-in). */
    default boolean needsRehash(String storedHash) {
        return false;
    }
}
