package com.theorycloud.tabletheory.batch.internal;

import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.ErrorTranslator;
import com.theorycloud.tabletheory.internal.FailureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The {@code BatchGetItem} and {@code BatchWriteItem} loops of one table: split the input into requests of at most
 * 100 keys or 25 writes, send them one after the other, and resend what DynamoDB reports unprocessed while the
 * {@link RetryBudget} allows. What is still unprocessed at the end is returned, never dropped: when a request fails
 * after earlier ones were applied, the loop stops and returns its entries and all later ones as unprocessed, with
 * the failure.
 */
public final class BatchCalls {

    /** DynamoDB's limit of keys per {@code BatchGetItem} request. */
    public static final int MAX_GET_KEYS = 100;
    /** DynamoDB's limit of writes per {@code BatchWriteItem} request. */
    public static final int MAX_WRITES = 25;

    private final DynamoDbClient client;
    private final String modelName;
    private final String tableName;
    private final ReturnConsumedCapacity capacity;
    private final Consumer<ConsumedCapacity> capacitySink;

    /**
     * Creates the loops of one table.
     *
     * @param reportCapacity whether to ask DynamoDB for consumed capacity and hand it to {@code capacitySink}
     */
    public BatchCalls(DynamoDbClient client, String modelName, String tableName, boolean reportCapacity,
            Consumer<ConsumedCapacity> capacitySink) {
        this.client = client;
        this.modelName = modelName;
        this.tableName = tableName;
        this.capacity = reportCapacity ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE;
        this.capacitySink = capacitySink;
    }

    /**
     * What a batch loop did.
     *
     * @param items       the items read (batch get only), in the order DynamoDB returned them
     * @param unprocessed the keys or write requests left undone
     * @param failure     the error of the request that failed after earlier requests had been applied, which ended
     *                    the loop (its entries and all later ones are in {@code unprocessed}), or {@code null}
     * @param <U>         the type of the unprocessed entries
     */
    public record Outcome<U>(List<Map<String, AttributeValue>> items, List<U> unprocessed,
            @Nullable TableTheoryException failure) {
    }

    /**
     * Reads keys in requests of 100.
     *
     * @param projection the projection expression, or {@code null} for whole items
     * @param names      the projection's attribute name placeholders
     */
    public Outcome<Map<String, AttributeValue>> get(List<Map<String, AttributeValue>> keys, boolean consistentRead,
            @Nullable String projection, Map<String, String> names, RetryBudget budget) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(keys.size());
        List<Map<String, AttributeValue>> unprocessed = new ArrayList<>();
        TableTheoryException failure = null;
        boolean answered = false;
        for (List<Map<String, AttributeValue>> chunk : chunks(keys, MAX_GET_KEYS)) {
            if (failure != null || !budget.hasTimeLeft()) {
                unprocessed.addAll(chunk);
                continue;
            }
            List<Map<String, AttributeValue>> pending = chunk;
            for (int retry = 1; !pending.isEmpty(); retry++) {
                KeysAndAttributes.Builder request = KeysAndAttributes.builder().keys(pending)
                        .consistentRead(consistentRead);
                if (projection != null) {
                    request.projectionExpression(projection).expressionAttributeNames(names);
                }
                BatchGetItemResponse response;
                try {
                    response = call("batch get", () -> client.batchGetItem(b -> b
                            .requestItems(Map.of(tableName, request.build())).returnConsumedCapacity(capacity)));
                } catch (TableTheoryException e) {
                    if (!answered) {
                        throw e;
                    }
                    failure = e;
                    unprocessed.addAll(pending);
                    break;
                }
                answered = true;
                response.consumedCapacity().forEach(capacitySink);
                items.addAll(response.responses().getOrDefault(tableName, List.of()));
                KeysAndAttributes left = response.unprocessedKeys().get(tableName);
                pending = left == null ? List.of() : left.keys();
                if (!pending.isEmpty() && !budget.awaitRetry(retry)) {
                    unprocessed.addAll(pending);
                    break;
                }
            }
        }
        return new Outcome<>(items, unprocessed, failure);
    }

    /** Writes puts and deletes in requests of 25. */
    public Outcome<WriteRequest> write(List<WriteRequest> writes, RetryBudget budget) {
        List<WriteRequest> unprocessed = new ArrayList<>();
        TableTheoryException failure = null;
        boolean applied = false;
        for (List<WriteRequest> chunk : chunks(writes, MAX_WRITES)) {
            if (failure != null || !budget.hasTimeLeft()) {
                unprocessed.addAll(chunk);
                continue;
            }
            List<WriteRequest> pending = chunk;
            for (int retry = 1; !pending.isEmpty(); retry++) {
                List<WriteRequest> sent = pending;
                BatchWriteItemResponse response;
                try {
                    response = call("batch write", () -> client.batchWriteItem(b -> b
                            .requestItems(Map.of(tableName, sent)).returnConsumedCapacity(capacity)));
                } catch (TableTheoryException e) {
                    // Nothing applied yet: the plain error says all. Otherwise the caller must learn which
                    // writes are still undone, so the loop stops and reports them with this error as the cause.
                    if (!applied) {
                        throw e;
                    }
                    failure = e;
                    unprocessed.addAll(sent);
                    break;
                }
                applied = true;
                response.consumedCapacity().forEach(capacitySink);
                pending = response.unprocessedItems().getOrDefault(tableName, List.of());
                if (!pending.isEmpty() && !budget.awaitRetry(retry)) {
                    unprocessed.addAll(pending);
                    break;
                }
            }
        }
        return new Outcome<>(List.of(), unprocessed, failure);
    }

    private <R> R call(String operation, java.util.function.Supplier<R> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw ErrorTranslator.translate(e, FailureContext.of(modelName, tableName, operation, null));
        }
    }

    static <E> List<List<E>> chunks(List<E> all, int size) {
        List<List<E>> out = new ArrayList<>((all.size() + size - 1) / size);
        for (int from = 0; from < all.size(); from += size) {
            out.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return out;
    }
}
