package com.theorycloud.tabletheory.mapping.internal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2026-01-02T03:04:05Z, 2026-01-02T03:04:05.000000000Z",
        "2026-01-02T03:04:05.100Z, 2026-01-02T03:04:05.100000000Z",
        "2026-01-02T03:04:05.123456789Z, 2026-01-02T03:04:05.123456789Z",
        "2026-01-02T03:04:05.000000001Z, 2026-01-02T03:04:05.000000001Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00.000000000Z"})
    void writesInstantsWithNineFractionDigits(String instant, String expected) {
        assertThat(Timestamps.format(Instant.parse(instant))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-02T03:04:05.5+02:00, 2026-01-02T03:04:05.500000000+02:00",
        "2026-01-02T03:04:05-05:30, 2026-01-02T03:04:05.000000000-05:30",
        "2026-01-02T03:04:05+00:00, 2026-01-02T03:04:05.000000000Z"})
    void writesOffsetsWithNineFractionDigits(String timestamp, String expected) {
        assertThat(Timestamps.format(OffsetDateTime.parse(timestamp))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-02T03:04:05Z", "2026-01-02T03:04:05.123Z", "2026-01-02T03:04:05.123000000Z",
        "2026-01-02T05:04:05.123+02:00", "2026-01-02t03:04:05.123z", "2026-01-02T03:04:05.123+00:00"})
    void readsAnyRfc3339Timestamp(String text) {
        assertThat(Timestamps.parse(text).toInstant()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z")
                .plusMillis(text.contains(".123") ? 123 : 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-02T03:04:05Z", "2026-01-02 03:04:05", "yesterday", "2026-01-02T03:04:05"})
    void rejectsTextThatIsNotRfc3339(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RFC 3339");
    }

    @org.junit.jupiter.api.Test
    void sortsAsTextInTimeOrder() {
        String earlier = Timestamps.format(Instant.parse("2026-01-02T03:04:05.1Z"));
        String later = Timestamps.format(Instant.parse("2026-01-02T03:04:05.12Z"));
        assertThat(earlier).isLessThan(later);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 999_999_999, 1_700_000_000_123_456_789L})
    void roundTripsThroughText(long epochNanos) {
        Instant instant = Instant.ofEpochSecond(0, epochNanos);
        assertThat(Timestamps.parse(Timestamps.format(instant)).toInstant()).isEqualTo(instant);
        assertThat(Timestamps.parse(Timestamps.format(instant)).getOffset()).isEqualTo(ZoneOffset.UTC);
    }
}
