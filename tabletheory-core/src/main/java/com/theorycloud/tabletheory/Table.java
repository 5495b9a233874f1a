package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.batch.internal.BatchCalls;
import com.theorycloud.tabletheory.batch.internal.TableBatch;
import com.theorycloud.tabletheory.encryption.internal.EncryptingItemCodec;
import com.theorycloud.tabletheory.error.ItemNotFoundException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.ReturnValues;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.internal.ActionUpdates;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.query.Query;
import com.theorycloud.tabletheory.query.Scan;
import com.theorycloud.tabletheory.query.internal.ReadCalls;
import com.theorycloud.tabletheory.query.internal.ReadContext;
import com.theorycloud.tabletheory.query.internal.TableQuery;
import com.theorycloud.tabletheory.query.internal.TableScan;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import com.theorycloud.tabletheory.internal.ErrorTranslator;
import com.theorycloud.tabletheory.internal.FailureContext;
import com.theorycloud.tabletheory.internal.ItemKeys;
import com.theorycloud.tabletheory.internal.ItemRequests;
import com.theorycloud.tabletheory.internal.ItemWriter;
import com.theorycloud.tabletheory.internal.ModelValueEncoder;
import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import com.theorycloud.tabletheory.internal.UpdatePlan;
import com.theorycloud.tabletheory.internal.WritePolicyRules;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The typed handle of one model's table: create, put, get, update and delete items with the model's lifecycle rules
 * (timestamps, versions, omit-empty, TTL) and write policy applied the same way as the Go, TypeScript and Python
 * runtimes. Obtain it from
 * {@link TableTheory#table(ItemCodec)}; it is immutable and thread-safe.
 *
 * <p>Every write validates before calling DynamoDB (keys present, item at most 400 KB, values storable), so bad input
 * never writes. Writes return the item as stored: create and put decode the written item, updates decode the item
 * DynamoDB returns after the update, so no extra read is made.
 *
 * @param <T> the Java type of the model's items
 */
public final class Table<T> {

    private final ItemCodec<T> codec;
    private final ModelSchema schema;
    private final String tableName;
    private final DynamoDbClient client;
    private final Clock clock;
    private final OperationRunner runner;
    private final ItemWriter writer;
    private final ItemRequests requests;
    private final WritePolicyRules writePolicy;
    private final boolean reportCapacity;
    private final ReadOptions defaultRead;

    Table(ItemCodec<T> codec, String tableName, DynamoDbClient client, Clock clock, OperationListener listener,
            boolean consistentReads) {
        this.codec = codec;
        this.schema = codec.schema();
        this.tableName = tableName;
        this.client = client;
        this.clock = clock;
        this.runner = new OperationRunner(listener);
        this.writer = new ItemWriter(schema);
        this.writePolicy = new WritePolicyRules(schema);
        this.reportCapacity = listener != OperationListener.NONE;
        this.defaultRead = consistentReads ? ReadOptions.consistent() : ReadOptions.defaults();
        this.requests = new ItemRequests(tableName, schema.partitionKey().name(), new ModelValueEncoder(codec),
                listener != OperationListener.NONE);
    }

    private Table(Table<T> base, WritePolicyRules writePolicy) {
        this.codec = base.codec;
        this.schema = base.schema;
        this.tableName = base.tableName;
        this.client = base.client;
        this.clock = base.clock;
        this.runner = base.runner;
        this.writer = base.writer;
        this.requests = base.requests;
        this.writePolicy = writePolicy;
        this.reportCapacity = base.reportCapacity;
        this.defaultRead = base.defaultRead;
    }

    /**
     * A view of this table whose puts and updates also refuse to change the given attributes, on top of the model's
     * protected attributes; for calls that must not touch fields the model leaves mutable.
     *
     * @param attributes stored attribute names to protect
     */
    public Table<T> withProtectedAttributes(Collection<String> attributes) {
        return new Table<>(this, writePolicy.protecting(attributes));
    }

    /** The model this table stores. */
    public ModelSchema schema() {
        return schema;
    }

    /** The physical table name, after the {@link TableNameResolver}. */
    public String tableName() {
        return tableName;
    }

    /** The codec mapping items of this table. */
    public ItemCodec<T> codec() {
        return codec;
    }

    /**
     * The primary key of an item, in its stored form (the key parts are
     * {@link AttributeValue}s, which {@link #get(Key)} and {@link #delete(Key)} accept as they are).
     *
     * @throws com.theorycloud.tabletheory.error.MissingPrimaryKeyException when a key part is missing or empty
     */
    public Key keyOf(T item) {
        Map<String, AttributeValue> key = ItemKeys.fromItem(schema, codec.encode(item));
        KeyAttribute sortKey = schema.sortKey();
        AttributeValue partition = key.get(schema.partitionKey().name());
        return sortKey == null ? Key.of(partition) : Key.of(partition, key.get(sortKey.name()));
    }

    /**
     * Creates an item that must not exist yet: fills {@code created_at}/{@code updated_at} with the same instant and
     * the version with 0 (or the non-zero version the item carries).
     *
     * @return the item as stored
     * @throws com.theorycloud.tabletheory.error.ConditionFailedException when an item with this key exists
     */
    public T create(T item) {
        return write(Operation.CREATE, item, true, null);
    }

    /**
     * Creates an item that must not exist yet and for which {@code condition} also holds.
     *
     * @return the item as stored
     */
    public T create(T item, Condition condition) {
        return write(Operation.CREATE, item, true, condition);
    }

    /**
     * Stores an item, overwriting any item with the same key. The lifecycle rules of {@link #create(Object)} apply,
     * so {@code created_at} is reset: use {@link #update(Object)} to change an existing item and keep it.
     *
     * @return the item as stored
     */
    public T put(T item) {
        return write(Operation.PUT, item, false, null);
    }

    /**
     * Stores an item if {@code condition} holds for the stored one (an absent item has no attributes).
     *
     * @return the item as stored
     * @throws com.theorycloud.tabletheory.error.ConditionFailedException when the condition does not hold
     */
    public T put(T item, Condition condition) {
        return write(Operation.PUT, item, false, condition);
    }

    /**
     * Reads an item, eventually consistent unless the engine reads {@link TableTheory.Builder#consistentReads
     * consistently by default}.
     *
     * @throws ItemNotFoundException naming the model and key when there is none
     */
    public T get(Key key) {
        return get(key, defaultRead);
    }

    /**
     * Reads an item with the given consistency and projection.
     *
     * @throws ItemNotFoundException naming the model and key when there is none
     */
    public T get(Key key, ReadOptions options) {
        Map<String, AttributeValue> encodedKey = encodeKey(key);
        return find(encodedKey, options).orElseThrow(() -> new ItemNotFoundException(schema.name(), "Model "
                + schema.name() + " has no item [" + ItemKeys.describe(encodedKey) + "] in table '" + tableName
                + "'; use find(key) when absence is expected"));
    }

    /**
     * Reads an item, empty when there is none; eventually consistent unless the engine reads
     * {@link TableTheory.Builder#consistentReads consistently by default}.
     */
    public Optional<T> find(Key key) {
        return find(key, defaultRead);
    }

    /** Reads an item with the given consistency and projection, empty when there is none. */
    public Optional<T> find(Key key, ReadOptions options) {
        return find(encodeKey(key), options);
    }

    private Optional<T> find(Map<String, AttributeValue> key, ReadOptions options) {
        return runner.run(schema.name(), tableName, Operation.GET, null, scope -> {
            GetItemResponse response = call(FailureContext.of(schema.name(), tableName, "get", ItemKeys.describe(key)),
                    () -> client.getItem(requests.get(key, options.consistentRead(), options.projection())));
            scope.record(response.consumedCapacity());
            return response.hasItem() && !response.item().isEmpty() ? Optional.of(codec.decode(response.item()))
                    : Optional.empty();
        });
    }

    /**
     * Full update: writes every non-key attribute the item carries, checks the item's version and increments it,
     * refreshes {@code updated_at} and never touches {@code created_at}. Null properties and empty omit-empty values
     * are skipped, not removed; list them in {@link #update(Object, Collection)} to clear them. Never creates a
     * missing item.
     *
     * @return the item as stored after the update
     * @throws com.theorycloud.tabletheory.error.VersionConflictException when the stored version differs or the item
     *         no longer exists (also a {@code ConditionFailedException})
     * @throws com.theorycloud.tabletheory.error.ConditionFailedException when the item does not exist (models without
     *         a version)
     */
    public T update(T item) {
        return update(item, (Collection<String>) null, null);
    }

    /** Full update guarded by a condition as well; see {@link #update(Object)}. */
    public T update(T item, Condition condition) {
        return update(item, (Collection<String>) null, condition);
    }

    /**
     * Partial update of the listed attributes; see {@link #update(Object, Collection, Condition)}.
     *
     * @return the item as stored after the update
     */
    public T update(T item, String... fields) {
        return update(item, Arrays.asList(fields), null);
    }

    /**
     * Partial update of the listed attributes; see {@link #update(Object, Collection, Condition)}.
     *
     * @return the item as stored after the update
     */
    public T update(T item, Collection<String> fields) {
        return update(item, fields, null);
    }

    /**
     * Partial update: writes only the listed attributes (attribute or property names). A listed attribute whose value
     * is null, or empty with omit-empty, is removed; other attributes are untouched. An empty list only refreshes
     * {@code updated_at} and the version. The version check, version increment and timestamps work as in
     * {@link #update(Object)}; key and lifecycle attributes cannot be listed.
     *
     * @param fields    the attributes to write, or {@code null} for a full update
     * @param condition an extra condition the stored item must meet, or {@code null}
     * @return the item as stored after the update
     * @throws com.theorycloud.tabletheory.error.InvalidModelException for unknown, key or lifecycle fields, or a
     *         missing version
     */
    public T update(T item, @Nullable Collection<String> fields, @Nullable Condition condition) {
        return runner.run(schema.name(), tableName, Operation.UPDATE, null, scope -> {
            UpdatePlan plan = writer.planUpdate(codec.encode(item), fields == null ? null : List.copyOf(fields),
                    now());
            List<String> changed = new ArrayList<>(plan.set().keySet());
            changed.addAll(plan.remove());
            writePolicy.checkUpdate(changed, ItemKeys.describe(plan.key()));
            AttributeValue expected = plan.expectedVersion();
            FailureContext context = new FailureContext(schema.name(), tableName, "update",
                    ItemKeys.describe(plan.key()), plan.versioned(), expected == null ? null : expected.n());
            UpdateItemResponse response = call(context, () -> client.updateItem(requests.update(plan, condition)));
            scope.record(response.consumedCapacity());
            return codec.decode(response.attributes());
        });
    }

    /** Deletes an item by key; deleting an absent item succeeds. */
    public void delete(Key key) {
        deleteKey(encodeKey(key), null, null);
    }

    /**
     * Deletes an item by key if {@code condition} holds.
     *
     * @throws com.theorycloud.tabletheory.error.ConditionFailedException when it does not
     */
    public void delete(Key key, Condition condition) {
        deleteKey(encodeKey(key), null, condition);
    }

    /**
     * Deletes an item; when the model has a version and the item carries one, only if the stored version still
     * matches.
     *
     * @throws com.theorycloud.tabletheory.error.VersionConflictException when the stored version differs
     */
    public void delete(T item) {
        delete(item, null);
    }

    /** Deletes an item, version-checked as {@link #delete(Object)}, if {@code condition} holds as well. */
    public void delete(T item, @Nullable Condition condition) {
        Map<String, AttributeValue> encoded = codec.encode(item);
        AttributeSchema version = writer.versionAttribute();
        deleteKey(ItemKeys.fromItem(schema, encoded), version == null ? null : encoded.get(version.name()), condition);
    }

    private void deleteKey(Map<String, AttributeValue> key, @Nullable AttributeValue expectedVersion,
            @Nullable Condition condition) {
        runner.run(schema.name(), tableName, Operation.DELETE, null, scope -> {
            writePolicy.checkDelete(ItemKeys.describe(key));
            AttributeSchema version = writer.versionAttribute();
            boolean versioned = version != null && expectedVersion != null;
            FailureContext context = new FailureContext(schema.name(), tableName, "delete", ItemKeys.describe(key),
                    versioned, versioned ? expectedVersion.n() : null);
            DeleteItemResponse response = call(context, () -> client.deleteItem(requests.delete(key,
                    versioned ? version.name() : null, expectedVersion, condition)));
            scope.record(response.consumedCapacity());
            return null;
        });
    }

    private T write(Operation operation, T item, boolean ifNotExists, @Nullable Condition condition) {
        return runner.run(schema.name(), tableName, operation, null, scope -> {
            Map<String, AttributeValue> stored = writer.itemForPut(codec.encode(item), now());
            String key = ItemKeys.describe(ItemKeys.fromItem(schema, stored));
            if (operation == Operation.PUT) {
                writePolicy.checkPut(stored.keySet(), key);
            }
            FailureContext context = FailureContext.of(schema.name(), tableName,
                    operation == Operation.CREATE ? "create" : "put", key);
            scope.record(call(context, () -> client.putItem(requests.put(stored, ifNotExists, condition)))
                    .consumedCapacity());
            return codec instanceof EncryptingItemCodec<T> encrypting ? encrypting.decodeWritten(stored, item)
                    : codec.decode(stored);
        });
    }

    private Map<String, AttributeValue> encodeKey(Key key) {
        KeyAttribute sortKey = schema.sortKey();
        AttributeValue partition = encodeKeyPart(schema.partitionKey(), key.partition());
        AttributeValue sort = sortKey == null || key.sort() == null ? null : encodeKeyPart(sortKey, key.sort());
        if (sortKey == null && key.sort() != null) {
            sort = AttributeValue.fromNul(true);
        }
        return ItemKeys.of(schema, partition, sort);
    }

    private @Nullable AttributeValue encodeKeyPart(KeyAttribute attribute, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof AttributeValue av ? av : codec.encodeValue(attribute.name(), value);
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    private static <R> R call(FailureContext context, Supplier<R> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(e, context);
        }
    }

    private static TableTheoryException translate(SdkException e, FailureContext context) {
        return ErrorTranslator.translate(e, context);
    }

    // ---- Query surface: queries, scans and action updates (kept together to ease merges) ----

    /**
     * Starts a query of one partition of this table or of one of its indexes; see {@link Query}.
     *
     * <pre>{@code
     * Page<User> page = users.query().partition("PK", "USER#1").sort(SortKey.beginsWith("SK", "ORDER#")).page();
     * }</pre>
     */
    public Query<T> query() {
        return new TableQuery<>(readContext());
    }

    /** Starts a scan of this table or of one of its indexes; see {@link Scan}. */
    public Scan<T> scan() {
        return new TableScan<>(readContext());
    }

    /**
     * Updates an item in place with SET/REMOVE/ADD/DELETE actions; see {@link Update}. The model's rules apply:
     * {@code updated_at} is refreshed, the version is incremented (and checked when {@link Update#expectVersion} is
     * given), {@code created_at} is untouched, key and lifecycle attributes cannot be written, an omit-empty attribute
     * set to an empty value is removed, and a missing item is never created.
     *
     * @return the item as {@link Update#returning} asks for, decoded as far as its attributes go; empty for
     *         {@link ReturnValues#NONE}
     * @throws com.theorycloud.tabletheory.error.ConditionFailedException when the item does not exist or the
     *         condition does not hold
     * @throws com.theorycloud.tabletheory.error.VersionConflictException when the stored version is not the expected
     * @throws com.theorycloud.tabletheory.error.InvalidOperatorException for empty updates, key or unknown attributes
     * @throws com.theorycloud.tabletheory.error.InvalidModelException for lifecycle attributes
     */
    public Optional<T> update(Key key, Update update) {
        return runner.run(schema.name(), tableName, Operation.UPDATE, null, scope -> {
            Map<String, AttributeValue> encodedKey = encodeKey(key);
            String described = ItemKeys.describe(encodedKey);
            ActionUpdates.Planned plan = new ActionUpdates(codec, new ModelValueEncoder(codec))
                    .plan(encodedKey, update, now(), tableName, runner.reportsCapacity());
            writePolicy.checkUpdate(plan.changedAttributes(), described);
            Long expected = plan.expectedVersion();
            FailureContext context = new FailureContext(schema.name(), tableName, "update", described,
                    plan.versioned(), expected == null ? null : expected.toString());
            UpdateItemResponse response = call(context, () -> client.updateItem(plan.request()));
            scope.record(response.consumedCapacity());
            return response.hasAttributes() && !response.attributes().isEmpty()
                    ? Optional.of(codec.decode(response.attributes())) : Optional.<T>empty();
        });
    }

    private ReadContext<T> readContext() {
        ModelValueEncoder encoder = new ModelValueEncoder(codec);
        ReadCalls calls = new ReadCalls() {
            @Override
            public QueryResponse query(QueryRequest request) {
                return runner.run(schema.name(), tableName, Operation.QUERY, request.indexName(), scope -> {
                    QueryResponse response = call(FailureContext.of(schema.name(), tableName, "query", null),
                            () -> client.query(request));
                    scope.record(response.consumedCapacity());
                    return response;
                });
            }

            @Override
            public ScanResponse scan(ScanRequest request) {
                return runner.run(schema.name(), tableName, Operation.SCAN, request.indexName(), scope -> {
                    ScanResponse response = call(FailureContext.of(schema.name(), tableName, "scan", null),
                            () -> client.scan(request));
                    scope.record(response.consumedCapacity());
                    return response;
                });
            }
        };
        return new ReadContext<>(codec, tableName, encoder, calls, runner.reportsCapacity(),
                defaultRead.consistentRead());
    }

    // ---- End of the query surface ----

    // ---- Batch reads and writes, stored keys (batch and transaction support) ---------------------------------------

    /**
     * Reads any number of items by key with {@code BatchGetItem} (100 keys per request, eventually consistent unless
     * the engine reads {@link TableTheory.Builder#consistentReads consistently by default}), retrying unprocessed keys
     * under {@link RetryPolicy#defaults()}.
     *
     * @return the items found, in the order of {@code keys}; keys without an item are left out
     * @throws com.theorycloud.tabletheory.error.InvalidOperatorException when a key is listed twice
     * @throws BatchIncompleteException when keys are still unprocessed after the retry budget
     */
    public List<T> batchGet(Collection<Key> keys) {
        return batchGet(keys, defaultRead, RetryPolicy.defaults());
    }

    /**
     * Reads items by key with the given consistency and projection (the key attributes are always projected, to
     * match items to keys); see {@link #batchGet(Collection)}.
     */
    public List<T> batchGet(Collection<Key> keys, ReadOptions options) {
        return batchGet(keys, options, RetryPolicy.defaults());
    }

    /**
     * Reads items by key under the given retry budget; see {@link #batchGet(Collection)}. DynamoDB answers a batch in
     * any order: this method re-orders the items to the order of {@code keys}.
     */
    public List<T> batchGet(Collection<Key> keys, ReadOptions options, RetryPolicy retry) {
        List<T> found = new ArrayList<>(keys.size());
        for (T item : batchRead(List.copyOf(keys), options, retry)) {
            if (item != null) {
                found.add(item);
            }
        }
        return found;
    }

    /**
     * Reads items by key, keyed by the requested {@link Key}s in request order; keys without an item are absent.
     */
    public Map<Key, T> batchGetByKey(Collection<Key> keys) {
        return batchGetByKey(keys, defaultRead, RetryPolicy.defaults());
    }

    /** Reads items by key, keyed by the requested {@link Key}s; see {@link #batchGetByKey(Collection)}. */
    public Map<Key, T> batchGetByKey(Collection<Key> keys, ReadOptions options, RetryPolicy retry) {
        List<Key> ordered = List.copyOf(keys);
        List<@Nullable T> items = batchRead(ordered, options, retry);
        Map<Key, T> found = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            T item = items.get(i);
            if (item != null) {
                found.put(ordered.get(i), item);
            }
        }
        return found;
    }

    /**
     * Puts and deletes items with {@code BatchWriteItem} (25 writes per request), retrying unprocessed writes under
     * {@link RetryPolicy#defaults()}. Puts follow the lifecycle rules of {@link #put(Object)} (all items of the call
     * share one timestamp) and the model's write policy; batch writes take no conditions, so they neither check nor
     * guard versions. Everything is validated before the first request.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidOperatorException when an item is listed twice
     * @throws BatchIncompleteException when writes are still unprocessed after the retry budget; the others were
     *         applied
     */
    public void batchWrite(Collection<T> puts, Collection<Key> deletes) {
        batchWrite(puts, deletes, RetryPolicy.defaults());
    }

    /** Puts and deletes items under the given retry budget; see {@link #batchWrite(Collection, Collection)}. */
    public void batchWrite(Collection<T> puts, Collection<Key> deletes, RetryPolicy retry) {
        runner.run(schema.name(), tableName, Operation.BATCH_WRITE, null, scope -> {
            List<Map<String, AttributeValue>> keys = new ArrayList<>(deletes.size());
            for (Key key : deletes) {
                keys.add(encodeKey(key));
            }
            batch(scope).write(List.copyOf(puts), keys, now(), retry);
            return null;
        });
    }

    /**
     * The stored form of a key (attribute name to value), checked against the model's key schema; for building
     * requests the engine does not make itself.
     *
     * @throws com.theorycloud.tabletheory.error.MissingPrimaryKeyException when a key part is missing or empty
     */
    public Map<String, AttributeValue> storedKey(Key key) {
        return encodeKey(key);
    }

    /**
     * The attributes this table refuses to change except by a create: the model's protected attributes plus those
     * added with {@link #withProtectedAttributes(Collection)}.
     */
    public Set<String> protectedAttributes() {
        return writePolicy.protectedAttributes();
    }

    private List<@Nullable T> batchRead(List<Key> keys, ReadOptions options, RetryPolicy retry) {
        return runner.run(schema.name(), tableName, Operation.BATCH_GET, null, scope -> {
            List<Map<String, AttributeValue>> encoded = new ArrayList<>(keys.size());
            for (Key key : keys) {
                encoded.add(encodeKey(key));
            }
            return batch(scope).get(encoded, options.consistentRead(), options.projection(), retry);
        });
    }

    private TableBatch<T> batch(OperationRunner.Scope scope) {
        return new TableBatch<>(codec, writer, writePolicy,
                new BatchCalls(client, schema.name(), tableName, reportCapacity, scope::record));
    }

    // ---- end of batch block ---------------------------------------------------------------------------------------

    @Override
    public String toString() {
        return "Table[" + schema.name() + " -> " + tableName + "]";
    }
}
