package it.ordo.domain.security;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to a shared database: the roles they work in, the
 * hash of their password and the state of their sign-ins. Five wrong
 * passwords in a row lock the account for fifteen minutes, so a password
 * cannot be guessed by trying; an administrator's reset or enable lifts the lock.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int MAX_USERNAME = 60;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_USERNAME - 1) + "}");

    private String username;
    private String passwordHash;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();
    private boolean disabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private boolean mustChangePassword;
    private Instant createdAt;
    private Instant lastLoginAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    /** A new user; {@code username} must already be {@link #normalize normalized} and {@link #isValidUsername valid}. */
    public UserAccount(String username, String passwordHash, Collection<Role> roles, boolean mustChangePassword,
                       Instant createdAt) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("invalid username");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    /** Usernames are not case-sensitive: "Rossi" signs in as "rossi". */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Letters, digits and {@code . _ -}, starting with a letter or digit, at most 60 characters, lower case. */
    public static boolean isValidUsername(String normalized) {
        return normalized != null && USERNAME.matcher(normalized).matches();
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean disabled() {
        return disabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    /**
     * A wrong password. The fifth in a row locks the account until fifteen
     * minutes from now and starts the count again, so after the lock there
     * are five more tries.
     */
    public void signInFailed(Instant now) {
        if (lockedAt(now)) {
            return;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCKOUT);
            failedAttempts = 0;
        }
    }

    /** The right password: the count of failures starts again. */
    public void signedIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The user chose a new password (after proving the old one). */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** The same password, stored with today's hashing strength; nothing else changes. */
    public void rehash(String newHash) {
        passwordHash = newHash;
    }

    /** An administrator set a temporary password: it works once, to choose a new one. The lock is lifted. */
    public void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** An administrator lifted the lock of wrong passwords; nothing else changes (a disabled user stays disabled). */
    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void disable() {
        disabled = true;
    }

    /** Back to work, with the lock of past failures lifted. */
    public void enable() {
        disabled = false;
        failedAttempts = 0;
        lockedUntil = null;
    }
}
