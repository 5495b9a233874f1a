package com.theorycloud.tabletheory.mapping.internal;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the typed member of a stored attribute value, failing with a clear reason when the stored type differs from
 * the one the model expects (for example an item written by hand or by an older model).
 */
final class StoredValues {

    private StoredValues() {
    }

    static String s(AttributeValue value) {
        String s = value.s();
        if (s == null) {
            throw mismatch("S", value);
        }
        return s;
    }

    static String n(AttributeValue value) {
        String n = value.n();
        if (n == null) {
            throw mismatch("N", value);
        }
        return n;
    }

    static SdkBytes b(AttributeValue value) {
        SdkBytes b = value.b();
        if (b == null) {
            throw mismatch("B", value);
        }
        return b;
    }

    static boolean bool(AttributeValue value) {
        Boolean bool = value.bool();
        if (bool == null) {
            throw mismatch("BOOL", value);
        }
        return bool;
    }

    static IllegalArgumentException mismatch(String expected, AttributeValue value) {
        return new IllegalArgumentException("expected a stored " + expected + " value but found " + value.type());
    }
}
