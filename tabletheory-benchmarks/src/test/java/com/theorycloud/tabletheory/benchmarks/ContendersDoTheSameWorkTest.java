package com.theorycloud.tabletheory.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.benchmarks.model.HandOrderCodec;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.benchmarks.model.OrderBean;
import com.theorycloud.tabletheory.benchmarks.model.Orders;
import com.theorycloud.tabletheory.benchmarks.model.StaticOrderSchema;
import com.theorycloud.tabletheory.internal.ItemWriter;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.ItemCodecs;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A benchmark is only fair when every contender stores and reads back the same thing. */
class ContendersDoTheSameWorkTest {

    private static final List<String> TIMESTAMPS = List.of("createdAt", "updatedAt");

    @Test
    void everyContenderStoresTheSameAttributes() {
        Order order = Orders.sample("CUSTOMER#42", "ORDER#1");
        ItemCodec<Order> codec = ItemCodecs.forClass(Order.class);
        Map<String, AttributeValue> engine = withoutTimestamps(
                new ItemWriter(codec.schema()).itemForPut(codec.encode(order), "2026-11-24T10:15:30.000000000Z"));
        Map<String, AttributeValue> hand = withoutTimestamps(HandOrderCodec.encode(order, "2026-11-24T10:15:30Z"));
        OrderBean bean = Orders.sampleBean("CUSTOMER#42", "ORDER#1");
        bean.setVersion(0L);
        Map<String, AttributeValue> fromBean = TableSchema.fromBean(OrderBean.class).itemToMap(bean, true);
        Map<String, AttributeValue> fromStatic = StaticOrderSchema.create().itemToMap(bean, true);

        assertThat(engine).hasSize(17).isEqualTo(hand).isEqualTo(fromBean).isEqualTo(fromStatic);
    }

    @Test
    void everyContenderReadsTheOrderBack() {
        CodecBenchmark codec = new CodecBenchmark();
        codec.setUp();
        Order engine = codec.tableTheory();
        Order hand = codec.handWritten();
        OrderBean bean = codec.enhancedFromBean();

        assertThat(engine).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt").isEqualTo(hand);
        assertThat(engine.createdAt()).isNotNull().isEqualTo(engine.updatedAt());
        assertThat(bean.getPrice()).isEqualTo(engine.price());
        assertThat(bean.getShipping().getCity()).isEqualTo(engine.shipping().city());
        assertThat(codec.enhancedStatic().getTags()).isEqualTo(engine.tags());
    }

    @Test
    void engineAndHandWrittenRequestsAgreeOnTheirParts() {
        ExpressionBenchmark expressions = new ExpressionBenchmark();
        expressions.setUp();
        try {
            assertThat(expressions.engineQuery().expressionAttributeValues().values())
                    .containsExactlyInAnyOrderElementsOf(expressions.sdkQuery().expressionAttributeValues().values());
            assertThat(expressions.engineUpdate().expressionAttributeNames().values())
                    .containsExactlyInAnyOrderElementsOf(expressions.sdkUpdate().expressionAttributeNames().values());
            assertThat(expressions.engineUpdate().key()).isEqualTo(expressions.sdkUpdate().key());
        } finally {
            expressions.tearDown();
        }
    }

    /**
     * Lifecycle timestamps differ by design (each contender stamps its own write time), and the engine writes every
     * instant with nine fraction digits (the contract's sortable form) where the others use {@code Instant.toString()},
     * so instants are compared as instants.
     */
    private static Map<String, AttributeValue> withoutTimestamps(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> out = new HashMap<>(item);
        TIMESTAMPS.forEach(out::remove);
        out.put("placedAt", AttributeValue.fromS(Instant.parse(out.get("placedAt").s()).toString()));
        return out;
    }
}
