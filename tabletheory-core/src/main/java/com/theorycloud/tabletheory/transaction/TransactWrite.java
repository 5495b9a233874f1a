package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.batch.internal.RetryBudget;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.internal.ItemKeys;
import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import com.theorycloud.tabletheory.model.AttributeSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Up to 100 writes and condition checks, over any tables of one engine, that DynamoDB applies all together or not at
 * all ({@code TransactWriteItems}). Obtain one from {@link com.theorycloud.tabletheory.TableTheory#transactWrite()},
 * add actions, then {@link #execute()}:
 *
 * <pre>{@code
 * db.transactWrite()
 *     .update(users, user.withNickname("Al"), "nickname")
 *     .create(users, newUser)
 *     .conditionCheck(users, Key.of("USER#3", "PROFILE"), Condition.attributeExists("PK"))
 *     .execute();
 * }</pre>
 *
 * <p>Every action follows the rules of the single write of the same name on {@link Table}: lifecycle timestamps
 * (one instant for the whole transaction), versions, omit-empty, write policies, and the engine's own conditions
 * (a create requires the item to be absent, an update requires it to exist and, when the item carries a version,
 * that version). One difference: an update of a versioned model whose item carries no version is applied without a
 * version check, but still increments the stored version so other writers' optimistic locks notice it. All rules are
 * checked before the call; nothing is sent when one fails. Two actions on one item are refused before the call, as
 * DynamoDB would refuse them.
 *
 * <p>A transaction cancelled only because of conflicting writes or throttling is retried under
 * {@link RetryPolicy#transactionDefaults()} with the same idempotency token; any other cancellation raises a
 * {@link TransactionCanceledException} naming the failing action. Not thread-safe; one builder per transaction. After
 * {@link #execute()} the builder is frozen: executing it again sends the identical request with the same idempotency
 * token, which DynamoDB treats as a retry of the same transaction for 10 minutes (use that after an unknown outcome
 * such as a timeout).
 */
public final class TransactWrite {

    /** DynamoDB's limit of actions per transaction. */
    public static final int MAX_ACTIONS = 100;

    private static final int MAX_TOKEN_LENGTH = 36;

    @FunctionalInterface
    private interface Planner {
        PlannedWrite plan(String now, ReturnValuesOnConditionCheckFailure returnValues);
    }

    private record Pending(Table<?> table, Planner plan) {
    }

    private final DynamoDbClient client;
    private final Clock clock;
    private final OperationListener listener;
    private final List<Pending> actions = new ArrayList<>();
    private final WritePlanner planner = new WritePlanner();
    private @Nullable String token;
    private boolean returnOldItems;
    private RetryPolicy retryPolicy = RetryPolicy.transactionDefaults();
    private @Nullable TransactWriteItemsRequest frozen;
    private @Nullable List<PlannedWrite> frozenWrites;

    /**
     * Creates an empty transaction; prefer {@link com.theorycloud.tabletheory.TableTheory#transactWrite()}.
     *
     * @param client   the client to call
     * @param clock    the clock of lifecycle timestamps
     * @param listener receives one event per execution
     */
    public TransactWrite(DynamoDbClient client, Clock clock, OperationListener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Creates an item that must not exist yet, with the lifecycle rules of {@link Table#create(Object)}. */
    public <T> TransactWrite create(Table<T> table, T item) {
        return create(table, item, null);
    }

    /** Creates an item that must not exist yet and for which {@code condition} also holds. */
    public <T> TransactWrite create(Table<T> table, T item, @Nullable Condition condition) {
        return add(table, (now, rv) -> planner.put(table, item, condition, true, now, rv));
    }

    /** Stores an item, overwriting any item with its key, with the rules of {@link Table#put(Object)}. */
    public <T> TransactWrite put(Table<T> table, T item) {
        return put(table, item, null);
    }

    /** Stores an item if {@code condition} holds for the stored one. */
    public <T> TransactWrite put(Table<T> table, T item, @Nullable Condition condition) {
        return add(table, (now, rv) -> planner.put(table, item, condition, false, now, rv));
    }

    /** Full update of an existing item, with the rules of {@link Table#update(Object)}. */
    public <T> TransactWrite update(Table<T> table, T item) {
        return update(table, item, null, null);
    }

    /** Partial update of the listed attributes, with the rules of {@link Table#update(Object, String...)}. */
    public <T> TransactWrite update(Table<T> table, T item, String... fields) {
        return update(table, item, Arrays.asList(fields), null);
    }

    /**
     * Update of an existing item with the rules of {@link Table#update(Object, Collection, Condition)}.
     *
     * @param fields    the attributes to write, or {@code null} for a full update
     * @param condition an extra condition the stored item must meet, or {@code null}
     */
    public <T> TransactWrite update(Table<T> table, T item, @Nullable Collection<String> fields,
            @Nullable Condition condition) {
        List<String> copy = fields == null ? null : List.copyOf(fields);
        return add(table, (now, rv) -> planner.update(table, item, copy, condition, now, rv));
    }

    /** Deletes an item by key (an absent item is no failure). */
    public <T> TransactWrite delete(Table<T> table, Key key) {
        return delete(table, key, null);
    }

    /** Deletes an item by key if {@code condition} holds. */
    public <T> TransactWrite delete(Table<T> table, Key key, @Nullable Condition condition) {
        return add(table, (now, rv) -> planner.delete(table, table.storedKey(key), null, null, condition, rv));
    }

    /** Deletes an item, checking the stored version when the model has one and the item carries it. */
    public <T> TransactWrite delete(Table<T> table, T item) {
        return add(table, (now, rv) -> {
            Map<String, AttributeValue> encoded = table.codec().encode(item);
            AttributeSchema version = planner.binding(table).writer().versionAttribute();
            AttributeValue expected = version == null ? null : encoded.get(version.name());
            return planner.delete(table, ItemKeys.fromItem(table.schema(), encoded),
                    expected == null ? null : Objects.requireNonNull(version).name(), expected, null, rv);
        });
    }

    /** Requires {@code condition} to hold for an item the transaction does not write. */
    public <T> TransactWrite conditionCheck(Table<T> table, Key key, Condition condition) {
        Objects.requireNonNull(condition, "a condition check needs a condition");
        return add(table, (now, rv) -> planner.conditionCheck(table, table.storedKey(key), condition, rv));
    }

    /**
     * Sets the idempotency token ({@code ClientRequestToken}, 1 to 36 characters). Without one, each transaction gets
     * a random token, kept for the SDK's and the engine's retries.
     */
    public TransactWrite idempotencyToken(String value) {
        checkOpen();
        if (value.isEmpty() || value.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidOperatorException(null, "An idempotency token must have 1 to " + MAX_TOKEN_LENGTH
                    + " characters, got " + value.length() + "; a UUID fits");
        }
        this.token = value;
        return this;
    }

    /**
     * Asks DynamoDB to return the stored item of an action whose condition fails; it is decoded into
     * {@link CancellationReason#oldItem()}. Costs read capacity only on failure.
     */
    public TransactWrite returnOldItemsOnConditionFailure() {
        checkOpen();
        this.returnOldItems = true;
        return this;
    }

    /** Sets how transactions cancelled by conflicts or throttling are retried. */
    public TransactWrite retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /** How many actions were added. */
    public int size() {
        return actions.size();
    }

    /**
     * Runs the transaction.
     *
     * @throws InvalidOperatorException for no actions, more than 100, or two actions on one item
     * @throws TransactionCanceledException when DynamoDB cancelled it: {@code is("ErrConditionFailed")} for a failed
     *         condition, {@code is("ErrVersionConflict")} for a failed version check
     * @throws com.theorycloud.tabletheory.error.InvalidModelException and the other single-write errors when an
     *         action breaks a model rule (nothing is sent)
     */
    public void execute() {
        OperationReport report = new OperationReport(listener, Operation.TRANSACT_WRITE);
        report.run(actions.stream().map(Pending::table).toList(), () -> {
            TransactWriteItemsRequest request = freeze();
            List<Cancellations.Action> described = Objects.requireNonNull(frozenWrites).stream()
                    .map(PlannedWrite::action).toList();
            RetryBudget budget = new RetryBudget(retryPolicy);
            for (int attempt = 1;; attempt++) {
                try {
                    TransactWriteItemsResponse response = client.transactWriteItems(request);
                    report.record(response.consumedCapacity());
                    return null;
                } catch (SdkException e) {
                    TableTheoryException failure = Cancellations.translate(e, "transaction write", described,
                            attempt);
                    if (!(failure instanceof TransactionCanceledException cancelled && cancelled.retryable()
                            && budget.awaitRetry(attempt))) {
                        throw failure;
                    }
                }
            }
        });
    }

    private TransactWriteItemsRequest freeze() {
        if (frozen != null) {
            return frozen;
        }
        if (actions.isEmpty()) {
            throw new InvalidOperatorException(null, "A transaction needs at least one action; add create, put,"
                    + " update, delete or conditionCheck actions before execute()");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw new InvalidOperatorException(actions.get(0).table().schema().name(), "A transaction holds at most "
                    + MAX_ACTIONS + " actions, this one has " + actions.size() + "; split it into several"
                    + " transactions or use batchWrite when atomicity is not needed");
        }
        String now = Timestamps.format(clock.instant());
        ReturnValuesOnConditionCheckFailure returnValues = returnOldItems ? ReturnValuesOnConditionCheckFailure.ALL_OLD
                : ReturnValuesOnConditionCheckFailure.NONE;
        List<PlannedWrite> planned = new ArrayList<>(actions.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Pending pending : actions) {
            PlannedWrite write = pending.plan().plan(now, returnValues);
            Cancellations.Action action = write.action();
            Integer previous = seen.putIfAbsent(action.tableName() + '\u0000' + action.key(), planned.size());
            if (previous != null) {
                throw new InvalidOperatorException(action.modelName(), "Actions " + previous + " and "
                        + planned.size() + " of the transaction both touch " + action.modelName() + " ["
                        + ItemKeys.describe(action.key()) + "] in table '" + action.tableName() + "'; DynamoDB allows"
                        + " one action per item in a transaction. Merge them into one action.");
            }
            planned.add(write);
        }
        TransactWriteItemsRequest.Builder request = TransactWriteItemsRequest.builder()
                .transactItems(planned.stream().map(PlannedWrite::item).toList())
                .clientRequestToken(token != null ? token : UUID.randomUUID().toString());
        if (listener != OperationListener.NONE) {
            request.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        }
        frozenWrites = List.copyOf(planned);
        frozen = request.build();
        return frozen;
    }

    private <T> TransactWrite add(Table<T> table, Planner plan) {
        checkOpen();
        actions.add(new Pending(Objects.requireNonNull(table, "table"), plan));
        return this;
    }

    private void checkOpen() {
        if (frozen != null) {
            throw new IllegalStateException("This transaction was executed and is frozen; executing it again retries"
                    + " the same request. Start a new one with TableTheory.transactWrite() to add actions.");
        }
    }
}
