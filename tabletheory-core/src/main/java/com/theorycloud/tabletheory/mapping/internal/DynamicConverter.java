package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts untyped values ({@code Object} elements of lists and maps) by their runtime type, the way a JSON-like
 * document is stored: strings, numbers, booleans, bytes, lists and string-keyed maps. Reading gives back
 * {@code String}, {@code Long} (or {@code BigDecimal} when not a whole {@code long}), {@code Boolean},
 * {@code byte[]}, {@code List}, {@code Map} and, for stored sets, {@code Set}.
 */
final class DynamicConverter implements AttributeConverter<Object> {

    static final DynamicConverter INSTANCE = new DynamicConverter();

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private DynamicConverter() {
    }

    /** No single stored type: each value is stored as its own. */
    @Override
    public DynamoType storedType() {
        return DynamoType.NULL;
    }

    @Override
    public AttributeValue write(Object value) {
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Number n) {
            return ScalarConverters.number(n);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new HashMap<>(Capacity.forSize(map.size()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("map keys must be strings, found " + entry.getKey());
                }
                out.put(key, entry.getValue() == null ? NULL : write(entry.getValue()));
            }
            return AttributeValue.fromM(out);
        }
        if (value instanceof Collection<?> collection) {
            List<AttributeValue> out = new ArrayList<>(collection.size());
            for (Object element : collection) {
                out.add(element == null ? NULL : write(element));
            }
            return AttributeValue.fromL(out);
        }
        if (value instanceof AttributeValue stored) {
            return stored;
        }
        @SuppressWarnings("unchecked")
        AttributeConverter<Object> scalar = (AttributeConverter<Object>) ScalarConverters.forClass(value.getClass());
        if (scalar != null) {
            return scalar.write(value);
        }
        if (value instanceof Enum<?> constant) {
            return AttributeValue.fromS(constant.name());
        }
        throw new IllegalArgumentException("a " + value.getClass().getName() + " inside an untyped list or map cannot"
                + " be stored: declare the element type, or use @Json");
    }

    @Override
    public @Nullable Object read(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return number(value.n());
            case BOOL:
                return value.bool();
            case B:
                return value.b().asByteArray();
            case NUL:
                return null;
            case L: {
                List<Object> out = new ArrayList<>(value.l().size());
                value.l().forEach(element -> out.add(read(element)));
                return out;
            }
            case M: {
                Map<String, Object> out = new LinkedHashMap<>(Capacity.forSize(value.m().size()));
                value.m().forEach((key, element) -> out.put(key, read(element)));
                return out;
            }
            case SS:
                return new LinkedHashSet<>(value.ss());
            case NS: {
                Set<Object> out = new LinkedHashSet<>();
                value.ns().forEach(n -> out.add(number(n)));
                return out;
            }
            case BS: {
                Set<Object> out = new LinkedHashSet<>();
                value.bs().forEach(b -> out.add(b.asByteArray()));
                return out;
            }
            default:
                throw new IllegalArgumentException("stored value of unknown type " + value.type());
        }
    }

    private static Object number(String text) {
        BigDecimal decimal = new BigDecimal(text);
        try {
            return decimal.longValueExact();
        } catch (ArithmeticException notALong) {
            return decimal;
        }
    }
}
