package com.theorycloud.tabletheory.mapping.internal;

import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The omit-empty rule for values inside nested types: empty strings, zero, false, {@code NULL} and empty
 * collections, maps and sets.
 */
final class EmptyValues {

    private EmptyValues() {
    }

    static boolean isEmpty(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s().isEmpty();
            case N -> new BigDecimal(value.n()).signum() == 0;
            case BOOL -> !value.bool();
            case NUL -> true;
            case B -> value.b().asByteBuffer().remaining() == 0;
            case L -> value.l().isEmpty();
            case M -> value.m().isEmpty();
            case SS -> value.ss().isEmpty();
            case NS -> value.ns().isEmpty();
            case BS -> value.bs().isEmpty();
            default -> false;
        };
    }
}
