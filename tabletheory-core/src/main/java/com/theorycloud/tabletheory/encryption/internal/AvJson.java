package com.theorycloud.tabletheory.encryption.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form an attribute value takes before it is sealed, shared by every TableTheory runtime: a compact JSON object
 * with the type in {@code t} and the value under the lower-case type name ({@code {"t":"S","s":"swordfish"}};
 * binaries as standard base64; map keys sorted). Encoding writes exactly the bytes the TypeScript runtime writes;
 * decoding also accepts the Go runtime's form, which leaves empty collections out.
 *
 * <p>Decoding errors never quote the payload, because it is decrypted plaintext.
 */
public final class AvJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private AvJson() {
    }

    /** The UTF-8 JSON of a value. */
    public static byte[] encode(AttributeValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a value back.
     *
     * @throws IllegalArgumentException with a reason that never quotes the payload
     */
    public static AttributeValue decode(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            // The parser's message quotes the input, which is plaintext: keep neither message nor cause.
            throw new IllegalArgumentException("the decrypted payload is not JSON");
        }
        if (root == null) {
            throw new IllegalArgumentException("the decrypted payload is empty");
        }
        return read(root);
    }

    private static void write(AttributeValue value, StringBuilder out) {
        switch (value.type()) {
            case S -> field(out, "S", "s").append(quote(value.s())).append('}');
            case N -> field(out, "N", "n").append(quote(value.n())).append('}');
            case B -> field(out, "B", "b").append(quote(base64(value.b()))).append('}');
            case BOOL -> field(out, "BOOL", "bool").append(value.bool() ? "true" : "false").append('}');
            case NUL -> field(out, "NULL", "null").append("true}");
            case SS -> strings(field(out, "SS", "ss"), value.ss(), s -> s).append('}');
            case NS -> strings(field(out, "NS", "ns"), value.ns(), s -> s).append('}');
            case BS -> strings(field(out, "BS", "bs"), value.bs(), AvJson::base64).append('}');
            case L -> {
                field(out, "L", "l").append('[');
                List<AttributeValue> list = value.l();
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append("]}");
            }
            case M -> {
                field(out, "M", "m").append('{');
                boolean first = true;
                // TreeMap orders by UTF-16 code units, as JavaScript's default sort does.
                for (Map.Entry<String, AttributeValue> entry : new TreeMap<>(value.m()).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(quote(entry.getKey())).append(':');
                    write(entry.getValue(), out);
                }
                out.append("}}");
            }
            default -> throw new IllegalArgumentException("an attribute value of unknown type cannot be encrypted");
        }
    }

    private static StringBuilder field(StringBuilder out, String type, String name) {
        return out.append("{\"t\":\"").append(type).append("\",\"").append(name).append("\":");
    }

    private static <E> StringBuilder strings(StringBuilder out, List<E> values, Function<E, String> text) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(text.apply(values.get(i))));
        }
        return out.append(']');
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }

    /** A JSON string literal escaped as JavaScript's {@code JSON.stringify} escapes it. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static AttributeValue read(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("the decrypted payload is not a JSON object");
        }
        JsonNode type = node.get("t");
        if (type == null || !type.isString()) {
            throw new IllegalArgumentException("the decrypted payload has no type 't'");
        }
        return switch (type.stringValue()) {
            case "S" -> AttributeValue.fromS(text(node, "s", "S"));
            case "N" -> AttributeValue.fromN(text(node, "n", "N"));
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes(text(node, "b", "B"), "B")));
            case "BOOL" -> {
                JsonNode value = node.get("bool");
                if (value == null || !value.isBoolean()) {
                    throw new IllegalArgumentException("the decrypted BOOL payload has no boolean 'bool'");
                }
                yield AttributeValue.fromBool(value.booleanValue());
            }
            case "NULL" -> AttributeValue.fromNul(true);
            case "SS" -> AttributeValue.fromSs(texts(node, "ss", "SS"));
            case "NS" -> AttributeValue.fromNs(texts(node, "ns", "NS"));
            case "BS" -> AttributeValue.fromBs(texts(node, "bs", "BS").stream()
                    .map(b -> SdkBytes.fromByteArray(bytes(b, "BS"))).toList());
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                for (JsonNode element : collection(node, "l", "L", true)) {
                    list.add(read(element));
                }
                yield AttributeValue.fromL(list);
            }
            case "M" -> {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                JsonNode value = node.get("m");
                if (value != null && !value.isObject()) {
                    throw new IllegalArgumentException("the decrypted M payload's 'm' is not an object");
                }
                if (value != null) {
                    for (Map.Entry<String, JsonNode> entry : value.properties()) {
                        map.put(entry.getKey(), read(entry.getValue()));
                    }
                }
                yield AttributeValue.fromM(map);
            }
            default -> throw new IllegalArgumentException("the decrypted payload has an unknown type 't'");
        };
    }

    private static String text(JsonNode node, String field, String type) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("the decrypted " + type + " payload has no string '" + field + "'");
        }
        return value.stringValue();
    }

    private static List<String> texts(JsonNode node, String field, String type) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : collection(node, field, type, false)) {
            if (!element.isString()) {
                throw new IllegalArgumentException("the decrypted " + type + " payload holds a non-string element");
            }
            out.add(element.stringValue());
        }
        return out;
    }

    /** A JSON array field; absent means empty, as the Go runtime leaves empty collections out. */
    private static Iterable<JsonNode> collection(JsonNode node, String field, String type, boolean list) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("the decrypted " + type + " payload's '" + field + "' is not "
                    + (list ? "a list" : "an array"));
        }
        return value;
    }

    private static byte[] bytes(String base64, String type) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the decrypted " + type + " payload holds invalid base64");
        }
    }
}
