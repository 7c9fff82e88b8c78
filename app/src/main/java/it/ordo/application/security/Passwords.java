package it.ordo.application.security;

import java.security.SecureRandom;

/** Temporary passwords Ordo makes up itself: the first administrator's. */
public final class Passwords {

    /** No 0/O, 1/l/I: the password is read off a screen and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** Sixteen random characters, about 92 bits: cannot be guessed in the minutes before it must be changed. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
