package it.ordo.application.reporting;

/**
 * Open orders waiting for stock by how long ago they were confirmed: up to
 * 7 days, 8 to 30, over 30; {@code oldestDays} the oldest one's age (0 when none).
 */
public record BackorderAge(Bucket bucket, long orders, long oldestDays) {

    public enum Bucket {
        UP_TO_7_DAYS, UP_TO_30_DAYS, OVER_30_DAYS
    }
}
