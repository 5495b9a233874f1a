package com.theorycloud.tabletheory.mapping;

import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The stored form of timestamps ({@code rfc3339nano}): RFC 3339 with seconds and exactly nine fraction digits,
 * {@code Z} for UTC ({@code 2026-01-02T03:04:05.120000000Z}). Lifecycle timestamps, {@code Instant},
 * {@code OffsetDateTime} and {@code ZonedDateTime} properties are written in this form, so a value compared with them
 * in a hand-written condition or a raw SDK call must be formatted here to compare correctly as a string.
 */
public final class StoredTimestamps {

    private StoredTimestamps() {
    }

    /**
     * The stored form of an instant, in UTC.
     *
     * @param instant the instant
     * @return for example {@code 2026-01-02T03:04:05.120000000Z}
     */
    public static String format(Instant instant) {
        return Timestamps.format(instant);
    }

    /**
     * The stored form of a timestamp, keeping its offset.
     *
     * @param timestamp the timestamp
     * @return for example {@code 2026-01-02T03:04:05.120000000+02:00}
     */
    public static String format(OffsetDateTime timestamp) {
        return Timestamps.format(timestamp);
    }

    /**
     * Reads any RFC 3339 timestamp, whatever its number of fraction digits (as other runtimes may write them).
     *
     * @param text the stored text
     * @return the timestamp with its offset
     * @throws IllegalArgumentException when the text is not an RFC 3339 timestamp
     */
    public static OffsetDateTime parse(String text) {
        return Timestamps.parse(text);
    }
}
