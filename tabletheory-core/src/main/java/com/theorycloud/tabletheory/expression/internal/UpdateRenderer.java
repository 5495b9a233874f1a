package com.theorycloud.tabletheory.expression.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the clauses of one update expression and renders them in DynamoDB's {@code SET ... REMOVE ... ADD ...
 * DELETE ...} form. Paths and values always go through the shared {@link Placeholders}; only keywords, function
 * names and list indexes are written literally. Not thread-safe: one per request.
 */
public final class UpdateRenderer {

    private final Placeholders placeholders;
    private final List<String> set = new ArrayList<>();
    private final List<String> remove = new ArrayList<>();
    private final List<String> add = new ArrayList<>();
    private final List<String> delete = new ArrayList<>();

    /** Creates a renderer writing into the request's placeholder tables. */
    public UpdateRenderer(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    /** {@code SET path = value}. */
    public void set(AttributePath path, AttributeValue value) {
        set.add(placeholders.path(path) + " = " + placeholders.value(value));
    }

    /** {@code SET path = if_not_exists(path, value)}. */
    public void setIfNotExists(AttributePath path, AttributeValue value) {
        String operand = placeholders.path(path);
        set.add(operand + " = if_not_exists(" + operand + ", " + placeholders.value(value) + ')');
    }

    /** {@code SET path = list_append(path, values)}, or {@code list_append(values, path)} when prepending. */
    public void listAppend(AttributePath path, AttributeValue values, boolean prepend) {
        String operand = placeholders.path(path);
        String value = placeholders.value(values);
        set.add(operand + " = list_append(" + (prepend ? value + ", " + operand : operand + ", " + value) + ')');
    }

    /** {@code REMOVE path}. */
    public void remove(AttributePath path) {
        remove.add(placeholders.path(path));
    }

    /** {@code ADD path value}. */
    public void add(AttributePath path, AttributeValue value) {
        add.add(placeholders.path(path) + ' ' + placeholders.value(value));
    }

    /** {@code DELETE path value}. */
    public void delete(AttributePath path, AttributeValue value) {
        delete.add(placeholders.path(path) + ' ' + placeholders.value(value));
    }

    /** Whether no clause was added. */
    public boolean isEmpty() {
        return set.isEmpty() && remove.isEmpty() && add.isEmpty() && delete.isEmpty();
    }

    /** The update expression, clauses in SET, REMOVE, ADD, DELETE order. */
    public String render() {
        StringBuilder out = new StringBuilder();
        clause(out, "SET", set);
        clause(out, "REMOVE", remove);
        clause(out, "ADD", add);
        clause(out, "DELETE", delete);
        return out.toString();
    }

    private static void clause(StringBuilder out, String keyword, List<String> parts) {
        if (parts.isEmpty()) {
            return;
        }
        out.append(out.isEmpty() ? "" : " ").append(keyword).append(' ').append(String.join(", ", parts));
    }
}
