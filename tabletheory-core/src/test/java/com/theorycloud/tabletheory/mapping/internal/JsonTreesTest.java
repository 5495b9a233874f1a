package com.theorycloud.tabletheory.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class JsonTreesTest {

    private final ObjectMapper mapper = ConverterRegistry.jsonMapper();

    @Test
    void keepsExactNumbersBothWays() {
        JsonNode tree = mapper.readTree("{\"big\":9007199254740993,\"precise\":0.12345678901234567,"
                + "\"huge\":123456789012345678901234567890,\"small\":7}");

        AttributeValue stored = JsonTrees.toAttributeValue(tree);
        JsonNode back = JsonTrees.toJsonNode(stored);

        assertThat(stored.m().get("big")).isEqualTo(AttributeValue.fromN("9007199254740993"));
        assertThat(stored.m().get("precise")).isEqualTo(AttributeValue.fromN("0.12345678901234567"));
        assertThat(back.get("big").longValue()).isEqualTo(9_007_199_254_740_993L);
        assertThat(back.get("precise").decimalValue()).isEqualByComparingTo(new BigDecimal("0.12345678901234567"));
        assertThat(back.get("huge").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(back.get("small").isInt()).isTrue();
    }

    @Test
    void mapsObjectsArraysAndScalarsToNativeTypes() {
        JsonNode tree = mapper.readTree("{\"s\":\"x\",\"b\":true,\"n\":null,\"l\":[1,\"two\"],\"m\":{\"k\":false}}");

        AttributeValue stored = JsonTrees.toAttributeValue(tree);

        assertThat(stored.m()).containsEntry("s", AttributeValue.fromS("x"))
                .containsEntry("b", AttributeValue.fromBool(true))
                .containsEntry("n", AttributeValue.fromNul(true))
                .containsEntry("l", AttributeValue.fromL(
                        List.of(AttributeValue.fromN("1"), AttributeValue.fromS("two"))))
                .containsEntry("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromBool(false))));
        assertThat(JsonTrees.toJsonNode(stored)).isEqualTo(tree);
    }

    @Test
    void readsStoredSetsAndBinaryAsArraysAndBinaryNodes() {
        AttributeValue stored = AttributeValue.fromM(Map.of(
                "tags", AttributeValue.fromSs(List.of("a", "b")),
                "nums", AttributeValue.fromNs(List.of("1", "2.5")),
                "blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}))));

        JsonNode node = JsonTrees.toJsonNode(stored);

        assertThat(node.get("tags").get(1).stringValue()).isEqualTo("b");
        assertThat(node.get("nums").get(1).decimalValue()).isEqualByComparingTo("2.5");
        assertThat(node.get("blob").binaryValue()).containsExactly(1, 2);
    }
}
