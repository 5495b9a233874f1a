package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.internal.values.LogicalValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks a step's {@code expect} block against what the step produced, and throws {@link ScenarioFailure} naming the
 * step and the first difference.
 */
final class Expectations {

    private Expectations() {
    }

    @SuppressWarnings("unchecked")
    static void check(Step step, StepResult result, Map<String, @Nullable Object> vars) {
        Map<String, Object> expect = step.expect();
        List<String> allowedErrors = new ArrayList<>();
        if (expect.get("error") instanceof String error) {
            allowedErrors.add(error);
        }
        if (expect.get("errors") instanceof List<?> errors) {
            errors.forEach(e -> allowedErrors.add(String.valueOf(e)));
        }
        Throwable error = result.error();
        if (!allowedErrors.isEmpty()) {
            if (error == null) {
                fail(step, "expected " + allowedErrors + " but the step succeeded");
            }
            if (!(error instanceof TableTheoryException tt) || allowedErrors.stream().noneMatch(tt::is)) {
                throw new ScenarioFailure(step.label() + ": expected " + allowedErrors + " but got " + describe(error),
                        error);
            }
            return;
        }
        if (expect.get("ok") instanceof Boolean ok && !ok) {
            if (error == null) {
                fail(step, "expected a failure but the step succeeded");
            }
            return;
        }
        if (error != null) {
            throw new ScenarioFailure(step.label() + ": unexpected " + describe(error), error);
        }

        if (expect.get("item_absent") instanceof Boolean absent && absent != result.absent()) {
            fail(step, absent ? "expected no item but one was found" : "expected an item but none was found");
        }
        Document item = result.item();
        if (expect.get("item_contains") instanceof Map<?, ?> contains) {
            containsAll(step, requireItem(step, item).asMap(), (Map<String, Object>) contains, "item");
        }
        if (expect.get("item_equals") instanceof Map<?, ?> equals) {
            Map<String, @Nullable Object> have = requireItem(step, item).asMap();
            if (!have.keySet().equals(equals.keySet())) {
                fail(step, "item has attributes " + new TreeSet<>(have.keySet()) + " but expected exactly "
                        + new TreeSet<>((java.util.Set<String>) equals.keySet()));
            }
            containsAll(step, have, (Map<String, Object>) equals, "item");
        }
        if (expect.get("item_has_fields") instanceof List<?> fields) {
            Map<String, @Nullable Object> have = requireItem(step, item).asMap();
            for (Object field : fields) {
                if (!have.containsKey(String.valueOf(field))) {
                    fail(step, "item lacks field " + field);
                }
            }
        }
        if (expect.get("item_missing_fields") instanceof List<?> fields) {
            Map<String, AttributeValue> raw = requireRaw(step, result);
            for (Object field : fields) {
                if (raw.containsKey(String.valueOf(field))) {
                    fail(step, "stored item has field " + field + " = " + raw.get(String.valueOf(field))
                            + " but it must be absent");
                }
            }
        }
        if (expect.get("raw_attribute_types") instanceof Map<?, ?> types) {
            Map<String, AttributeValue> raw = requireRaw(step, result);
            types.forEach((name, type) -> {
                AttributeValue value = raw.get(String.valueOf(name));
                if (value == null) {
                    fail(step, "stored item lacks " + name);
                }
                // The SDK names the NULL type NUL; the contract uses DynamoDB's wire name.
                String actual = value.type() == AttributeValue.Type.NUL ? "NULL" : String.valueOf(value.type());
                if (!actual.equals(String.valueOf(type))) {
                    fail(step, "stored " + name + " has type " + actual + " but expected " + type);
                }
            });
        }
        if (expect.get("raw_item_contains") instanceof Map<?, ?> rawContains) {
            Map<String, AttributeValue> raw = requireRaw(step, result);
            rawContains.forEach((name, want) -> {
                AttributeValue value = raw.get(String.valueOf(name));
                if (value == null) {
                    fail(step, "stored item lacks " + name);
                }
                Object stored = LogicalValues.fromAttributeValue(value);
                if (!LogicalValues.looselyEquals(want, stored)) {
                    fail(step, "stored " + name + " is " + LogicalValues.render(stored) + " but expected "
                            + LogicalValues.render(want));
                }
            });
        }
        if (expect.get("item_field_equals_var") instanceof Map<?, ?> equalsVars) {
            Map<String, @Nullable Object> have = requireItem(step, item).asMap();
            equalsVars.forEach((field, var) -> {
                if (!Objects.equals(have.get(String.valueOf(field)), vars.get(String.valueOf(var)))) {
                    fail(step, field + " = " + have.get(String.valueOf(field)) + " but expected the saved " + var
                            + " = " + vars.get(String.valueOf(var)));
                }
            });
        }
        if (expect.get("item_field_not_equals_var") instanceof Map<?, ?> notEqualsVars) {
            Map<String, @Nullable Object> have = requireItem(step, item).asMap();
            notEqualsVars.forEach((field, var) -> {
                if (Objects.equals(have.get(String.valueOf(field)), vars.get(String.valueOf(var)))) {
                    fail(step, field + " still equals the saved " + var + " = " + vars.get(String.valueOf(var)));
                }
            });
        }
        if (expect.get("item_count") instanceof Number count && count.intValue() != result.items().size()) {
            fail(step, "expected " + count + " items but got " + result.items().size());
        }
        if (expect.get("items_contains") instanceof List<?> wanted) {
            for (Object want : wanted) {
                boolean found = result.items().stream().anyMatch(have -> matches(have.asMap(),
                        (Map<String, Object>) want));
                if (!found) {
                    fail(step, "no item matches " + want + " among " + result.items());
                }
            }
        }
        if (expect.get("items_missing_fields") instanceof List<?> fields) {
            for (Document have : result.items()) {
                for (Object field : fields) {
                    if (have.has(String.valueOf(field))) {
                        fail(step, "an item has field " + field + " but it must be absent: " + have);
                    }
                }
            }
        }
        if (expect.get("count") instanceof Number count
                && (result.count() == null || result.count() != count.longValue())) {
            fail(step, "expected count " + count + " but got " + result.count());
        }
        if (expect.containsKey("cursor_equals")) {
            String want = String.valueOf(expect.get("cursor_equals"));
            String have = result.cursor() == null ? "" : result.cursor();
            if (!want.equals(have)) {
                fail(step, "expected cursor '" + want + "' but got '" + have + "'");
            }
        }
    }

    private static boolean matches(Map<String, @Nullable Object> have, Map<String, Object> want) {
        for (Map.Entry<String, Object> entry : want.entrySet()) {
            if (!have.containsKey(entry.getKey())
                    || !LogicalValues.looselyEquals(entry.getValue(), have.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static void containsAll(Step step, Map<String, @Nullable Object> have,
            Map<String, Object> want, String what) {
        for (Map.Entry<String, Object> entry : want.entrySet()) {
            if (!have.containsKey(entry.getKey())) {
                fail(step, what + " lacks " + entry.getKey() + " (has " + new TreeSet<>(have.keySet()) + ")");
            }
            Object actual = have.get(entry.getKey());
            if (!LogicalValues.looselyEquals(entry.getValue(), actual)) {
                fail(step, what + "." + entry.getKey() + " is " + LogicalValues.render(actual) + " but expected "
                        + LogicalValues.render(entry.getValue()));
            }
        }
    }

    private static Document requireItem(Step step, @Nullable Document item) {
        if (item == null) {
            fail(step, "expected an item but the step returned none");
        }
        return item;
    }

    private static Map<String, AttributeValue> requireRaw(Step step, StepResult result) {
        if (result.raw() == null) {
            fail(step, "the stored item could not be read back");
        }
        return result.raw();
    }

    private static String describe(Throwable error) {
        String code = error instanceof TableTheoryException tt ? tt.errorCode() + " " : "";
        return code + error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    private static void fail(Step step, String message) {
        throw new ScenarioFailure(step.label() + ": " + message);
    }
}
