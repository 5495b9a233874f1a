package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.internal.ActionUpdates;
import com.theorycloud.tabletheory.internal.ModelValueEncoder;
import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.query.SortKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Target 6: building a query and an action update with the engine's fluent API (validation, index inference,
 * placeholders, value encoding) against writing the same SDK request by hand. Nothing is sent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ExpressionBenchmark {

    private DynamoDbClient client;
    private Table<Order> table;
    private ItemCodec<Order> codec;

    /** A table over a client that is never called. */
    @Setup
    public void setUp() {
        client = OfflineClients.forEndpoint("http://127.0.0.1:9");
        table = TableTheory.builder().client(client).build().table(Order.class);
        codec = table.codec();
    }

    /** Closes the unused client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** {@code table.query()...toRequest()}: key condition, begins_with, a filter, a page size. */
    @Benchmark
    public QueryRequest engineQuery() {
        return table.query().partition("PK", "CUSTOMER#42").sort(SortKey.beginsWith("SK", "ORDER#2026-11"))
                .filter(Condition.eq("status", "SHIPPED")).limit(25).toRequest();
    }

    /** The same request written against the SDK. */
    @Benchmark
    public QueryRequest sdkQuery() {
        Map<String, String> names = new HashMap<>();
        names.put("#PK", "PK");
        names.put("#SK", "SK");
        names.put("#status", "status");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", AttributeValue.fromS("CUSTOMER#42"));
        values.put(":sk", AttributeValue.fromS("ORDER#2026-11"));
        values.put(":status", AttributeValue.fromS("SHIPPED"));
        return QueryRequest.builder().tableName("bench_orders")
                .keyConditionExpression("#PK = :pk AND begins_with(#SK, :sk)")
                .filterExpression("#status = :status")
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .scanIndexForward(true).limit(25).returnConsumedCapacity(ReturnConsumedCapacity.NONE).build();
    }

    /**
     * What {@code table.update(key, update)} renders before the call: SET, ADD and REMOVE actions plus the model's
     * rules (updated_at, version increment and check, item must exist).
     */
    @Benchmark
    public UpdateItemRequest engineUpdate() {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put("PK", codec.encodeValue("PK", "CUSTOMER#42"));
        key.put("SK", codec.encodeValue("SK", "ORDER#2026-11-24#0001"));
        Update update = Update.create().set("status", "SHIPPED").add("quantity", 1).remove("notes")
                .expectVersion(3);
        return new ActionUpdates(codec, new ModelValueEncoder(codec))
                .plan(key, update, Timestamps.format(Instant.now()), "bench_orders", false).request();
    }

    /** The same update written against the SDK. */
    @Benchmark
    public UpdateItemRequest sdkUpdate() {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put("PK", AttributeValue.fromS("CUSTOMER#42"));
        key.put("SK", AttributeValue.fromS("ORDER#2026-11-24#0001"));
        Map<String, String> names = new HashMap<>();
        names.put("#status", "status");
        names.put("#quantity", "quantity");
        names.put("#notes", "notes");
        names.put("#updatedAt", "updatedAt");
        names.put("#version", "version");
        names.put("#PK", "PK");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", AttributeValue.fromS("SHIPPED"));
        values.put(":one", AttributeValue.fromN("1"));
        values.put(":now", AttributeValue.fromS(Instant.now().toString()));
        values.put(":expected", AttributeValue.fromN("3"));
        return UpdateItemRequest.builder().tableName("bench_orders").key(key)
                .updateExpression("SET #status = :status, #updatedAt = :now REMOVE #notes ADD #quantity :one,"
                        + " #version :one")
                .conditionExpression("attribute_exists(#PK) AND #version = :expected")
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW).returnConsumedCapacity(ReturnConsumedCapacity.NONE).build();
    }
}
