package com.theorycloud.tabletheory.spring.data.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.query.CursorCodec;
import com.theorycloud.tabletheory.spring.data.core.query.ResultPage;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.TestEngines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableTheoryTemplateTest {

    private final TestEngines.SettableClock clock =
            new TestEngines.SettableClock(Instant.parse("2026-04-01T00:00:00Z"));
    private TableTheory engine;
    private TableTheoryTemplate template;
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void createTemplate() {
        engine = TestEngines.engine(clock, Order.class);
        template = new TableTheoryTemplate(engine);
        template.setApplicationEventPublisher(events::add);
    }

    @AfterEach
    void dropTables() {
        TestEngines.drop(engine, Order.class);
    }

    @Test
    void pagesStopAtTheLimitWithACursorAfterTheLastItem() {
        for (int i = 1; i <= 5; i++) {
            template.save(Order.of("c1", "o" + i, i % 2 == 0 ? "PAID" : "NEW", i));
        }
        TableTheoryQuery paid = TableTheoryQuery.query(Condition.eq("customerId", "c1"))
                .withFilter(Condition.eq("status", "NEW")).withLimit(2);
        ResultPage<Order> first = template.page(paid, Order.class);
        assertThat(first.items()).extracting(Order::orderId).containsExactly("o1", "o3");
        assertThat(CursorCodec.decode(first.cursor()).lastKey()).containsKeys("customerId", "orderId");
        ResultPage<Order> rest = template.page(paid.withCursor(first.cursor()), Order.class);
        assertThat(rest.items()).extracting(Order::orderId).containsExactly("o5");
        assertThat(rest.hasNext()).isFalse();
    }

    @Test
    void cursorsAreTheEngineFormatWithTheIndexName() {
        template.save(Order.of("c1", "o1", "PAID", 1));
        ResultPage<Order> page = template.page(TableTheoryQuery.query(Condition.eq("status", "PAID"))
                .withIndex("by-status"), Order.class);
        assertThat(CursorCodec.decode(page.itemCursors().get(0)).index()).isEqualTo("by-status");
    }

    @Test
    void readsAreReportedToTheEngineListener() {
        List<OperationEvent> operations = new CopyOnWriteArrayList<>();
        LocalDynamoDb local = LocalDynamoDb.shared();
        TableTheory listened = TableTheory.builder().client(local.client()).listener(operations::add)
                .tableNameResolver(schema -> engine.tableName(schema)).build();
        TableTheoryTemplate observed = new TableTheoryTemplate(listened);
        observed.save(Order.of("c1", "o1", "PAID", 1));
        observed.page(TableTheoryQuery.query(Condition.eq("status", "PAID")).withIndex("by-status"), Order.class);
        observed.count(TableTheoryQuery.scan(), Order.class);
        assertThat(operations).extracting(OperationEvent::operation, OperationEvent::indexName).contains(
                tuple(Operation.QUERY, "by-status"), tuple(Operation.SCAN, null));
    }

    @Test
    void publishesEventsWithoutAnApplicationContext() {
        Order saved = template.save(Order.of("c1", "o1", "NEW", 1));
        template.findById(Key.of("c1", "o1"), Order.class);
        template.delete(saved);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("BeforeConvertEvent",
                "BeforeSaveEvent", "AfterSaveEvent", "AfterLoadEvent", "BeforeDeleteEvent", "AfterDeleteEvent");
    }
}
