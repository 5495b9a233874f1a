package com.theorycloud.tabletheory.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that never waits: it records each delay and moves its own clock forward by it. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private volatile Instant now = Instant.parse("2027-01-15T08:00:00Z");

    @Override
    public void sleep(Duration delay) {
        delays.add(delay);
        now = now.plus(delay);
    }

    /** The delays asked for, in order. */
    public List<Duration> delays() {
        return List.copyOf(delays);
    }

    /** Moves the clock without a sleep, as a slow call would. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** A clock that reads this sleeper's time. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
