package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.benchmarks.model.HandOrderCodec;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.benchmarks.model.OrderBean;
import com.theorycloud.tabletheory.benchmarks.model.Orders;
import com.theorycloud.tabletheory.benchmarks.model.StaticOrderSchema;
import com.theorycloud.tabletheory.internal.ItemWriter;
import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.ItemCodecs;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Target 1: one put's mapping work for a 20-attribute order, then reading the stored item back. Every contender
 * stamps the write time and version 0; the engine also applies its write rules ({@link ItemWriter}: omit-empty,
 * unknown-attribute, key and 400 KB checks), exactly what {@code Table.put} does before the SDK call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CodecBenchmark {

    private Order order;
    private OrderBean bean;
    private ItemCodec<Order> codec;
    private ItemWriter writer;
    private TableSchema<OrderBean> beanSchema;
    private TableSchema<OrderBean> staticSchema;

    /** Builds every mapper once, as applications do at startup. */
    @Setup
    public void setUp() {
        order = Orders.sample("CUSTOMER#42", "ORDER#2026-11-24#0001");
        bean = Orders.sampleBean("CUSTOMER#42", "ORDER#2026-11-24#0001");
        codec = ItemCodecs.forClass(Order.class);
        writer = new ItemWriter(codec.schema());
        beanSchema = TableSchema.fromBean(OrderBean.class);
        staticSchema = StaticOrderSchema.create();
    }

    /** The engine: codec encode, item writer (lifecycle and checks), codec decode. */
    @Benchmark
    public Order tableTheory() {
        Map<String, AttributeValue> stored = writer.itemForPut(codec.encode(order), Timestamps.format(Instant.now()));
        return codec.decode(stored);
    }

    /** Hand-written {@code Map<String, AttributeValue>} code with the same lifecycle rules. */
    @Benchmark
    public Order handWritten() {
        return HandOrderCodec.decode(HandOrderCodec.encode(order, Instant.now().toString()));
    }

    /** The put side alone: what the engine does before handing the item to the SDK. */
    @Benchmark
    public Map<String, AttributeValue> tableTheoryPutSide() {
        return writer.itemForPut(codec.encode(order), Timestamps.format(Instant.now()));
    }

    /** The put side alone, by hand. */
    @Benchmark
    public Map<String, AttributeValue> handWrittenPutSide() {
        return HandOrderCodec.encode(order, Instant.now().toString());
    }

    /** Enhanced Client, reflective bean schema; timestamps and version set as its extensions would. */
    @Benchmark
    public OrderBean enhancedFromBean() {
        return roundTrip(beanSchema);
    }

    /** Enhanced Client, hand-declared static schema. */
    @Benchmark
    public OrderBean enhancedStatic() {
        return roundTrip(staticSchema);
    }

    private OrderBean roundTrip(TableSchema<OrderBean> schema) {
        Instant now = Instant.now();
        bean.setCreatedAt(now);
        bean.setUpdatedAt(now);
        bean.setVersion(1L);
        return schema.mapToItem(schema.itemToMap(bean, true));
    }
}
