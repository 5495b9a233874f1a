package com.theorycloud.tabletheory.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The lifecycle timestamp format: RFC 3339 in UTC with exactly nine fraction digits
 * ({@code 2026-01-02T03:04:05.123456789Z}). The fixed width keeps stored timestamps sortable as strings; it is what
 * the TypeScript runtime writes, and Go's and Python's RFC 3339 parsers read it.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Formats an instant for a {@code created_at} or {@code updated_at} attribute. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
