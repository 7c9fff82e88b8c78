package it.ordo.application.security;

import java.time.Instant;
import java.util.List;

/** A user as the administrator sees it; never the password hash. */
public record UserView(String username, List<String> roles, boolean disabled, boolean locked, Instant lockedUntil,
                       int failedAttempts, boolean mustChangePassword, Instant createdAt, Instant lastLoginAt) {
}
