package com.theorycloud.tabletheory.mapping.internal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LogicalValuesTest {

    @Test
    void convertsUntypedTreesBothWays() {
        Map<String, Object> tree = Map.of(
                "s", "x",
                "n", 12.5,
                "b", new byte[] {1},
                "bool", false,
                "list", Arrays.asList(1, null, "y"),
                "map", Map.of("k", List.of()),
                "ss", new LinkedHashSet<>(List.of("a", "b")));

        AttributeValue value = LogicalValues.toAttributeValue(tree);

        assertThat(value.m().get("n")).isEqualTo(AttributeValue.fromN("12.5"));
        assertThat(value.m().get("b")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1})));
        assertThat(value.m().get("list").l().get(1)).isEqualTo(AttributeValue.fromNul(true));
        assertThat(value.m().get("ss")).isEqualTo(AttributeValue.fromSs(List.of("a", "b")));
        assertThat(LogicalValues.deepEquals(LogicalValues.fromAttributeValue(value), tree)).isTrue();
        assertThat(LogicalValues.fromAttributeValue(AttributeValue.fromN("9007199254740993")))
                .isEqualTo(new BigDecimal("9007199254740993"));
    }

    @Test
    void rejectsValuesWithoutDynamoForm() {
        assertThatThrownBy(() -> LogicalValues.toAttributeValue(Map.of("a", List.of(Double.POSITIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at a[0]: ");
        assertThatThrownBy(() -> LogicalValues.toAttributeValue(Map.of("a", Set.of())))
                .hasMessageContaining("an empty Set has no DynamoDB set type");
        assertThatThrownBy(() -> LogicalValues.toAttributeValue(Map.of(1, "x")))
                .hasMessageContaining("is not a String");
        assertThatThrownBy(() -> LogicalValues.toAttributeValue(new BigDecimal("1E+200")))
                .hasMessageContaining("outside DynamoDB's number range");
    }

    @Test
    void comparesScenarioNotationLoosely() {
        assertThat(LogicalValues.looselyEquals("AQID", new byte[] {1, 2, 3})).isTrue();
        assertThat(LogicalValues.looselyEquals(1700000000, new BigDecimal("1700000000"))).isTrue();
        assertThat(LogicalValues.looselyEquals(List.of("42", "9007199254740993"),
                Set.of(new BigDecimal("9007199254740993"), new BigDecimal("42")))).isTrue();
        assertThat(LogicalValues.looselyEquals(List.of("a", "b"), List.of("b", "a"))).isFalse();
        assertThat(LogicalValues.looselyEquals(1, "x")).isFalse();
        assertThat(LogicalValues.looselyEquals(Map.of("a", 1), Map.of("a", 1, "b", 2))).isFalse();
    }
}
