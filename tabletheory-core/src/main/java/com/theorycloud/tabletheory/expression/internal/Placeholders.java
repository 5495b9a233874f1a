package com.theorycloud.tabletheory.expression.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placeholder tables of one request. Every attribute name becomes {@code #nK} and every value {@code :vK}; one
 * instance is shared by all expressions of a request (key, condition, update, projection) so their placeholders never
 * clash. Not thread-safe: one per request.
 */
public final class Placeholders {

    private final Map<String, String> placeholderByName = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder for an attribute name or map key; the same name always gets the same placeholder. */
    public String name(String attributeName) {
        String existing = placeholderByName.get(attributeName);
        if (existing != null) {
            return existing;
        }
        String placeholder = "#n" + names.size();
        placeholderByName.put(attributeName, placeholder);
        names.put(placeholder, attributeName);
        return placeholder;
    }

    /** A fresh placeholder for a value. */
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** The path as an expression operand, e.g. {@code #n0.#n1[2]}. */
    public String path(AttributePath path) {
        StringBuilder out = new StringBuilder();
        for (AttributePath.Segment segment : path.segments()) {
            if (segment instanceof AttributePath.Name n) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(name(n.name()));
            } else {
                // List indexes are integers validated by AttributePath.Index, so they are safe to inline.
                out.append('[').append(((AttributePath.Index) segment).index()).append(']');
            }
        }
        return out.toString();
    }

    /** A projection expression listing the paths, e.g. {@code #n0, #n1.#n2}. */
    public String projection(java.util.List<AttributePath> paths) {
        StringBuilder out = new StringBuilder();
        for (AttributePath path : paths) {
            out.append(out.isEmpty() ? "" : ", ").append(path(path));
        }
        return out.toString();
    }

    /** {@code ExpressionAttributeNames}: placeholder to name. */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** {@code ExpressionAttributeValues}: placeholder to value. */
    public Map<String, AttributeValue> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether any name placeholder was handed out. */
    public boolean hasNames() {
        return !names.isEmpty();
    }

    /** Whether any value placeholder was handed out. */
    public boolean hasValues() {
        return !values.isEmpty();
    }
}
