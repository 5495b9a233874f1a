package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final DateTimeFormatter REFERENCE = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesNineFractionDigitsInUtc() {
        assertThat(Timestamps.format(Instant.parse("2026-01-02T03:04:05.123456789Z")))
                .isEqualTo("2026-01-02T03:04:05.123456789Z");
        assertThat(Timestamps.format(Instant.parse("2026-11-24T10:15:30Z")))
                .isEqualTo("2026-11-24T10:15:30.000000000Z");
        assertThat(Timestamps.format(Instant.parse("2026-11-24T10:15:30.1Z")))
                .isEqualTo("2026-11-24T10:15:30.100000000Z");
    }

    @Test
    void matchesTheFormatterPatternForEveryYearShape() {
        List<Instant> instants = List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.000000001Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-15T12:00:00.5Z"),
                Instant.parse("2024-02-29T00:00:00.000001Z"));
        for (Instant instant : instants) {
            assertThat(Timestamps.format(instant)).as(instant.toString()).isEqualTo(REFERENCE.format(instant));
        }
    }
}
