package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.transaction.TransactGet;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Drives the batch and transaction steps ({@code batch_get}, {@code batch_write}, {@code transact_get},
 * {@code transact_write}) through the engine's batch methods and transaction builders.
 */
final class MultiItemSteps {

    private static final Pattern EXISTS = Pattern.compile("\\s*(attribute_exists|attribute_not_exists)\\(\\s*([^)\\s]+)\\s*\\)\\s*");

    private MultiItemSteps() {
    }

    static StepResult batchGet(Table<Document> table, ModelSchema model, Step step) {
        return StepResult.items(table.batchGet(keys(model, step.map("batch_get").get("keys"))), null);
    }

    @SuppressWarnings("unchecked")
    static StepResult batchWrite(Table<Document> table, ModelSchema model, Step step) {
        Map<String, Object> spec = step.map("batch_write");
        List<Document> puts = new ArrayList<>();
        if (spec.get("puts") instanceof List<?> list) {
            list.forEach(item -> puts.add(Document.of((Map<String, Object>) item)));
        }
        table.batchWrite(puts, keys(model, spec.get("deletes")));
        return StepResult.ok();
    }

    @SuppressWarnings("unchecked")
    static StepResult transactGet(TableTheory engine, Table<Document> table, ModelSchema model, Step step) {
        TransactGet get = engine.transactGet();
        if (step.map("transact_get").get("items") instanceof List<?> items) {
            for (Object entry : items) {
                get.get(table, key(model, (Map<String, Object>) ((Map<String, Object>) entry).get("key")));
            }
        }
        return StepResult.items(get.execute().items(table), null);
    }

    @SuppressWarnings("unchecked")
    static StepResult transactWrite(TableTheory engine, Table<Document> table, ModelSchema model, Step step) {
        TransactWrite write = engine.transactWrite();
        if (step.map("transact_write").get("actions") instanceof List<?> actions) {
            for (Object entry : actions) {
                Map<String, Object> action = (Map<String, Object>) entry;
                Condition condition = condition(action.get("condition_expression"), step);
                Map<String, Object> keyValues = action.get("key") instanceof Map<?, ?> k ? (Map<String, Object>) k
                        : Map.of();
                switch (String.valueOf(action.get("kind"))) {
                    case "create" -> write.create(table, Document.of((Map<String, Object>) action.get("item")),
                            condition);
                    case "put" -> write.put(table, Document.of((Map<String, Object>) action.get("item")), condition);
                    case "update" -> {
                        Map<String, Object> set = action.get("set") instanceof Map<?, ?> s ? (Map<String, Object>) s
                                : Map.of();
                        Map<String, Object> item = new LinkedHashMap<>(keyValues);
                        item.putAll(set);
                        write.update(table, Document.of(item), List.copyOf(set.keySet()), condition);
                    }
                    case "delete" -> write.delete(table, key(model, keyValues), condition);
                    case "condition" -> {
                        if (condition == null) {
                            throw new ScenarioFailure(step.label() + ": a condition action needs a condition");
                        }
                        write.conditionCheck(table, key(model, keyValues), condition);
                    }
                    default -> throw new ScenarioFailure(step.label() + ": unknown transaction action kind "
                            + action.get("kind"));
                }
            }
        }
        write.execute();
        return StepResult.ok();
    }

    /** The runner understands the condition forms the contract uses: attribute_exists/attribute_not_exists. */
    private static @Nullable Condition condition(@Nullable Object expression, Step step) {
        if (expression == null) {
            return null;
        }
        Matcher matcher = EXISTS.matcher(String.valueOf(expression));
        if (!matcher.matches()) {
            throw new ScenarioFailure(step.label() + ": the runner cannot translate condition_expression '"
                    + expression + "' (supported: attribute_exists(name), attribute_not_exists(name))");
        }
        return matcher.group(1).equals("attribute_exists") ? Condition.attributeExists(matcher.group(2))
                : Condition.attributeNotExists(matcher.group(2));
    }

    @SuppressWarnings("unchecked")
    private static List<Key> keys(ModelSchema model, @Nullable Object raw) {
        List<Key> keys = new ArrayList<>();
        if (raw instanceof List<?> list) {
            list.forEach(entry -> keys.add(key(model, (Map<String, Object>) entry)));
        }
        return keys;
    }

    static Key key(ModelSchema model, Map<String, Object> values) {
        Object partition = values.get(model.partitionKey().name());
        KeyAttribute sortKey = model.sortKey();
        return sortKey == null ? Key.of(partition) : Key.of(partition, values.get(sortKey.name()));
    }
}
