package com.theorycloud.tabletheory.docs.snippets.repositories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.query.QueryMethodValidationException;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.QueryCreationException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The snippets of docs/repositories.md: the page's plain Spring configuration started with its repository on the
 * local DynamoDB, every example method called, and the incorrect methods shown failing at repository creation.
 */
class RepositoriesPageSnippetsTest {

    private static AnnotationConfigApplicationContext context;
    private static OrderRepository orders;
    private static TableTheoryRepositoryFactory factory;

    private final List<Order> processed = new ArrayList<>();

    @BeforeAll
    static void startTheConfiguration() {
        context = new AnnotationConfigApplicationContext();
        context.registerBean(DynamoDbClient.class, () -> LocalDynamoDb.shared().client());
        context.register(DataConfig.class);
        context.refresh();
        TableTheory engine = context.getBean(TableTheory.class);
        engine.ensureTable(engine.table(Order.class).schema());
        orders = context.getBean(OrderRepository.class);
        factory = new TableTheoryRepositoryFactory(new TableTheoryTemplate(engine));
    }

    @AfterAll
    static void dropTheTable() {
        if (context != null) {
            context.getBean(DynamoDbClient.class).deleteTable(r -> r.tableName("orders"));
            context.close();
        }
    }

    private static Order order(String customerId, String orderId, String status, int total, @Nullable String note) {
        return new Order(customerId, orderId, status, BigDecimal.valueOf(total), List.of("t"), note, null, null, null);
    }

    @Test
    void theConfigurationRegistersTheTemplateAndMappingContextBeans() {
        assertThat(context.containsBean("tableTheoryTemplate")).isTrue();
        assertThat(context.containsBean("tableTheoryMappingContext")).isTrue();
    }

    @Test
    void everyExampleMethodRunsOnTheLocalDynamoDb() throws InterruptedException {
        Order first = orders.save(order("ex", "o1", "ex-new", 10, "gift wrap"));
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        orders.save(order("ex", "o2", "ex-new", 30, null));
        orders.save(order("ex", "o3", "ex-paid", 50, "fragile"));

        assertThat(first.version()).isNotNull();
        assertThat(first.createdAt()).isNotNull();
        assertThat(orders.findByCustomerId("ex")).extracting(Order::orderId).containsExactly("o1", "o2", "o3");
        assertThat(orders.findByCustomerIdAndCreatedAtBetween("ex", between, Instant.now()))
                .extracting(Order::orderId).containsExactly("o2", "o3");
        assertThat(orders.findByStatusOrderByCreatedAtDesc("ex-new")).extracting(Order::orderId)
                .containsExactly("o2", "o1");
        assertThat(orders.findTop10ByStatusOrderByCreatedAtDesc("ex-new")).hasSize(2);
        assertThat(orders.findFirstByCustomerIdOrderByOrderIdDesc("ex")).map(Order::orderId).contains("o3");
        assertThat(orders.countByCustomerId("ex")).isEqualTo(3);
        assertThat(orders.existsByCustomerIdAndOrderId("ex", "o2")).isTrue();
        assertThat(orders.existsByCustomerIdAndOrderId("ex", "o9")).isFalse();
        try (Stream<Order> stream = orders.streamByCustomerId("ex")) {
            assertThat(stream.map(Order::orderId)).containsExactly("o1", "o2", "o3");
        }
        Slice<Order> slice = orders.findByCustomerId("ex", PageRequest.of(1, 2));
        assertThat(slice.getContent()).extracting(Order::orderId).containsExactly("o3");
        assertThat(orders.findSummariesByCustomerId("ex")).extracting(OrderSummary::getOrderId, OrderSummary::getTotal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("o1", new BigDecimal("10")),
                        org.assertj.core.groups.Tuple.tuple("o2", new BigDecimal("30")),
                        org.assertj.core.groups.Tuple.tuple("o3", new BigDecimal("50")));
        // o1 fails "total >= 20" but has a note; o2 has no note
        List<Order> recent = orders.recentByStatus("ex-new", Instant.EPOCH, new BigDecimal("20"));
        assertThat(recent).extracting(Order::orderId).containsExactly("o2");
        assertThat(recent.get(0).tags()).as("the projection reads orderId and total, not tags").isNull();
        assertThat(orders.findByTotalGreaterThan(new BigDecimal("40"))).extracting(Order::orderId)
                .containsExactly("o3");
        assertThat(orders.deleteByCustomerIdAndStatus("ex", "ex-new")).isEqualTo(2);
        assertThat(orders.findByCustomerId("ex")).extracting(Order::orderId).containsExactly("o3");
    }

    @Test
    void scrollsWithAWindow() {
        IntStream.rangeClosed(1, 60).forEach(i -> orders.save(order("c1", "o%02d".formatted(i), "w", i, null)));
        // region window
        Window<Order> window = orders.findByCustomerId("c1", ScrollPosition.keyset(), Limit.of(25));
        while (!window.isEmpty()) {
            window.forEach(this::process);
            if (!window.hasNext()) break;
            window = orders.findByCustomerId("c1", window.positionAt(window.size() - 1), Limit.of(25));
        }
        // endregion
        assertThat(processed).extracting(Order::orderId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj("o%02d"::formatted).toList());
    }

    private void process(Order order) {
        processed.add(order);
    }

    interface TableKeyQuery extends TableTheoryRepository<Order, OrderId> {
        // region correct-table-key
        List<Order> findByCustomerIdAndStatus(String customerId, String status);
        // endregion
    }

    interface IndexInSortKeyOrder extends TableTheoryRepository<Order, OrderId> {
        // region correct-order
        List<Order> findByStatusOrderByCreatedAtDesc(String status);
        // endregion
    }

    interface DeliberateScan extends TableTheoryRepository<Order, OrderId> {
        // region correct-scan
        @AllowScan("admin export, table holds < 1,000 items")
        List<Order> findByNoteContaining(String text);
        // endregion
    }

    @Test
    void correctMethodsRun() {
        orders.save(order("ok", "o1", "ok-new", 5, "handle with care"));
        orders.save(order("ok", "o2", "ok-paid", 5, null));

        assertThat(factory.getRepository(TableKeyQuery.class).findByCustomerIdAndStatus("ok", "ok-paid"))
                .extracting(Order::orderId).containsExactly("o2");
        assertThat(factory.getRepository(IndexInSortKeyOrder.class).findByStatusOrderByCreatedAtDesc("ok-new"))
                .extracting(Order::orderId).containsExactly("o1");
        assertThat(factory.getRepository(DeliberateScan.class).findByNoteContaining("with care"))
                .extracting(Order::orderId).containsExactly("o1");
    }

    interface NoPartition extends TableTheoryRepository<Order, OrderId> {
        // region incorrect-no-partition
        List<Order> findByTotalGreaterThan(BigDecimal total); // startup error: no key or index of model Order can serve it
        // endregion
    }

    interface OrderByNonSortKey extends TableTheoryRepository<Order, OrderId> {
        // region incorrect-order
        List<Order> findByCustomerIdOrderByTotalAsc(String customerId);
        // endregion
    }

    interface PageOverScan extends TableTheoryRepository<Order, OrderId> {
        // region incorrect-page
        @AllowScan Page<Order> findByTotalGreaterThan(BigDecimal total, Pageable pageable);
        // endregion
    }

    @Test
    void incorrectMethodsFailAtRepositoryCreation() {
        assertThatThrownBy(() -> factory.getRepository(NoPartition.class))
                .isInstanceOf(QueryCreationException.class).hasCauseInstanceOf(QueryMethodValidationException.class)
                .hasMessageContaining("no key or index of model Order can serve it, and a full table scan is not"
                        + " allowed");
        assertThatThrownBy(() -> factory.getRepository(OrderByNonSortKey.class))
                .isInstanceOf(QueryCreationException.class).hasMessageContaining("can only order by its sort key");
        assertThatThrownBy(() -> factory.getRepository(PageOverScan.class))
                .isInstanceOf(QueryCreationException.class).hasMessageContaining("a Page needs the total count");
    }
}
