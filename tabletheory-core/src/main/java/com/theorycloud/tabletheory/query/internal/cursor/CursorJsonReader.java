package com.theorycloud.tabletheory.query.internal.cursor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON text of a cursor back into its parts, checking its shape strictly: every key value must be
 * typed DynamoDB JSON with exactly one type letter. Unknown top-level fields are ignored, as every upstream runtime
 * does, so cursors from newer runtimes still resume.
 */
public final class CursorJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CursorJsonReader() {
    }

    /**
     * The parts of a parsed cursor.
     *
     * @param lastKey the last evaluated key, possibly empty
     * @param index   the index name, or {@code null}
     * @param sort    {@code "ASC"}, {@code "DESC"} or {@code null}
     */
    public record Parts(Map<String, AttributeValue> lastKey, @Nullable String index, @Nullable String sort) {
    }

    /**
     * Parses cursor JSON.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not a cursor
     */
    public static Parts read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("its content is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("its JSON is not an object");
        }
        JsonNode lastKey = root.get("lastKey");
        if (lastKey == null || !lastKey.isObject()) {
            throw new IllegalArgumentException("it has no 'lastKey' object");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : lastKey.properties()) {
            key.put(entry.getKey(), value(entry.getKey(), entry.getValue()));
        }
        return new Parts(key, index(root.get("index")), sort(root.get("sort")));
    }

    private static @Nullable String index(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new IllegalArgumentException("its 'index' is not a string");
        }
        return node.stringValue();
    }

    private static @Nullable String sort(@Nullable JsonNode node) {
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
            return null;
        }
        if (node.isString() && (node.stringValue().equals("ASC") || node.stringValue().equals("DESC"))) {
            return node.stringValue();
        }
        throw new IllegalArgumentException("its 'sort' is " + node + ", not \"ASC\" or \"DESC\"");
    }

    private static AttributeValue value(String name, JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("key attribute '" + name
                    + "' is not typed DynamoDB JSON with exactly one type, such as {\"S\":\"...\"}");
        }
        Map.Entry<String, JsonNode> typed = node.properties().iterator().next();
        JsonNode v = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(text(name, "S", v));
            case "N" -> AttributeValue.fromN(number(name, text(name, "N", v)));
            case "B" -> AttributeValue.fromB(binary(name, text(name, "B", v)));
            case "BOOL" -> {
                if (!v.isBoolean()) {
                    throw invalid(name, "BOOL", "a boolean");
                }
                yield AttributeValue.fromBool(v.booleanValue());
            }
            case "NULL" -> {
                if (!v.isBoolean() || !v.booleanValue()) {
                    throw invalid(name, "NULL", "true");
                }
                yield AttributeValue.fromNul(true);
            }
            case "SS" -> AttributeValue.fromSs(texts(name, "SS", v));
            case "NS" -> AttributeValue.fromNs(texts(name, "NS", v).stream().map(n -> number(name, n)).toList());
            case "BS" -> AttributeValue.fromBs(texts(name, "BS", v).stream().map(b -> binary(name, b)).toList());
            case "L" -> {
                if (!v.isArray()) {
                    throw invalid(name, "L", "an array");
                }
                List<AttributeValue> list = new ArrayList<>();
                for (JsonNode element : v.values()) {
                    list.add(value(name, element));
                }
                yield AttributeValue.fromL(list);
            }
            case "M" -> {
                if (!v.isObject()) {
                    throw invalid(name, "M", "an object");
                }
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : v.properties()) {
                    map.put(entry.getKey(), value(name, entry.getValue()));
                }
                yield AttributeValue.fromM(map);
            }
            default -> throw new IllegalArgumentException("key attribute '" + name + "' has unknown type '"
                    + typed.getKey() + "'");
        };
    }

    private static String text(String name, String type, JsonNode v) {
        if (!v.isString()) {
            throw invalid(name, type, "a string");
        }
        return v.stringValue();
    }

    private static List<String> texts(String name, String type, JsonNode v) {
        if (!v.isArray()) {
            throw invalid(name, type, "an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : v.values()) {
            if (!element.isString()) {
                throw invalid(name, type, "an array of strings");
            }
            out.add(element.stringValue());
        }
        return out;
    }

    private static String number(String name, String text) {
        try {
            new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("key attribute '" + name + "' holds N value '" + text
                    + "', which is not a number", e);
        }
        // Kept verbatim so the cursor re-encodes byte for byte and DynamoDB gets back exactly what it returned.
        return text;
    }

    private static SdkBytes binary(String name, String base64) {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key attribute '" + name + "' holds binary that is not base64", e);
        }
    }

    private static IllegalArgumentException invalid(String name, String type, String expected) {
        return new IllegalArgumentException("key attribute '" + name + "' has a " + type + " value that is not "
                + expected);
    }
}
