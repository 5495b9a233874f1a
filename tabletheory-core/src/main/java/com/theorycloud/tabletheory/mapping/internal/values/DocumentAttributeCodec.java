package com.theorycloud.tabletheory.mapping.internal.values;

import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes and decodes the logical value of one attribute by its DMS {@code type} and {@code format}; the per-attribute
 * half of {@link com.theorycloud.tabletheory.mapping.DocumentItemCodec}. Encoding failures are
 * {@link IllegalArgumentException}s whose message says what was expected; the caller adds model and attribute.
 */
public final class DocumentAttributeCodec {


    private final DynamoType type;
    private final AttributeFormat format;

    /** A codec for the given attribute. */
    public DocumentAttributeCodec(AttributeSchema attribute) {
        this.type = attribute.type();
        this.format = attribute.format();
    }

    /**
     * Encodes a logical value; {@code null} is DynamoDB {@code NULL} whatever the type. Empty sets are kept as empty
     * set values so the engine can apply its omit-empty and empty-set rules.
     *
     * @throws IllegalArgumentException when the value does not fit the attribute's type
     */
    public AttributeValue encode(@Nullable Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        return switch (type) {
            case S -> AttributeValue.fromS(string(value));
            case N -> AttributeValue.fromN(number(value));
            case B -> AttributeValue.fromB(SdkBytes.fromByteArray(binary(value)));
            case BOOL -> {
                if (!(value instanceof Boolean b)) {
                    throw expected("a Boolean", value);
                }
                yield AttributeValue.fromBool(b);
            }
            case NULL -> throw expected("null (the attribute's type is NULL)", value);
            case L -> {
                if (!(value instanceof Collection<?> list) || value instanceof Set<?>) {
                    throw expected("a List", value);
                }
                yield LogicalValues.toAttributeValue(list);
            }
            case M -> {
                if (!(value instanceof java.util.Map<?, ?>)) {
                    throw expected("a Map with string keys", value);
                }
                yield LogicalValues.toAttributeValue(value);
            }
            case SS -> AttributeValue.builder().ss(distinct(elements(value), this::plainString)).build();
            case NS -> AttributeValue.builder().ns(distinct(elements(value), this::plainNumber)).build();
            case BS -> AttributeValue.builder().bs(binaries(elements(value))).build();
        };
    }

    /**
     * Decodes a stored value. S → String; N → {@link BigDecimal}, except {@code decimal_string} → the stored decimal
     * text; B → {@code byte[]}; SS/NS/BS → unmodifiable Set (a stored {@code NULL} reads as an empty set, since empty
     * sets are stored as NULL); L/M → untyped lists and maps; NULL → null. A stored value of another type than the
     * schema says is decoded untyped rather than rejected.
     */
    public @Nullable Object decode(AttributeValue stored) {
        AttributeValue.Type storedType = stored.type();
        if (storedType == AttributeValue.Type.NUL) {
            return type.isSet() ? Set.of() : null;
        }
        if (type == DynamoType.N && storedType == AttributeValue.Type.N && format == AttributeFormat.DECIMAL_STRING) {
            return stored.n();
        }
        if (type == DynamoType.NS && storedType == AttributeValue.Type.NS && format == AttributeFormat.DECIMAL_STRING) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(stored.ns()));
        }
        return LogicalValues.fromAttributeValue(stored);
    }

    private String string(Object value) {
        if (value instanceof Instant instant && (format == AttributeFormat.RFC3339NANO
                || format == AttributeFormat.NONE)) {
            return Timestamps.format(instant);
        }
        return plainString(value);
    }

    private String plainString(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw expected("a String", value);
    }

    private String number(Object value) {
        if (value instanceof Instant instant && format == AttributeFormat.UNIX_SECONDS) {
            return Long.toString(instant.getEpochSecond());
        }
        String text = plainNumber(value);
        if ((format == AttributeFormat.INT || format == AttributeFormat.UNIX_SECONDS)
                && new BigDecimal(text).stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(text + " is not a whole number, which format '" + format.dmsName()
                    + "' requires");
        }
        return text;
    }

    private String plainNumber(Object value) {
        if (value instanceof Number n) {
            return DynamoNumbers.format(n);
        }
        if (value instanceof String s) {
            // Numbers given as text (decimal_string, NS members) keep every digit: no binary floating point on the way.
            return DynamoNumbers.formatText(s);
        }
        throw expected("a Number or a decimal String", value);
    }

    private byte[] binary(Object value) {
        if (LogicalValues.isBinary(value)) {
            return LogicalValues.bytes(value);
        }
        if (value instanceof String base64) {
            try {
                return Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + base64 + "' is not standard base64 text", e);
            }
        }
        throw expected("byte[] or base64 text", value);
    }

    private Collection<?> elements(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        throw expected("a Set or List of members", value);
    }

    private static List<String> distinct(Collection<?> members, java.util.function.Function<Object, String> encoder) {
        Set<String> out = new LinkedHashSet<>();
        for (Object member : members) {
            if (member == null) {
                throw new IllegalArgumentException("a set cannot hold null");
            }
            String encoded = encoder.apply(member);
            if (!out.add(encoded)) {
                throw new IllegalArgumentException("the set holds " + encoded
                        + " twice; DynamoDB sets cannot hold duplicates");
            }
        }
        return new ArrayList<>(out);
    }

    private List<SdkBytes> binaries(Collection<?> members) {
        List<String> keys = distinct(members, m -> Base64.getEncoder().encodeToString(binary(m)));
        return keys.stream().map(k -> SdkBytes.fromByteArray(Base64.getDecoder().decode(k))).toList();
    }

    private static IllegalArgumentException expected(String what, Object value) {
        return new IllegalArgumentException("expected " + what + " but got a " + value.getClass().getSimpleName()
                + " (" + LogicalValues.render(value) + ")");
    }
}
