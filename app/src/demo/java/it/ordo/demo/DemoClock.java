package it.ordo.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The clock of the replayed history: the generator moves it forward by hand, step by step. */
final class DemoClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    DemoClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new DemoClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
