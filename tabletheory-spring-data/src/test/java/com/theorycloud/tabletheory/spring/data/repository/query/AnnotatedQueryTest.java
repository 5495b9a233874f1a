package com.theorycloud.tabletheory.spring.data.repository.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderRepository;
import com.theorycloud.tabletheory.spring.data.sample.OrderRepositoryImpl;
import com.theorycloud.tabletheory.spring.data.sample.TestEngines;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnotatedQueryTest {

    private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

    private final TestEngines.SettableClock clock = new TestEngines.SettableClock(T0);
    private TableTheory engine;
    private OrderRepository orders;

    @BeforeAll
    void createData() {
        engine = TestEngines.engine(clock, Order.class);
        TableTheoryTemplate template = new TableTheoryTemplate(engine);
        orders = new TableTheoryRepositoryFactory(template).getRepository(OrderRepository.class,
                new OrderRepositoryImpl(template));
        save(1, Order.of("c1", "a-1", "PAID", 10).withTags(List.of("x", "y")).withNote("n1"));
        save(2, Order.of("c1", "a-2", "PAID", 20).withNote("fragile"));
        save(3, Order.of("c1", "b-1", "NEW", 30));
        save(4, Order.of("c2", "a-1", "PAID", 40).withGift(true));
    }

    private void save(int minute, Order order) {
        clock.set(T0.plusSeconds(60L * minute));
        orders.save(order);
    }

    @AfterAll
    void dropTables() {
        TestEngines.drop(engine, Order.class);
    }

    private static List<String> ids(List<Order> found) {
        return found.stream().map(o -> o.customerId() + "/" + o.orderId()).toList();
    }

    @Test
    void keyConditionOnAnIndexWithFilter() {
        assertThat(ids(orders.recentByStatus("PAID", T0.plusSeconds(90), BigDecimal.valueOf(20))))
                .containsExactly("c1/a-2", "c2/a-1");
    }

    @Test
    void functionsSizeOrAndProjectionDescending() {
        List<Order> found = orders.taggedOrUnnoted("c1", "a-", 1);
        assertThat(ids(found)).containsExactly("c1/a-1");
        assertThat(found.get(0).total()).isEqualByComparingTo("10");
        assertThat(found.get(0).status()).as("not in the projection").isNull();
    }

    @Test
    void inAndNotContainsInAFilterStreamed() {
        try (Stream<Order> found = orders.inEitherStatus("c1", "PAID", "NEW", "fragile")) {
            assertThat(found.map(Order::orderId)).containsExactly("a-1", "b-1");
        }
    }

    @Test
    void countAndExistsByReturnType() {
        assertThat(orders.countOrders("c1")).isEqualTo(3);
        assertThat(orders.anyBetween("c1", "a-2", "a-9")).isTrue();
        assertThat(orders.anyBetween("c1", "c", "d")).isFalse();
    }

    @Test
    void explicitScanWhenAllowed() {
        assertThat(ids(orders.scanGifts(true))).containsExactly("c2/a-1");
    }
}
