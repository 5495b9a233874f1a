package com.theorycloud.tabletheory.release.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts stored attribute values to plain Java values (maps, lists, strings, numbers), for validation rules. */
public final class PlainValues {

    private PlainValues() {
    }

    /** The plain form of every attribute of an encoded item. */
    public static Map<String, @Nullable Object> of(Map<String, AttributeValue> item) {
        Map<String, @Nullable Object> plain = new LinkedHashMap<>();
        item.forEach((name, value) -> plain.put(name, of(value)));
        return plain;
    }

    /** The plain form of one value. */
    public static @Nullable Object of(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> new BigDecimal(value.n());
            case BOOL -> value.bool();
            case NUL -> null;
            case L -> value.l().stream().map(PlainValues::of).toList();
            case M -> of(value.m());
            case SS -> List.copyOf(value.ss());
            case NS -> value.ns().stream().map(BigDecimal::new).toList();
            default -> value.toString();
        };
    }
}
