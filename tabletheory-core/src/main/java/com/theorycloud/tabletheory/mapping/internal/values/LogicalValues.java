package com.theorycloud.tabletheory.mapping.internal.values;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts untyped Java object trees (the logical values of documents, JSON maps and lists) to and from DynamoDB
 * attribute values, and compares them by value. Used by every codec for {@code M} and {@code L} attributes whose
 * contents the model does not describe.
 *
 * <p>Writing: {@code null} → NULL, {@link String} → S, {@link Number} → N (checked by {@link DynamoNumbers}),
 * {@link Boolean} → BOOL, {@code byte[]}/{@link SdkBytes}/{@link ByteBuffer} → B, {@link Map} with string keys → M,
 * {@link Set} of strings/numbers/binaries → SS/NS/BS, any other {@link Collection} → L. Reading: S → String,
 * N → {@link BigDecimal} (exact), B → {@code byte[]}, BOOL → Boolean, NULL → null, L → List, M → Map, SS/NS/BS →
 * Set of String/BigDecimal/byte[]. Collections read back are unmodifiable and keep DynamoDB's order.
 */
public final class LogicalValues {

    private LogicalValues() {
    }

    /**
     * Converts a logical value to an attribute value.
     *
     * @throws IllegalArgumentException naming the path of the first value that cannot be stored
     */
    public static AttributeValue toAttributeValue(@Nullable Object value) {
        return toAttributeValue(value, "");
    }

    private static AttributeValue toAttributeValue(@Nullable Object value, String path) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(number(n, path));
        }
        if (isBinary(value)) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes(value)));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = key(entry.getKey(), path);
                out.put(key, toAttributeValue(entry.getValue(), path + "." + key));
            }
            return AttributeValue.fromM(out);
        }
        if (value instanceof Set<?> set) {
            return set(set, path);
        }
        if (value instanceof Collection<?> list) {
            List<AttributeValue> out = new ArrayList<>(list.size());
            int i = 0;
            for (Object element : list) {
                out.add(toAttributeValue(element, path + "[" + i++ + "]"));
            }
            return AttributeValue.fromL(out);
        }
        throw new IllegalArgumentException(where(path) + "a " + value.getClass().getName()
                + " has no DynamoDB form; use String, Number, Boolean, byte[], List, Map or Set");
    }

    private static AttributeValue set(Set<?> set, String path) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException(where(path)
                    + "an empty Set has no DynamoDB set type here; use an empty List or leave the value out");
        }
        if (set.stream().allMatch(String.class::isInstance)) {
            return AttributeValue.fromSs(set.stream().map(String.class::cast).toList());
        }
        if (set.stream().allMatch(Number.class::isInstance)) {
            return AttributeValue.fromNs(set.stream().map(n -> number((Number) n, path)).distinct().toList());
        }
        if (set.stream().allMatch(LogicalValues::isBinary)) {
            return AttributeValue.fromBs(set.stream().map(b -> SdkBytes.fromByteArray(bytes(b))).toList());
        }
        throw new IllegalArgumentException(where(path)
                + "a Set must hold only strings, only numbers or only binaries; use a List for mixed values");
    }

    /**
     * Converts an attribute value to its logical value.
     *
     * @throws IllegalArgumentException when the attribute value has no known type
     */
    public static @Nullable Object fromAttributeValue(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> new BigDecimal(value.n());
            case B -> value.b().asByteArray();
            case BOOL -> value.bool();
            case NUL -> null;
            case SS -> Collections.unmodifiableSet(new LinkedHashSet<>(value.ss()));
            case NS -> Collections.unmodifiableSet(new LinkedHashSet<>(value.ns().stream().map(BigDecimal::new)
                    .toList()));
            case BS -> Collections.unmodifiableSet(new LinkedHashSet<>(value.bs().stream().map(SdkBytes::asByteArray)
                    .toList()));
            case L -> {
                List<@Nullable Object> out = new ArrayList<>(value.l().size());
                for (AttributeValue element : value.l()) {
                    out.add(fromAttributeValue(element));
                }
                yield Collections.unmodifiableList(out);
            }
            case M -> {
                Map<String, @Nullable Object> out = new LinkedHashMap<>();
                value.m().forEach((k, v) -> out.put(k, fromAttributeValue(v)));
                yield Collections.unmodifiableMap(out);
            }
            default -> throw new IllegalArgumentException("attribute value " + value + " has no known type");
        };
    }

    /**
     * A deep, unmodifiable copy of a logical value: maps keep their order, byte arrays are copied, {@link SdkBytes}
     * and {@link ByteBuffer} become {@code byte[]}. {@link Instant} is kept for timestamp-formatted attributes.
     *
     * @throws IllegalArgumentException naming the path of the first value that is not a logical value
     */
    public static @Nullable Object freeze(@Nullable Object value) {
        return freeze(value, "");
    }

    private static @Nullable Object freeze(@Nullable Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof Instant) {
            if (value instanceof Number n) {
                number(n, path);
            }
            return value;
        }
        if (isBinary(value)) {
            return bytes(value);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = key(entry.getKey(), path);
                out.put(key, freeze(entry.getValue(), path + "." + key));
            }
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof Collection<?> collection) {
            List<@Nullable Object> out = new ArrayList<>(collection.size());
            int i = 0;
            for (Object element : collection) {
                out.add(freeze(element, path + "[" + i++ + "]"));
            }
            return value instanceof Set<?> ? Collections.unmodifiableSet(new LinkedHashSet<>(out))
                    : Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException(where(path) + "a " + value.getClass().getName()
                + " is not a logical value; use String, Number, Boolean, byte[], List, Map or Set");
    }

    /**
     * Compares two logical values by value: numbers numerically, byte arrays by content, sets regardless of order.
     */
    public static boolean deepEquals(@Nullable Object a, @Nullable Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                if (!y.containsKey(entry.getKey()) || !deepEquals(entry.getValue(), y.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Set<?> x && b instanceof Set<?> y) {
            return x.size() == y.size() && x.stream().allMatch(e -> y.stream().anyMatch(f -> deepEquals(e, f)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * Compares an expected value written in a loose, JSON-like notation (such as a contract scenario's YAML) with a
     * decoded logical value: like {@link #deepEquals}, but a string also matches binary holding its base64 decoding,
     * a string and a number match when they are the same decimal, and a list matches a set holding the same members in
     * any order. Use it to check decoded documents against hand-written expectations.
     */
    public static boolean looselyEquals(@Nullable Object expected, @Nullable Object actual) {
        if (expected instanceof String text && actual instanceof byte[] bytes) {
            return text.equals(Base64.getEncoder().encodeToString(bytes));
        }
        if ((expected instanceof String || expected instanceof Number)
                && (actual instanceof String || actual instanceof Number)
                && (expected instanceof Number || actual instanceof Number)) {
            BigDecimal a = decimalOrNull(expected);
            BigDecimal b = decimalOrNull(actual);
            return a != null && b != null && a.compareTo(b) == 0;
        }
        if (expected instanceof Collection<?> x && actual instanceof Set<?> y) {
            return x.size() == y.size() && x.stream().allMatch(e -> y.stream().anyMatch(f -> looselyEquals(e, f)));
        }
        if (expected instanceof List<?> x && actual instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!looselyEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map<?, ?> x && actual instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                if (!y.containsKey(entry.getKey()) || !looselyEquals(entry.getValue(), y.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return deepEquals(expected, actual);
    }

    private static @Nullable BigDecimal decimalOrNull(Object value) {
        try {
            return value instanceof Number n ? decimal(n) : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A hash code consistent with {@link #deepEquals}. */
    public static int deepHashCode(@Nullable Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            BigDecimal d = decimal(n);
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }
        if (value instanceof byte[] bytes) {
            return Arrays.hashCode(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            int h = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                h += entry.getKey().hashCode() ^ deepHashCode(entry.getValue());
            }
            return h;
        }
        if (value instanceof Set<?> set) {
            int h = 0;
            for (Object element : set) {
                h += deepHashCode(element);
            }
            return h;
        }
        if (value instanceof List<?> list) {
            int h = 1;
            for (Object element : list) {
                h = 31 * h + deepHashCode(element);
            }
            return h;
        }
        return value.hashCode();
    }

    /** Whether the value is one of the binary representations accepted for B. */
    public static boolean isBinary(Object value) {
        return value instanceof byte[] || value instanceof SdkBytes || value instanceof ByteBuffer;
    }

    /** A copy of the bytes of a binary value ({@link #isBinary}). */
    public static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof SdkBytes sdkBytes) {
            return sdkBytes.asByteArray();
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    /** Renders a logical value for messages and {@code toString}: binaries as base64. */
    public static String render(@Nullable Object value) {
        if (value instanceof byte[] bytes) {
            return "b64:" + Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k).append('=').append(render(v)));
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> collection) {
            StringBuilder out = new StringBuilder("[");
            collection.forEach(v -> out.append(out.length() > 1 ? ", " : "").append(render(v)));
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(DynamoNumbers.format(n));
    }

    private static String number(Number n, String path) {
        try {
            return DynamoNumbers.format(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(path) + e.getMessage(), e);
        }
    }

    private static String key(@Nullable Object key, String path) {
        if (key instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(where(path) + "map key " + key + " is not a String");
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : "at " + path.substring(path.startsWith(".") ? 1 : 0) + ": ";
    }
}
