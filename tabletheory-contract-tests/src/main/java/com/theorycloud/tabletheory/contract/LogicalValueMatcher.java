package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.model.DynamoType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compares the logical values a scenario expects with the values the engine returned, the way upstream runners do:
 * numbers by value (so {@code "9007199254740993"} matches the number), binaries as base64, sets without order.
 */
final class LogicalValueMatcher {

    private LogicalValueMatcher() {
    }

    /**
     * Returns {@code null} when {@code actual} matches {@code expected}, else a one-line description of the mismatch.
     *
     * @param type the attribute's declared DynamoDB type, or {@code null} for nested values
     */
    static @Nullable String mismatch(@Nullable DynamoType type, @Nullable Object expected, @Nullable Object actual) {
        Object want = canonical(type, expected);
        Object have = canonical(type, actual);
        return want == null ? (have == null ? null : "expected null but was " + have)
                : want.equals(have) ? null : "expected " + want + " but was " + have;
    }

    private static @Nullable Object canonical(@Nullable DynamoType type, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (type == DynamoType.N) {
            return number(value);
        }
        if (type != null && type.isSet()) {
            List<Object> elements = new ArrayList<>();
            for (Object element : elements(value)) {
                elements.add(type == DynamoType.NS ? number(element) : canonical(null, element));
            }
            elements.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            return elements;
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), canonical(null, v)));
            return out;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> out = new ArrayList<>();
            collection.forEach(element -> out.add(canonical(null, element)));
            return out;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value instanceof Boolean ? value : String.valueOf(value);
    }

    private static Collection<?> elements(Object value) {
        return value instanceof Collection<?> c ? c : List.of(value);
    }

    private static Object number(Object value) {
        try {
            BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value).trim());
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "NaN(" + value + ")";
        }
    }
}
