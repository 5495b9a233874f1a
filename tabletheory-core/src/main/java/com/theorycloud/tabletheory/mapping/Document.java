package com.theorycloud.tabletheory.mapping;

import com.theorycloud.tabletheory.mapping.internal.values.LogicalValues;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An item of a model that has no Java class (a DMS-only model, or dynamic data): an immutable map of DynamoDB
 * attribute name to logical value. Values are {@link String}, {@link Number}, {@link Boolean}, {@code null},
 * {@code byte[]}, {@link List}, {@link Map} with string keys, or {@link Set}; {@link java.time.Instant} is also
 * accepted for timestamp and TTL attributes. Encode and decode it with {@link DocumentItemCodec}.
 *
 * <p>An attribute that is absent is not written; an attribute present with {@code null} is written as DynamoDB
 * {@code NULL}. Equality compares values by value: numbers numerically, byte arrays by content, sets regardless of
 * order.
 */
public final class Document {

    private static final Document EMPTY = new Document(Map.of());

    private final Map<String, @Nullable Object> values;

    private Document(Map<String, @Nullable Object> values) {
        this.values = values;
    }

    /** The document with no attributes. */
    public static Document empty() {
        return EMPTY;
    }

    /**
     * A document holding a deep copy of the given attributes.
     *
     * @throws IllegalArgumentException when a value is not a logical value
     */
    public static Document of(Map<String, ?> attributes) {
        return builder().putAll(attributes).build();
    }

    /** A builder for a new document. */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** A builder starting from this document's attributes. */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(values));
    }

    /** A copy of this document with one attribute set. */
    public Document with(String name, @Nullable Object value) {
        return toBuilder().put(name, value).build();
    }

    /** A copy of this document without the named attribute. */
    public Document without(String name) {
        return toBuilder().remove(name).build();
    }

    /** All attributes, in insertion order; unmodifiable, values may be {@code null}. */
    public Map<String, @Nullable Object> asMap() {
        return values;
    }

    /** The attribute names, in insertion order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Whether the attribute is present (possibly with a {@code null} value). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The number of attributes present. */
    public int size() {
        return values.size();
    }

    /** The raw logical value, or {@code null} when absent or null. */
    public @Nullable Object get(String name) {
        return values.get(name);
    }

    /** The value as a string, or {@code null}. */
    public @Nullable String getString(String name) {
        return as(name, String.class);
    }

    /**
     * The value as an exact decimal, or {@code null}; numeric strings (such as {@code decimal_string} attributes
     * read back) are parsed.
     */
    public @Nullable BigDecimal getNumber(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                throw mismatch(name, value, "a number");
            }
        }
        throw mismatch(name, value, "a number");
    }

    /** The value as a {@code long}, or {@code null}; fails when it is not a whole number in range. */
    public @Nullable Long getLong(String name) {
        BigDecimal number = getNumber(name);
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw mismatch(name, number, "a whole number that fits a long");
        }
    }

    /** The value as a boolean, or {@code null}. */
    public @Nullable Boolean getBoolean(String name) {
        return as(name, Boolean.class);
    }

    /** A copy of the binary value, or {@code null}; a string value is read as standard base64. */
    public byte @Nullable [] getBytes(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof String text) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw mismatch(name, value, "binary or base64 text");
            }
        }
        throw mismatch(name, value, "binary");
    }

    /** The value as a list, or {@code null}. */
    @SuppressWarnings("unchecked")
    public @Nullable List<@Nullable Object> getList(String name) {
        return as(name, List.class);
    }

    /** The value as a map, or {@code null}. */
    @SuppressWarnings("unchecked")
    public @Nullable Map<String, @Nullable Object> getMap(String name) {
        return as(name, Map.class);
    }

    /** The value as a set (of String, BigDecimal or byte[] when read from DynamoDB), or {@code null}. */
    @SuppressWarnings("unchecked")
    public @Nullable Set<Object> getSet(String name) {
        return as(name, Set.class);
    }

    private <V> @Nullable V as(String name, Class<V> type) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw mismatch(name, value, "a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static IllegalStateException mismatch(String name, Object value, String expected) {
        return new IllegalStateException("attribute '" + name + "' holds a " + value.getClass().getSimpleName()
                + " (" + LogicalValues.render(value) + "), not " + expected);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Document document && LogicalValues.deepEquals(values, document.values);
    }

    @Override
    public int hashCode() {
        return LogicalValues.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Document" + LogicalValues.render(values);
    }

    /**
     * Collects attributes for a {@link Document}; values are deep-copied when put.
     */
    public static final class Builder {

        private final Map<String, @Nullable Object> values;

        private Builder(Map<String, @Nullable Object> values) {
            this.values = values;
        }

        /**
         * Sets one attribute ({@code null} stores DynamoDB {@code NULL}).
         *
         * @throws IllegalArgumentException when the value is not a logical value
         */
        public Builder put(String name, @Nullable Object value) {
            try {
                values.put(name, LogicalValues.freeze(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("attribute '" + name + "' " + e.getMessage(), e);
            }
            return this;
        }

        /** Sets every attribute of the map. */
        public Builder putAll(Map<String, ?> attributes) {
            attributes.forEach(this::put);
            return this;
        }

        /** Removes an attribute. */
        public Builder remove(String name) {
            values.remove(name);
            return this;
        }

        /** The immutable document. */
        public Document build() {
            return values.isEmpty() ? EMPTY : new Document(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
