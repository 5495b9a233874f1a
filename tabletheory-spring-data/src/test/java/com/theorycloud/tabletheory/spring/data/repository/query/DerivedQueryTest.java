package com.theorycloud.tabletheory.spring.data.repository.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderKeys;
import com.theorycloud.tabletheory.spring.data.sample.OrderRepository;
import com.theorycloud.tabletheory.spring.data.sample.OrderRepositoryImpl;
import com.theorycloud.tabletheory.spring.data.sample.OrderSummary;
import com.theorycloud.tabletheory.spring.data.sample.OrderTotal;
import com.theorycloud.tabletheory.spring.data.sample.TestEngines;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivedQueryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final TestEngines.SettableClock clock = new TestEngines.SettableClock(T0);
    private TableTheory engine;
    private OrderRepository orders;

    @BeforeAll
    void createRepositoryAndData() {
        engine = TestEngines.engine(clock, Order.class);
        TableTheoryTemplate template = new TableTheoryTemplate(engine);
        orders = new TableTheoryRepositoryFactory(template).getRepository(OrderRepository.class,
                new OrderRepositoryImpl(template));
        save(1, Order.of("c1", "o1", "NEW", 10).withTags(List.of("a")).withRegion("eu"));
        save(2, Order.of("c1", "o2", "PAID", 20).withTags(List.of("a", "b")).withNote("rush delivery"));
        save(3, Order.of("c1", "o3", "PAID", 30).withNote("hold").withGift(true));
        save(4, Order.of("c1", "o4", "SHIPPED", 40).withGift(false).withRegion("eu"));
        save(5, Order.of("c2", "p1", "NEW", 5));
        save(6, Order.of("c2", "p2", "PAID", 50).withRegion("us"));
    }

    private void save(int minute, Order order) {
        clock.set(at(minute));
        orders.save(order);
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }

    @AfterAll
    void dropTables() {
        TestEngines.drop(engine, Order.class);
    }

    private static List<String> ids(List<Order> found) {
        return found.stream().map(Order::orderId).toList();
    }

    @Test
    void equalityOnPartitionKeyQueriesTheTable() {
        assertThat(ids(orders.findByCustomerId("c1"))).containsExactly("o1", "o2", "o3", "o4");
    }

    @Test
    void nonKeyConditionsBecomeFilters() {
        assertThat(ids(orders.findByCustomerIdAndCreatedAtBetween("c1", at(2), at(3)))).containsExactly("o2", "o3");
        assertThat(ids(orders.findByCustomerIdAndCreatedAtAfter("c1", at(3)))).containsExactly("o4");
        assertThat(ids(orders.findByCustomerIdAndCreatedAtBefore("c1", at(2)))).containsExactly("o1");
        assertThat(ids(orders.findByCustomerIdAndTotalGreaterThan("c1", BigDecimal.valueOf(20))))
                .containsExactly("o3", "o4");
        assertThat(ids(orders.findByCustomerIdAndTotalLessThanEqual("c1", BigDecimal.valueOf(20))))
                .containsExactly("o1", "o2");
        assertThat(ids(orders.findByCustomerIdAndStatus("c1", "PAID"))).containsExactly("o2", "o3");
        assertThat(ids(orders.findByCustomerIdAndStatusNot("c1", "PAID"))).containsExactly("o1", "o4");
    }

    @Test
    void indexServesOrderByItsSortKey() {
        assertThat(ids(orders.findByStatusOrderByCreatedAtDesc("PAID"))).containsExactly("p2", "o3", "o2");
        assertThat(ids(orders.findByStatusAndCreatedAtGreaterThanEqual("NEW", at(5)))).containsExactly("p1");
    }

    @Test
    void topAndFirstLimitResults() {
        assertThat(ids(orders.findTop2ByStatusOrderByCreatedAtDesc("PAID"))).containsExactly("p2", "o3");
        assertThat(orders.findFirstByCustomerIdOrderByOrderIdDesc("c1")).map(Order::orderId).contains("o4");
        assertThat(ids(orders.findByCustomerId("c1", Limit.of(3)))).containsExactly("o1", "o2", "o3");
    }

    @Test
    void singleResultMethodsReturnTheItemNullOrFail() {
        assertThat(orders.findByCustomerIdAndOrderId("c1", "o2")).extracting(Order::total)
                .isEqualTo(new BigDecimal("20"));
        assertThat(orders.findByCustomerIdAndOrderId("c1", "zz")).isNull();
        assertThat(orders.findOneByCustomerIdAndStatus("c1", "SHIPPED")).map(Order::orderId).contains("o4");
        assertThat(orders.findOneByCustomerIdAndStatus("c1", "LOST")).isEmpty();
        assertThatThrownBy(() -> orders.findOneByCustomerIdAndStatus("c1", "PAID"))
                .isInstanceOf(IncorrectResultSizeDataAccessException.class)
                .hasMessageContaining("OrderRepository.findOneByCustomerIdAndStatus(String, String)");
    }

    @Test
    void sortKeyKeywordsBecomeKeyConditions() {
        assertThat(ids(orders.findByCustomerIdAndOrderIdStartingWith("c2", "p"))).containsExactly("p1", "p2");
        assertThat(ids(orders.findByCustomerIdAndOrderIdLessThan("c1", "o2"))).containsExactly("o1");
        assertThat(ids(orders.findByCustomerIdAndOrderIdLessThanEqual("c1", "o2"))).containsExactly("o1", "o2");
        assertThat(ids(orders.findByCustomerIdAndOrderIdGreaterThan("c1", "o3"))).containsExactly("o4");
        assertThat(ids(orders.findByCustomerIdAndOrderIdGreaterThanEqual("c1", "o3"))).containsExactly("o3", "o4");
        assertThat(ids(orders.findByCustomerIdAndOrderIdBetween("c1", "o2", "o3"))).containsExactly("o2", "o3");
    }

    @Test
    void nullInAndContainsKeywordsFilter() {
        assertThat(ids(orders.findByCustomerIdAndNoteIsNull("c1"))).containsExactly("o1", "o4");
        assertThat(ids(orders.findByCustomerIdAndNoteIsNotNull("c1"))).containsExactly("o2", "o3");
        assertThat(ids(orders.findByCustomerIdAndNoteExists("c1"))).containsExactly("o2", "o3");
        assertThat(ids(orders.findByCustomerIdAndStatusIn("c1", List.of("NEW", "SHIPPED")))).containsExactly("o1",
                "o4");
        assertThat(ids(orders.findByCustomerIdAndStatusNotIn("c1", List.of("NEW", "SHIPPED")))).containsExactly("o2",
                "o3");
        assertThat(ids(orders.findByCustomerIdAndTagsContaining("c1", "b"))).containsExactly("o2");
        assertThat(ids(orders.findByCustomerIdAndTagsNotContaining("c1", "a"))).containsExactly("o3", "o4");
        assertThat(ids(orders.findByCustomerIdAndNoteContaining("c1", "rush"))).containsExactly("o2");
        assertThat(ids(orders.findByCustomerIdAndGiftTrue("c1"))).containsExactly("o3");
        assertThat(ids(orders.findByCustomerIdAndGiftFalse("c1"))).containsExactly("o4");
    }

    @Test
    void emptyInArgumentIsRejectedWithTheLimit() {
        assertThatThrownBy(() -> orders.findByCustomerIdAndStatusIn("c1", List.of()))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("1 to 100 values");
    }

    @Test
    void countAndExistsDoNotReturnItems() {
        assertThat(orders.countByCustomerId("c1")).isEqualTo(4);
        assertThat(orders.countByStatus("PAID")).isEqualTo(3);
        assertThat(orders.existsByCustomerIdAndOrderId("c1", "o3")).isTrue();
        assertThat(orders.existsByCustomerIdAndOrderId("c1", "o9")).isFalse();
    }

    @Test
    void deleteAndRemoveDeleteEachMatchingItem() {
        clock.set(at(30));
        orders.saveAll(List.of(Order.of("c9", "d1", "NEW", 1), Order.of("c9", "d2", "NEW", 2).withNote("x"),
                Order.of("c9", "d3", "PAID", 3).withNote("x")));
        assertThat(orders.deleteByCustomerIdAndStatus("c9", "NEW")).isEqualTo(2);
        assertThat(ids(orders.removeByCustomerIdAndNote("c9", "x"))).containsExactly("d3");
        assertThat(orders.findByCustomerId("c9")).isEmpty();
    }

    @Test
    void setsAreFilledFromTheQuery() {
        assertThat(orders.readSetByCustomerId("c2")).extracting(Order::orderId).containsExactlyInAnyOrder("p1", "p2");
    }

    @Test
    void streamIsLazyOverPages() {
        try (Stream<Order> stream = orders.streamByCustomerId("c1")) {
            assertThat(stream.map(Order::orderId).limit(2)).containsExactly("o1", "o2");
        }
    }

    @Test
    void sliceFollowsPageable() {
        Slice<Order> first = orders.findByCustomerId("c1", PageRequest.of(0, 3));
        assertThat(ids(first.getContent())).containsExactly("o1", "o2", "o3");
        assertThat(first.hasNext()).isTrue();
        Slice<Order> second = orders.findByCustomerId("c1", first.nextPageable());
        assertThat(ids(second.getContent())).containsExactly("o4");
        assertThat(second.hasNext()).isFalse();
        Slice<Order> descending = orders.findByCustomerId("c1", PageRequest.of(0, 2, Sort.by("orderId").descending()));
        assertThat(ids(descending.getContent())).containsExactly("o4", "o3");
    }

    @Test
    void pageCountsWithTheKeyCondition() {
        Page<Order> page = orders.findPageByCustomerId("c1", PageRequest.of(1, 3));
        assertThat(ids(page.getContent())).containsExactly("o4");
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getTotalPages()).isEqualTo(2);
    }

    @Test
    void windowScrollsWithTableTheoryCursors() {
        Window<Order> first = orders.findByCustomerId("c1", ScrollPosition.keyset(), Limit.of(3));
        assertThat(ids(first.getContent())).containsExactly("o1", "o2", "o3");
        assertThat(first.hasNext()).isTrue();
        Window<Order> second = orders.findByCustomerId("c1", first.positionAt(first.size() - 1), Limit.of(3));
        assertThat(ids(second.getContent())).containsExactly("o4");
        assertThat(second.hasNext()).isFalse();
        Window<Order> fromMiddle = orders.findByCustomerId("c1", first.positionAt(0), Limit.of(1));
        assertThat(ids(fromMiddle.getContent())).containsExactly("o2");

        Window<Order> byIndex = orders.findTop2ByStatusOrderByCreatedAtAsc("PAID", ScrollPosition.keyset());
        assertThat(ids(byIndex.getContent())).containsExactly("o2", "o3");
        Window<Order> rest = orders.findTop2ByStatusOrderByCreatedAtAsc("PAID", byIndex.positionAt(1));
        assertThat(ids(rest.getContent())).containsExactly("p2");
    }

    @Test
    void windowRejectsBackwardAndOffsetScrolling() {
        assertThatThrownBy(() -> orders.findByCustomerId("c1", ScrollPosition.backward(Map.of("cursor", "x")),
                Limit.of(1))).isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("forward");
        assertThatThrownBy(() -> orders.findByCustomerId("c1", ScrollPosition.offset(3), Limit.of(1)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("offset");
    }

    @Test
    void dynamicSortOnTheSortKeyOnly() {
        assertThat(ids(orders.findByCustomerId("c1", Sort.by(Sort.Direction.DESC, "orderId")))).containsExactly("o4",
                "o3", "o2", "o1");
        assertThatThrownBy(() -> orders.findByCustomerId("c1", Sort.by("total")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("sort key 'orderId'");
    }

    @Test
    void projectionsReadOnlyTheirAttributes() {
        List<OrderSummary> summaries = orders.findSummariesByCustomerId("c2");
        assertThat(summaries).extracting(OrderSummary::getOrderId).containsExactly("p1", "p2");
        assertThat(summaries).extracting(OrderSummary::getTotal).containsExactly(new BigDecimal("5"),
                new BigDecimal("50"));
        assertThat(orders.findTotalsByCustomerId("c2")).containsExactly(new OrderTotal("p1", new BigDecimal("5")),
                new OrderTotal("p2", new BigDecimal("50")));
        assertThat(orders.findByCustomerIdAndStatus("c2", "PAID", OrderTotal.class))
                .containsExactly(new OrderTotal("p2", new BigDecimal("50")));
        assertThat(orders.findByRegion("eu")).extracting(OrderKeys::getOrderId).containsExactlyInAnyOrder("o1", "o4");
    }

    @Test
    void projectionsApplyToStreamsAndWindows() {
        try (Stream<OrderSummary> summaries = orders.streamSummariesByCustomerId("c2")) {
            assertThat(summaries.map(OrderSummary::getOrderId)).containsExactly("p1", "p2");
        }
        Window<OrderTotal> window = orders.findTotalsByCustomerId("c2", ScrollPosition.keyset(), Limit.of(1));
        assertThat(window.getContent()).containsExactly(new OrderTotal("p1", new BigDecimal("5")));
        Window<OrderTotal> next = orders.findTotalsByCustomerId("c2", window.positionAt(0), Limit.of(1));
        assertThat(next.getContent()).containsExactly(new OrderTotal("p2", new BigDecimal("50")));
    }

    @Test
    void allowedScansFilterTheWholeTable() {
        assertThat(ids(orders.findByTotalGreaterThan(BigDecimal.valueOf(30)))).containsExactlyInAnyOrder("o4", "p2");
        assertThat(ids(orders.findByNoteOrStatus("hold", "SHIPPED"))).containsExactlyInAnyOrder("o3", "o4");
        assertThat(ids(orders.findByGiftTrue(PageRequest.of(0, 5)).getContent())).containsExactly("o3");
    }

    @Test
    void customFragmentRunsBesideDerivedQueries() {
        assertThat(orders.totalOf("c1")).isEqualTo(100);
    }
}
