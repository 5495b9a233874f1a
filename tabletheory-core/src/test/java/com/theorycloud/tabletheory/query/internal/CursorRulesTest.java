package com.theorycloud.tabletheory.query.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorRulesTest {

    private static final ModelSchema EVENT = DmsLoader.loadResource("query/events.yml").model("Event");
    private static final KeyTarget TABLE = IndexChoice.forQuery(EVENT, null, "PK", null);
    private static final KeyTarget GSI = IndexChoice.forQuery(EVENT, null, "region", "rank");
    private static final AttributeValue P = AttributeValue.fromS("P");
    private static final Map<String, AttributeValue> TABLE_KEY = Map.of("PK", P, "SK", AttributeValue.fromS("S"));

    @Test
    void acceptsTheCursorOfTheSameRead() {
        assertThatCode(() -> CursorRules.check("Event", TABLE_KEY, null, "ASC", TABLE, "ASC", P))
                .doesNotThrowAnyException();
        assertThatCode(() -> CursorRules.check("Event", TABLE_KEY, null, null, TABLE, "DESC", P))
                .doesNotThrowAnyException();
        assertThatCode(() -> CursorRules.check("Event", TABLE_KEY, null, null, TABLE, null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsCursorsOfOtherReads() {
        assertThatThrownBy(() -> CursorRules.check("Event", TABLE_KEY, "gsi-region-rank", "ASC", TABLE, "ASC", P))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("index 'gsi-region-rank'")
                .hasMessageContaining("Event");
        assertThatThrownBy(() -> CursorRules.check("Event", TABLE_KEY, null, "ASC", TABLE, "DESC", P))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("sort direction ASC");
        assertThatThrownBy(() -> CursorRules.check("Event", TABLE_KEY, null, "ASC", TABLE, null, null))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("scan");
        assertThatThrownBy(() -> CursorRules.check("Event", TABLE_KEY, null, null, GSI, null, null))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CursorRules.check("Event", Map.of("PK", P), null, null, TABLE, null, null))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("[PK, SK]");
        assertThatThrownBy(() -> CursorRules.check("Event", Map.of("PK", P, "SK", AttributeValue.fromN("1")), null,
                null, TABLE, null, null)).isInstanceOf(InvalidCursorException.class).hasMessageContaining("'SK'");
        assertThatThrownBy(() -> CursorRules.check("Event", TABLE_KEY, null, "ASC", TABLE, "ASC",
                AttributeValue.fromS("OTHER"))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("another partition");
    }
}
