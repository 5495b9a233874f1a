package com.theorycloud.tabletheory.encryption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AvJsonTest {

    private static String json(AttributeValue value) {
        return new String(AvJson.encode(value), StandardCharsets.UTF_8);
    }

    private static SdkBytes bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return SdkBytes.fromByteArray(out);
    }

    @Test
    void writesScalarsAsTheOtherRuntimesDo() {
        assertThat(json(AttributeValue.fromS("swordfish"))).isEqualTo("{\"t\":\"S\",\"s\":\"swordfish\"}");
        assertThat(json(AttributeValue.fromN("-12.50"))).isEqualTo("{\"t\":\"N\",\"n\":\"-12.50\"}");
        assertThat(json(AttributeValue.fromB(bytes(0, 1, 255)))).isEqualTo("{\"t\":\"B\",\"b\":\"AAH/\"}");
        assertThat(json(AttributeValue.fromBool(false))).isEqualTo("{\"t\":\"BOOL\",\"bool\":false}");
        assertThat(json(AttributeValue.fromNul(true))).isEqualTo("{\"t\":\"NULL\",\"null\":true}");
    }

    @Test
    void writesCollectionsWithSortedMapKeys() {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("z", AttributeValue.fromS("last"));
        map.put("a", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromBool(true))));
        assertThat(json(AttributeValue.fromM(map))).isEqualTo("{\"t\":\"M\",\"m\":{\"a\":{\"t\":\"L\",\"l\":[{\"t\":"
                + "\"N\",\"n\":\"1\"},{\"t\":\"BOOL\",\"bool\":true}]},\"z\":{\"t\":\"S\",\"s\":\"last\"}}}");
        assertThat(json(AttributeValue.fromSs(List.of("b", "a")))).isEqualTo("{\"t\":\"SS\",\"ss\":[\"b\",\"a\"]}");
        assertThat(json(AttributeValue.fromNs(List.of("1", "2.5")))).isEqualTo("{\"t\":\"NS\",\"ns\":[\"1\",\"2.5\"]}");
        assertThat(json(AttributeValue.fromBs(List.of(bytes(1), bytes(2)))))
                .isEqualTo("{\"t\":\"BS\",\"bs\":[\"AQ==\",\"Ag==\"]}");
        assertThat(json(AttributeValue.fromL(List.of()))).isEqualTo("{\"t\":\"L\",\"l\":[]}");
        assertThat(json(AttributeValue.fromM(Map.of()))).isEqualTo("{\"t\":\"M\",\"m\":{}}");
    }

    @Test
    void escapesStringsAsJavaScriptDoes() {
        assertThat(AvJson.quote("a\"b\\c\n\t\u0001é😀</>")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001é😀</>\"");
        assertThat(AvJson.quote("\ud800x")).isEqualTo("\"\\ud800x\"");
    }

    @Test
    void readsBackEveryType() {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("s", AttributeValue.fromS("x\u2028\"y"));
        map.put("n", AttributeValue.fromN("3.14"));
        map.put("b", AttributeValue.fromB(bytes(9, 8)));
        map.put("bool", AttributeValue.fromBool(true));
        map.put("null", AttributeValue.fromNul(true));
        map.put("ss", AttributeValue.fromSs(List.of("p", "q")));
        map.put("ns", AttributeValue.fromNs(List.of("7")));
        map.put("bs", AttributeValue.fromBs(List.of(bytes(1, 2))));
        map.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("e"), AttributeValue.fromM(Map.of()))));
        AttributeValue value = AttributeValue.fromM(map);

        assertThat(AvJson.decode(AvJson.encode(value))).isEqualTo(value);
    }

    @Test
    void readsTheGoRuntimesFormWhichLeavesEmptyCollectionsOut() {
        assertThat(AvJson.decode("{\"t\":\"L\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(AttributeValue.fromL(List.of()));
        assertThat(AvJson.decode("{\"t\":\"M\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(AttributeValue.fromM(Map.of()));
        assertThat(AvJson.decode("{\"t\":\"S\",\"s\":\"a\\u003cb\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(AttributeValue.fromS("a<b"));
    }

    @Test
    void rejectsMalformedPayloadsWithoutQuotingThem() {
        for (String payload : List.of("not json at all: hunter2", "{\"t\":\"S\",\"s\":42}", "{\"t\":\"X\"}",
                "[\"hunter2\"]", "{\"t\":\"B\",\"b\":\"hunter2!\"}")) {
            assertThatThrownBy(() -> AvJson.decode(payload.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasNoCause()
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("42"));
        }
    }
}
