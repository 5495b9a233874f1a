package com.theorycloud.tabletheory.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The index time format of outbox rows. */
class OutboxItemsTest {

    @Test
    void indexTimesSortAsTimes() {
        String earlier = OutboxItems.due(Instant.parse("2026-04-24T19:00:00Z"));
        String later = OutboxItems.due(Instant.parse("2026-04-24T19:00:00.001Z"));

        assertThat(earlier).isEqualTo("2026-04-24T19:00:00.000Z");
        assertThat(earlier).isLessThan(later);
    }
}
