package com.theorycloud.tabletheory.contract;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One scenario step: an operation with its arguments and what to expect.
 *
 * @param index  position in its step list, from 1
 * @param op     the operation ({@code create}, {@code get}, {@code query}, ...)
 * @param fields the step's YAML mapping as read
 */
public record Step(int index, String op, Map<String, Object> fields) {

    /** The model this step addresses: its own {@code model} field, else the scenario's. */
    public String model(String scenarioModel) {
        Object model = fields.get("model");
        return model instanceof String name ? name : scenarioModel;
    }

    /** A mapping-valued field, or an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object value = fields.get(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A list-valued field, or {@code null} when absent. */
    public @Nullable List<?> list(String name) {
        Object value = fields.get(name);
        return value instanceof List<?> list ? list : null;
    }

    /** A boolean field, or {@code false}. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(fields.get(name));
    }

    /** The step's {@code expect} block. */
    public Map<String, Object> expect() {
        return map("expect");
    }

    /** A short label for messages: {@code step 3 (update)}. */
    public String label() {
        return "step " + index + " (" + op + ")";
    }
}
