package com.theorycloud.tabletheory.mapping.internal.values;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The one RFC 3339 timestamp format this runtime writes ({@code rfc3339nano}): seconds and exactly nine fraction
 * digits, {@code Z} for UTC, otherwise {@code ±hh:mm} ({@code 2026-01-02T03:04:05.120000000Z}). The fixed width keeps
 * stored timestamps sortable as strings, so range conditions on them compare correctly; it is what the TypeScript
 * runtime writes, and Go's and Python's RFC 3339 parsers read it. Lifecycle timestamps, {@code Instant} properties,
 * document values and query values all go through here, so a stored value and a value compared with it always have
 * the same shape. Reading accepts any RFC 3339 timestamp (Go writes trailing zeros trimmed). Timestamps are written
 * on every save, so the common shapes are formatted and parsed by hand instead of through
 * {@link DateTimeFormatter}.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** Formats an instant in UTC. */
    public static String format(Instant instant) {
        return format(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC),
                ZoneOffset.UTC);
    }

    /** Formats a timestamp keeping its offset. */
    public static String format(OffsetDateTime timestamp) {
        return format(timestamp.toLocalDateTime(), timestamp.getOffset());
    }

    private static String format(LocalDateTime time, ZoneOffset offset) {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            // RFC 3339 has four-digit years only; keep the ISO form rather than fail.
            return OffsetDateTime.of(time, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        StringBuilder out = new StringBuilder(35);
        digits(out, year, 4).append('-');
        digits(out, time.getMonthValue(), 2).append('-');
        digits(out, time.getDayOfMonth(), 2).append('T');
        digits(out, time.getHour(), 2).append(':');
        digits(out, time.getMinute(), 2).append(':');
        digits(out, time.getSecond(), 2);
        digits(out.append('.'), time.getNano(), 9);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return out.append('Z').toString();
        }
        out.append(seconds < 0 ? '-' : '+');
        int minutes = Math.abs(seconds) / 60;
        digits(out, minutes / 60, 2).append(':');
        return digits(out, minutes % 60, 2).toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + (value / divisor) % 10));
        }
        return out;
    }

    /**
     * Parses an RFC 3339 timestamp.
     *
     * @throws IllegalArgumentException when the text is not one
     */
    public static OffsetDateTime parse(String text) {
        OffsetDateTime fast = parseCommon(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an RFC 3339 timestamp", e);
        }
    }

    /** Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)}, or returns {@code null} for anything else. */
    private static @Nullable OffsetDateTime parseCommon(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (text.charAt(position) == '.') {
            int start = ++position;
            while (position < length && Character.isDigit(text.charAt(position))) {
                position++;
            }
            int count = position - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = number(text, start, position);
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (position == length - 1 && text.charAt(position) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (position == length - 6 && (text.charAt(position) == '+' || text.charAt(position) == '-')
                && text.charAt(position + 3) == ':') {
            int hours = number(text, position + 1, position + 3);
            int minutes = number(text, position + 4, position + 6);
            if ((hours | minutes) < 0) {
                return null;
            }
            int sign = text.charAt(position) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (java.time.DateTimeException e) {
            return null; // the standard parser produces the error message
        }
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
