package it.ordo.application.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: 256 random bits, written as {@code ordo_} and URL-safe Base64.
 * Stored as their SHA-256 only. A password needs a slow hash because people
 * choose guessable ones; a 256-bit random key cannot be guessed, so one fast
 * hash makes a stolen copy of the table useless and still lets each request
 * find its client through a unique index.
 */
public final class ApiKeys {

    static final String PREFIX = "ordo_";
    private static final int HINT = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the key, in hex: what the database keeps and looks keys up by. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hint(String key) {
        return key.substring(0, HINT) + "…";
    }
}
