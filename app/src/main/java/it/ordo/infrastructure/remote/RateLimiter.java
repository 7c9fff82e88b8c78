package it.ordo.infrastructure.remote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API client, in the server's memory: a client may make
 * its requests-per-minute in a burst, then one more each time one minute's
 * share has passed. Held per server process (one server, one limit), and
 * forgotten at restart, which costs a client at most one extra burst.
 */
public final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public RateLimiter() {
        this(System::nanoTime);
    }

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one request from the client's allowance: 0 when it may go ahead,
     * else how many milliseconds until it may (nothing is taken then).
     */
    public long acquire(String client, int perMinute) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double refill = (now - bucket.at) * (double) perMinute / MINUTE_NANOS;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) * MINUTE_NANOS / perMinute;
            return Math.max(1, (long) Math.ceil(missingNanos / 1_000_000));
        }
    }
}
