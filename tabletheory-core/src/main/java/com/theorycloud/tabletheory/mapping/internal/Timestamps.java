package com.theorycloud.tabletheory.mapping.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * RFC 3339 timestamps as the other TableTheory runtimes write them ({@code rfc3339nano}): seconds always present, the
 * fraction with trailing zeros dropped (none when zero), {@code Z} for UTC. Reading accepts any RFC 3339 timestamp.
 */
public final class Timestamps {

    private static final DateTimeFormatter WRITER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private Timestamps() {
    }

    /** Formats an instant in UTC. */
    public static String format(Instant instant) {
        return WRITER.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Formats a timestamp keeping its offset. */
    public static String format(OffsetDateTime timestamp) {
        return WRITER.format(timestamp);
    }

    /**
     * Parses an RFC 3339 timestamp.
     *
     * @throws IllegalArgumentException when the text is not one
     */
    public static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an RFC 3339 timestamp", e);
        }
    }
}
