package com.theorycloud.tabletheory.batch.internal;

import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.internal.ItemKeys;
import com.theorycloud.tabletheory.internal.ItemWriter;
import com.theorycloud.tabletheory.internal.WritePolicyRules;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The batch operations of one table on encoded keys: duplicate checks before any call, lifecycle and write-policy
 * rules for puts (the same as a single put), re-ordering of what DynamoDB returns in any order, and the
 * {@link BatchIncompleteException} listing exactly what was left undone.
 *
 * @param <T> the Java type of the model's items
 */
public final class TableBatch<T> {

    private final ItemCodec<T> codec;
    private final ModelSchema schema;
    private final ItemWriter writer;
    private final WritePolicyRules writePolicy;
    private final BatchCalls calls;

    /** Binds the operations to one table. */
    public TableBatch(ItemCodec<T> codec, ItemWriter writer, WritePolicyRules writePolicy, BatchCalls calls) {
        this.codec = codec;
        this.schema = codec.schema();
        this.writer = writer;
        this.writePolicy = writePolicy;
        this.calls = calls;
    }

    /**
     * Reads items by key.
     *
     * @param keys the checked, encoded keys
     * @return one entry per key, in the order of {@code keys}: the item, or {@code null} when there is none
     * @throws InvalidOperatorException when a key is listed twice
     * @throws BatchIncompleteException when keys are still unprocessed after the retry budget
     */
    public List<@Nullable T> get(List<Map<String, AttributeValue>> keys, boolean consistentRead,
            List<AttributePath> projection, RetryPolicy retry) {
        Map<Map<String, AttributeValue>, Integer> positions = positions(keys, "batch get");
        List<@Nullable T> out = new ArrayList<>(Collections.nCopies(keys.size(), null));
        if (keys.isEmpty()) {
            return out;
        }
        Placeholders placeholders = new Placeholders();
        String expression = projection.isEmpty() ? null : projectionWithKeys(projection, placeholders);
        BatchCalls.Outcome<Map<String, AttributeValue>> outcome = calls.get(keys, consistentRead, expression,
                placeholders.names(), new RetryBudget(retry));
        for (Map<String, AttributeValue> item : outcome.items()) {
            Integer position = positions.get(ItemKeys.fromItem(schema, item));
            if (position != null) {
                out.set(position, codec.decode(item));
            }
        }
        if (!outcome.unprocessed().isEmpty()) {
            List<Map<String, AttributeValue>> unprocessed = inRequestOrder(outcome.unprocessed(), positions);
            List<T> read = new ArrayList<>();
            for (T item : out) {
                if (item != null) {
                    read.add(item);
                }
            }
            String why = outcome.failure() == null ? " after " + retry.maxRetries() + " retries" + budgetText(retry)
                    : " because a request failed after others were answered (" + outcome.failure().getMessage() + ")";
            throw new BatchIncompleteException(schema.name(), "Batch get of model " + schema.name() + " left "
                    + unprocessed.size() + " of " + keys.size() + " keys unread" + why + ": ["
                    + describe(unprocessed) + "]. DynamoDB reports keys"
                    + " unprocessed under throttling; raise the table's read capacity or the RetryPolicy budget,"
                    + " and read unprocessedKeys() again (itemsRead() holds what was read).", unprocessed, List.of(),
                    read, outcome.failure());
        }
        return out;
    }

    /**
     * Puts and deletes items. Puts get the lifecycle rules of a single put ({@code created_at}/{@code updated_at}
     * set to {@code now}, version 0 unless set, omit-empty) and the write policy of a put; deletes the policy of a
     * delete. Nothing is sent when a rule fails.
     *
     * @param deleteKeys the checked, encoded keys to delete
     * @throws InvalidOperatorException when an item is listed twice (two puts, two deletes, or a put and a delete)
     * @throws BatchIncompleteException when writes are still unprocessed after the retry budget
     */
    public void write(List<T> puts, List<Map<String, AttributeValue>> deleteKeys, String now, RetryPolicy retry) {
        List<WriteRequest> writes = new ArrayList<>(puts.size() + deleteKeys.size());
        List<Map<String, AttributeValue>> keys = new ArrayList<>(puts.size() + deleteKeys.size());
        for (T put : puts) {
            Map<String, AttributeValue> stored = writer.itemForPut(codec.encode(put), now);
            Map<String, AttributeValue> key = ItemKeys.fromItem(schema, stored);
            writePolicy.checkPut(stored.keySet(), ItemKeys.describe(key));
            keys.add(key);
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(stored).build()).build());
        }
        for (Map<String, AttributeValue> key : deleteKeys) {
            writePolicy.checkDelete(ItemKeys.describe(key));
            keys.add(key);
            writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
        }
        Map<Map<String, AttributeValue>, Integer> positions = positions(keys, "batch write");
        if (writes.isEmpty()) {
            return;
        }
        BatchCalls.Outcome<WriteRequest> outcome = calls.write(writes, new RetryBudget(retry));
        List<WriteRequest> left = outcome.unprocessed();
        if (left.isEmpty()) {
            return;
        }
        List<Map<String, AttributeValue>> unputs = new ArrayList<>();
        List<Map<String, AttributeValue>> undeletes = new ArrayList<>();
        List<WriteRequest> ordered = new ArrayList<>(left);
        ordered.sort(Comparator.comparingInt(w -> positions.getOrDefault(keyOf(w), Integer.MAX_VALUE)));
        for (WriteRequest w : ordered) {
            if (w.putRequest() != null) {
                unputs.add(w.putRequest().item());
            } else {
                undeletes.add(w.deleteRequest().key());
            }
        }
        List<Map<String, AttributeValue>> all = new ArrayList<>(unputs.size() + undeletes.size());
        unputs.forEach(item -> all.add(ItemKeys.fromItem(schema, item)));
        all.addAll(undeletes);
        String why = outcome.failure() == null ? " after " + retry.maxRetries() + " retries" + budgetText(retry)
                : " because a request failed after others were applied (" + outcome.failure().getMessage() + ")";
        throw new BatchIncompleteException(schema.name(), "Batch write of model " + schema.name() + " left "
                + unputs.size() + " puts and " + undeletes.size() + " deletes of " + writes.size() + " writes undone"
                + why + ": [" + describe(all) + "]. The"
                + " other writes were applied. DynamoDB reports writes unprocessed under throttling; raise the"
                + " table's write capacity or the RetryPolicy budget, then write unprocessedItems() and delete"
                + " unprocessedKeys() again (batch puts and deletes are idempotent, so resending is safe).",
                undeletes, unputs, List.of(), outcome.failure());
    }

    private Map<String, AttributeValue> keyOf(WriteRequest write) {
        return write.putRequest() != null ? ItemKeys.fromItem(schema, write.putRequest().item())
                : write.deleteRequest().key();
    }

    private Map<Map<String, AttributeValue>, Integer> positions(List<Map<String, AttributeValue>> keys,
            String operation) {
        Map<Map<String, AttributeValue>, Integer> positions = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            Integer previous = positions.putIfAbsent(keys.get(i), i);
            if (previous != null) {
                throw new InvalidOperatorException(schema.name(), "The " + operation + " of model " + schema.name()
                        + " lists item [" + ItemKeys.describe(keys.get(i)) + "] twice (positions " + previous + " and "
                        + i + "); DynamoDB refuses duplicate keys in one batch. List each item once.");
            }
        }
        return positions;
    }

    private static List<Map<String, AttributeValue>> inRequestOrder(List<Map<String, AttributeValue>> keys,
            Map<Map<String, AttributeValue>, Integer> positions) {
        List<Map<String, AttributeValue>> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparingInt(k -> positions.getOrDefault(k, Integer.MAX_VALUE)));
        return ordered;
    }

    /** The caller's projection plus the key attributes, which are needed to match items to the requested keys. */
    private String projectionWithKeys(List<AttributePath> projection, Placeholders placeholders) {
        List<AttributePath> paths = new ArrayList<>(projection);
        KeyAttribute sortKey = schema.sortKey();
        for (KeyAttribute key : sortKey == null ? List.of(schema.partitionKey())
                : Arrays.asList(schema.partitionKey(), sortKey)) {
            AttributePath path = AttributePath.of(key.name());
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        StringBuilder expression = new StringBuilder();
        for (AttributePath path : paths) {
            expression.append(expression.isEmpty() ? "" : ", ").append(placeholders.path(path));
        }
        return expression.toString();
    }

    private static String budgetText(RetryPolicy retry) {
        return retry.maxElapsed() == null ? "" : " (or " + retry.maxElapsed().toMillis() + " ms)";
    }

    private static String describe(List<Map<String, AttributeValue>> keys) {
        StringBuilder out = new StringBuilder();
        for (Map<String, AttributeValue> key : keys) {
            out.append(out.isEmpty() ? "" : "; ").append(ItemKeys.describe(key));
        }
        return out.toString();
    }
}
