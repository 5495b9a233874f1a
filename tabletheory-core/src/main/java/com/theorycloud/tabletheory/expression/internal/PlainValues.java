package com.theorycloud.tabletheory.expression.internal;

import com.theorycloud.tabletheory.mapping.internal.values.DynamoNumbers;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The plain document mapping for values that no model attribute describes (nested paths, ad-hoc attributes):
 * String to S, Number to N, Boolean to BOOL, bytes to B, null to NULL, List to L, Map to M, enums by name.
 */
public final class PlainValues {

    private PlainValues() {
    }

    /**
     * Converts one value.
     *
     * @throws IllegalArgumentException when the value has no plain mapping
     */
    public static AttributeValue toAttributeValue(@Nullable Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof AttributeValue av) {
            return av;
        }
        if (value instanceof CharSequence s) {
            return AttributeValue.fromS(s.toString());
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(DynamoNumbers.format(n));
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        if (value instanceof SdkBytes bytes) {
            return AttributeValue.fromB(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            return AttributeValue.fromB(SdkBytes.fromByteBuffer(buffer));
        }
        if (value instanceof Enum<?> e) {
            return AttributeValue.fromS(e.name());
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(toAttributeValue(element));
            }
            return AttributeValue.fromL(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.put(String.valueOf(entry.getKey()), toAttributeValue(entry.getValue()));
            }
            return AttributeValue.fromM(out);
        }
        throw new IllegalArgumentException("no plain DynamoDB mapping for " + value.getClass().getName()
                + "; pass an AttributeValue or a String, Number, Boolean, byte[], List or Map");
    }
}
