package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a collection as a DynamoDB set ({@code SS}, {@code NS} or {@code BS}, from the element converter's type).
 * Empty collections are written as empty sets so the engine can apply its omit-empty rules.
 */
final class SetConverter implements AttributeConverter<Collection<Object>> {

    private final DynamoType setType;
    private final AttributeConverter<Object> elements;
    private final IntFunction<Collection<Object>> factory;
    private final boolean plainStrings;

    SetConverter(DynamoType setType, AttributeConverter<Object> elements, IntFunction<Collection<Object>> factory) {
        this.setType = setType;
        this.elements = elements;
        this.factory = factory;
        this.plainStrings = elements == (Object) ScalarConverters.STRING;
    }

    /** The set type for elements stored as {@code elementType}, or {@code null} when they cannot form a set. */
    static @Nullable DynamoType setTypeOf(DynamoType elementType) {
        return switch (elementType) {
            case S -> DynamoType.SS;
            case N -> DynamoType.NS;
            case B -> DynamoType.BS;
            default -> null;
        };
    }

    @Override
    public DynamoType storedType() {
        return setType;
    }

    @Override
    public AttributeValue write(Collection<Object> value) {
        switch (setType) {
            case SS -> {
                List<String> out = new ArrayList<>(value.size());
                for (Object element : value) {
                    Object present = requireElement(element);
                    out.add(plainStrings ? (String) present : elements.write(present).s());
                }
                return AttributeValue.fromSs(out);
            }
            case NS -> {
                List<String> out = new ArrayList<>(value.size());
                for (Object element : value) {
                    out.add(elements.write(requireElement(element)).n());
                }
                return AttributeValue.fromNs(out);
            }
            default -> {
                List<SdkBytes> out = new ArrayList<>(value.size());
                for (Object element : value) {
                    out.add(elements.write(requireElement(element)).b());
                }
                return AttributeValue.fromBs(out);
            }
        }
    }

    @Override
    public Collection<Object> read(AttributeValue value) {
        switch (setType) {
            case SS -> {
                List<String> stored = storedList(value.hasSs(), value.ss(), "SS", value);
                Collection<Object> out = factory.apply(stored.size());
                for (String element : stored) {
                    out.add(plainStrings ? element : elements.read(AttributeValue.fromS(element)));
                }
                return out;
            }
            case NS -> {
                List<String> stored = storedList(value.hasNs(), value.ns(), "NS", value);
                Collection<Object> out = factory.apply(stored.size());
                for (String element : stored) {
                    out.add(elements.read(AttributeValue.fromN(element)));
                }
                return out;
            }
            default -> {
                List<SdkBytes> stored = storedList(value.hasBs(), value.bs(), "BS", value);
                Collection<Object> out = factory.apply(stored.size());
                for (SdkBytes element : stored) {
                    out.add(elements.read(AttributeValue.fromB(element)));
                }
                return out;
            }
        }
    }

    private static <E> List<E> storedList(boolean present, List<E> list, String type, AttributeValue value) {
        if (!present) {
            throw StoredValues.mismatch(type, value);
        }
        return list;
    }

    private static Object requireElement(Object element) {
        if (element == null) {
            throw new IllegalArgumentException("DynamoDB sets cannot hold null elements");
        }
        return element;
    }
}
