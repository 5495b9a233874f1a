package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.batch.internal.RetryBudget;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.ItemKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * Reads up to 100 items, over any tables of one engine, as one consistent snapshot ({@code TransactGetItems}).
 * Obtain one from {@link com.theorycloud.tabletheory.TableTheory#transactGet()}:
 *
 * <pre>{@code
 * TransactGetResult result = db.transactGet()
 *     .get(users, Key.of("USER#1", "PROFILE"))
 *     .get(users, Key.of("USER#2", "PROFILE"))
 *     .execute();
 * Optional<User> first = result.get(0, users);
 * }</pre>
 *
 * <p>Missing items are no error: their slot in the result is empty. More than 100 keys, or one item listed twice, is
 * an {@link InvalidOperatorException} before any call. A read cancelled by a conflicting transaction or throttling is
 * retried under {@link RetryPolicy#transactionDefaults()}. Not thread-safe; one builder per read.
 */
public final class TransactGet {

    /** DynamoDB's limit of items per transactional read. */
    public static final int MAX_ITEMS = 100;

    private record Pending(Table<?> table, Key key) {
    }

    private final DynamoDbClient client;
    private final OperationListener listener;
    private final List<Pending> reads = new ArrayList<>();
    private RetryPolicy retryPolicy = RetryPolicy.transactionDefaults();

    /**
     * Creates an empty read; prefer {@link com.theorycloud.tabletheory.TableTheory#transactGet()}.
     *
     * @param client   the client to call
     * @param listener receives one event per execution
     */
    public TransactGet(DynamoDbClient client, OperationListener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Adds the item with {@code key} in {@code table}. */
    public <T> TransactGet get(Table<T> table, Key key) {
        reads.add(new Pending(Objects.requireNonNull(table, "table"), Objects.requireNonNull(key, "key")));
        return this;
    }

    /** Sets how reads cancelled by conflicts or throttling are retried. */
    public TransactGet retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /** How many keys were added. */
    public int size() {
        return reads.size();
    }

    /**
     * Reads the items; with no keys it returns an empty result without calling DynamoDB.
     *
     * @throws InvalidOperatorException for more than 100 keys or one item listed twice
     * @throws TransactionCanceledException when DynamoDB cancelled the read (e.g. a conflict that outlived the
     *         retries)
     */
    public TransactGetResult execute() {
        List<Table<?>> tables = reads.stream().<Table<?>>map(Pending::table).toList();
        OperationReport report = new OperationReport(listener, Operation.TRANSACT_GET);
        return report.run(tables, () -> {
            if (reads.isEmpty()) {
                return new TransactGetResult(List.of(), List.of());
            }
            if (reads.size() > MAX_ITEMS) {
                throw new InvalidOperatorException(tables.get(0).schema().name(), "A transactional get reads at"
                        + " most " + MAX_ITEMS + " items, this one has " + reads.size() + "; split it, or use"
                        + " batchGet when one snapshot is not needed");
            }
            List<TransactGetItem> items = new ArrayList<>(reads.size());
            List<Cancellations.Action> described = new ArrayList<>(reads.size());
            Map<String, Integer> seen = new HashMap<>();
            for (Pending read : reads) {
                Map<String, AttributeValue> key = read.table().storedKey(read.key());
                Integer previous = seen.putIfAbsent(read.table().tableName() + '\u0000' + key, items.size());
                if (previous != null) {
                    throw new InvalidOperatorException(read.table().schema().name(), "Keys " + previous + " and "
                            + items.size() + " of the transactional get are both " + read.table().schema().name()
                            + " [" + ItemKeys.describe(key) + "]; DynamoDB reads each item once per transaction."
                            + " List it once.");
                }
                items.add(TransactGetItem.builder().get(Get.builder().tableName(read.table().tableName()).key(key)
                        .build()).build());
                described.add(new Cancellations.Action(ActionKind.GET, read.table().schema().name(),
                        read.table().tableName(), key, false, decoder(read.table())));
            }
            TransactGetItemsRequest.Builder request = TransactGetItemsRequest.builder().transactItems(items);
            if (listener != OperationListener.NONE) {
                request.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
            }
            TransactGetItemsResponse response = call(request.build(), described);
            report.record(response.consumedCapacity());
            List<@Nullable Object> decoded = new ArrayList<>(reads.size());
            List<ItemResponse> responses = response.responses();
            for (int i = 0; i < reads.size(); i++) {
                ItemResponse item = i < responses.size() ? responses.get(i) : null;
                decoded.add(item == null || !item.hasItem() || item.item().isEmpty() ? null
                        : reads.get(i).table().codec().decode(item.item()));
            }
            return new TransactGetResult(tables, decoded);
        });
    }

    private TransactGetItemsResponse call(TransactGetItemsRequest request, List<Cancellations.Action> described) {
        RetryBudget budget = new RetryBudget(retryPolicy);
        for (int attempt = 1;; attempt++) {
            try {
                return client.transactGetItems(request);
            } catch (SdkException e) {
                TableTheoryException failure = Cancellations.translate(e, "transactional get", described, attempt);
                if (!(failure instanceof TransactionCanceledException cancelled && cancelled.retryable()
                        && budget.awaitRetry(attempt))) {
                    throw failure;
                }
            }
        }
    }

    private static <T> Function<Map<String, AttributeValue>, @Nullable Object> decoder(Table<T> table) {
        return attributes -> table.codec().decode(attributes);
    }
}
