package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemWriterTest {

    private static final String NOW = "2026-01-02T03:04:05.123456789Z";
    private final TestUserCodec codec = TestUserCodec.INSTANCE;
    private final ItemWriter writer = new ItemWriter(codec.schema());

    @Test
    void createFillsBothTimestampsWithTheSameInstantAndVersionZero() {
        Map<String, AttributeValue> item = writer.itemForPut(codec.encode(TestUser.of("U#1", "P", "Al")), NOW);

        assertThat(item).containsEntry("createdAt", AttributeValue.fromS(NOW))
                .containsEntry("updatedAt", AttributeValue.fromS(NOW))
                .containsEntry("version", AttributeValue.fromN("0"))
                .containsEntry("nickname", AttributeValue.fromS("Al"));
    }

    @Test
    void putOverwritesCallerTimestampsButKeepsANonZeroVersion() {
        TestUser user = TestUser.of("U#1", "P", "Al").withCreatedAt("1999-01-01T00:00:00Z").withVersion(7L);
        Map<String, AttributeValue> item = writer.itemForPut(codec.encode(user), NOW);

        assertThat(item).containsEntry("createdAt", AttributeValue.fromS(NOW))
                .containsEntry("version", AttributeValue.fromN("7"));
    }

    @Test
    void omitsEmptyOmitEmptyValuesOnCreate() {
        TestUser user = TestUser.of("U#2", "P", "").withTags(Set.of()).withTtl(0L)
                .withProfile(Map.of("source", ""));
        Map<String, AttributeValue> item = writer.itemForPut(codec.encode(user), NOW);

        assertThat(item).doesNotContainKeys("nickname", "tags", "ttl", "profile")
                .containsKeys("PK", "SK", "createdAt", "updatedAt", "version");
    }

    @Test
    void storesKeptEmptySetsAsNull() {
        ItemWriter matrix = new ItemWriter(TypeMatrixSchema.SCHEMA);
        Map<String, AttributeValue> encoded = new LinkedHashMap<>();
        encoded.put("PK", AttributeValue.fromS("T#1"));
        encoded.put("emptyNumberSet", AttributeValue.fromNs(List.of()));
        encoded.put("optionalString", AttributeValue.fromS(""));

        Map<String, AttributeValue> item = matrix.itemForPut(encoded, NOW);

        assertThat(item).containsEntry("emptyNumberSet", AttributeValue.fromNul(true))
                .containsEntry("optionalString", AttributeValue.fromS(""));
    }

    @Test
    void putRejectsAnAttributeTheModelDoesNotDeclare() {
        Map<String, AttributeValue> encoded = new LinkedHashMap<>(codec.encode(TestUser.of("U#1", "P", "Al")));
        encoded.put("shoeSize", AttributeValue.fromN("44"));

        assertThatThrownBy(() -> writer.itemForPut(encoded, NOW)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("has no attribute 'shoeSize' but the codec wrote it");
    }

    @Test
    void putRejectsAnUndeclaredAttributeEvenWhenADeclaredOneIsMissing() {
        // As many entries as a complete item, but one of them is not the model's.
        Map<String, AttributeValue> encoded = new LinkedHashMap<>(codec.encode(TestUser.of("U#1", "P", null)));
        encoded.put("shoeSize", AttributeValue.fromN("44"));

        assertThatThrownBy(() -> writer.itemForPut(encoded, NOW)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("'shoeSize'");
    }

    @Test
    void createdAtAndUpdatedAtShareOneStoredValue() {
        Map<String, AttributeValue> item = writer.itemForPut(codec.encode(TestUser.of("U#1", "P", "Al")), NOW);
        assertThat(item.get("createdAt")).isEqualTo(item.get("updatedAt")).isEqualTo(AttributeValue.fromS(NOW));
    }

    @Test
    void keepsTtlAsEpochSecondsNumber() {
        Map<String, AttributeValue> item = writer.itemForPut(
                codec.encode(TestUser.of("U#5", "P", null).withTtl(1700000000L)), NOW);
        assertThat(item).containsEntry("ttl", AttributeValue.fromN("1700000000"));
    }

    @Test
    void rejectsMissingAndEmptyKeys() {
        assertThatThrownBy(() -> writer.itemForPut(codec.encode(TestUser.of("U#1", null, "x")), NOW))
                .isInstanceOf(MissingPrimaryKeyException.class).hasMessageContaining("User")
                .hasMessageContaining("'SK'");
        assertThatThrownBy(() -> writer.itemForPut(codec.encode(TestUser.of("", "P", "x")), NOW))
                .isInstanceOf(MissingPrimaryKeyException.class).hasMessageContaining("'PK' is empty");
    }

    @Test
    void rejectsItemsOver400Kb() {
        TestUser big = TestUser.of("U#1", "P", "x".repeat(410_000));
        assertThatThrownBy(() -> writer.itemForPut(codec.encode(big), NOW)).isInstanceOf(ItemTooLargeException.class)
                .hasMessageContaining("User").hasMessageContaining("PK=U#1, SK=P").hasMessageContaining("bytes")
                .hasMessageNotContaining("xxxx");
    }

    @Test
    void partialUpdateWritesOnlyListedFieldsAndRefreshesUpdatedAt() {
        TestUser user = TestUser.of("U#1", "P", "Alice").withEmailHash("h").withVersion(0L);
        UpdatePlan plan = writer.planUpdate(codec.encode(user), List.of("nickname"), NOW);

        assertThat(plan.set()).containsOnlyKeys("nickname", "updatedAt");
        assertThat(plan.remove()).isEmpty();
        assertThat(plan.expectedVersion()).isEqualTo(AttributeValue.fromN("0"));
        assertThat(plan.versionAttribute()).isEqualTo("version");
        assertThat(plan.key()).containsOnlyKeys("PK", "SK");
    }

    @Test
    void partialUpdateRemovesExplicitlySelectedEmptyValues() {
        TestUser user = TestUser.of("U#15", "P", "").withTags(Set.of()).withVersion(0L);
        UpdatePlan plan = writer.planUpdate(codec.encode(user), List.of("nickname", "tags", "emailHash"), NOW);

        assertThat(plan.remove()).containsExactly("nickname", "tags", "emailHash");
        assertThat(plan.set()).containsOnlyKeys("updatedAt");
    }

    @Test
    void partialUpdateKeepsInnerEmptiesOfASelectedMap() {
        TestUser user = TestUser.of("U#16", "P", null).withProfile(Map.of("source", "")).withVersion(0L);
        UpdatePlan plan = writer.planUpdate(codec.encode(user), List.of("profile"), NOW);

        assertThat(plan.set()).containsEntry("profile", AttributeValue.fromM(Map.of("source", AttributeValue.fromS(""))));
        assertThat(plan.remove()).isEmpty();
    }

    @Test
    void fullUpdateSkipsBlankOmitEmptyValuesAndNulls() {
        TestUser user = TestUser.of("U#17", "P", "").withProfile(Map.of("source", "")).withEmailHash("h")
                .withVersion(0L);
        UpdatePlan plan = writer.planUpdate(codec.encode(user), null, NOW);

        assertThat(plan.set()).containsOnlyKeys("emailHash", "updatedAt");
        assertThat(plan.remove()).isEmpty();
    }

    @Test
    void emptyFieldListOnlyTouchesLifecycle() {
        UpdatePlan plan = writer.planUpdate(codec.encode(TestUser.of("U#1", "P", "x").withVersion(4L)), List.of(), NOW);

        assertThat(plan.set()).containsOnlyKeys("updatedAt");
        assertThat(plan.versioned()).isTrue();
    }

    @Test
    void rejectsLifecycleAndKeyFieldsInTheFieldList() {
        Map<String, AttributeValue> encoded = codec.encode(TestUser.of("U#1", "P", "x").withVersion(0L));
        for (String field : List.of("createdAt", "updatedAt", "version")) {
            assertThatThrownBy(() -> writer.planUpdate(encoded, List.of("nickname", field), NOW))
                    .isInstanceOf(InvalidModelException.class).hasMessageContaining(field)
                    .hasMessageContaining("maintained by TableTheory");
        }
        assertThatThrownBy(() -> writer.planUpdate(encoded, List.of("SK"), NOW))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("primary key");
    }

    @Test
    void rejectsUnknownFields() {
        Map<String, AttributeValue> encoded = codec.encode(TestUser.of("U#1", "P", "x").withVersion(0L));
        assertThatThrownBy(() -> writer.planUpdate(encoded, List.of("nick"), NOW))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("'nick'")
                .hasMessageContaining("nickname");
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        assertThatThrownBy(() -> writer.planUpdate(codec.encode(TestUser.of("U#1", "P", "x")), List.of("nickname"),
                NOW)).isInstanceOf(InvalidModelException.class).hasMessageContaining("'version'")
                .hasMessageContaining("PK=U#1");
    }

    @Test
    void formatsTimestampsWithNineFractionDigitsInUtc() {
        assertThat(Timestamps.format(Instant.parse("2026-01-02T03:04:05.1Z"))).isEqualTo("2026-01-02T03:04:05.100000000Z");
        assertThat(Timestamps.format(Instant.ofEpochSecond(0))).isEqualTo("1970-01-01T00:00:00.000000000Z");
    }
}
