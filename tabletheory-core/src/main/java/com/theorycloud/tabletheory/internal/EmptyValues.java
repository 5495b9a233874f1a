package com.theorycloud.tabletheory.internal;

import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Omit-empty tests on encoded values, shared by every write path so all codecs behave the same.
 *
 * <p>A value is <em>empty</em> when it is NULL, {@code ""}, a zero number, {@code false}, an empty binary, or an empty
 * set, list or map. A map is <em>blank</em> when it is empty or every value in it is blank in turn (a record whose
 * fields are all empty), which is how implicit writes (create, put, full update) decide to leave an omit-empty map
 * out, as the Go and TypeScript runtimes do. Explicitly selected updates only use the shallow test, so a selected
 * {@code {source: ""}} is stored as given.
 */
public final class EmptyValues {

    private EmptyValues() {
    }

    /** The shallow test: the value itself carries nothing. */
    public static boolean isEmpty(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s().isEmpty();
            case N -> new BigDecimal(value.n()).signum() == 0;
            case B -> value.b().asByteBuffer().remaining() == 0;
            case BOOL -> !value.bool();
            case NUL -> true;
            case SS -> value.ss().isEmpty();
            case NS -> value.ns().isEmpty();
            case BS -> value.bs().isEmpty();
            case L -> value.l().isEmpty();
            case M -> value.m().isEmpty();
            default -> false;
        };
    }

    /** The deep test used for implicit writes: empty, or a map whose values are all blank. */
    public static boolean isBlank(AttributeValue value) {
        if (value.type() == AttributeValue.Type.M) {
            for (AttributeValue inner : value.m().values()) {
                if (!isBlank(inner)) {
                    return false;
                }
            }
            return true;
        }
        return isEmpty(value);
    }

    /** Whether the value is a set type holding no elements, which DynamoDB refuses to store. */
    public static boolean isEmptySet(AttributeValue value) {
        return switch (value.type()) {
            case SS -> value.ss().isEmpty();
            case NS -> value.ns().isEmpty();
            case BS -> value.bs().isEmpty();
            default -> false;
        };
    }

    /** Whether a key part is an empty string or binary, which DynamoDB never accepts as a key. */
    public static boolean isEmptyKeyPart(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s().isEmpty();
            case B -> value.b().asByteBuffer().remaining() == 0;
            default -> false;
        };
    }
}
