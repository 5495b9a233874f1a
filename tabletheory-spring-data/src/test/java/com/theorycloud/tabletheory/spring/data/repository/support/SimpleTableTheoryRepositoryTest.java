package com.theorycloud.tabletheory.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.sample.Customer;
import com.theorycloud.tabletheory.spring.data.sample.CustomerRepository;
import com.theorycloud.tabletheory.spring.data.sample.notes.Note;
import com.theorycloud.tabletheory.spring.data.sample.notes.NoteRepository;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderId;
import com.theorycloud.tabletheory.spring.data.sample.TestEngines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class SimpleTableTheoryRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    interface OrdersByKey extends TableTheoryRepository<Order, Key> {
    }

    interface OrdersById extends TableTheoryRepository<Order, OrderId> {
    }

    private final TestEngines.SettableClock clock = new TestEngines.SettableClock(T0);
    private TableTheory engine;
    private OrdersById orders;
    private OrdersByKey ordersByKey;
    private CustomerRepository customers;
    private NoteRepository notes;

    @BeforeEach
    void createRepositories() {
        engine = TestEngines.engine(clock, Order.class, Customer.class, Note.class);
        TableTheoryRepositoryFactory factory = new TableTheoryRepositoryFactory(new TableTheoryTemplate(engine));
        orders = factory.getRepository(OrdersById.class);
        ordersByKey = factory.getRepository(OrdersByKey.class);
        customers = factory.getRepository(CustomerRepository.class);
        notes = factory.getRepository(NoteRepository.class);
    }

    @AfterEach
    void dropTables() {
        TestEngines.drop(engine, Order.class, Customer.class, Note.class);
    }

    @Test
    void saveCreatesThenUpdatesWithVersionAndTimestamps() {
        Order created = orders.save(Order.of("c1", "o1", "NEW", 10));
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(T0);

        clock.set(T0.plusSeconds(60));
        Order updated = orders.save(created.withStatus("PAID"));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.createdAt()).as("kept by the update").isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(60));

        assertThat(orders.findById(new OrderId("c1", "o1"))).contains(updated);
    }

    @Test
    void rejectsStaleVersion() {
        Order created = orders.save(Order.of("c1", "o1", "NEW", 10));
        orders.save(created.withStatus("PAID"));
        assertThatThrownBy(() -> orders.save(created.withStatus("LOST")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void insertRefusesExistingItems() {
        orders.insert(Order.of("c1", "o1", "NEW", 10));
        assertThatThrownBy(() -> orders.insert(Order.of("c1", "o1", "NEW", 99)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void compositeIdsAsRecordOrKey() {
        orders.saveAll(List.of(Order.of("c1", "o1", "NEW", 10), Order.of("c1", "o2", "NEW", 20)));
        assertThat(orders.existsById(new OrderId("c1", "o2"))).isTrue();
        assertThat(ordersByKey.findById(Key.of("c1", "o1"))).map(Order::orderId).contains("o1");
        assertThat(orders.findAllById(List.of(new OrderId("c1", "o1"), new OrderId("c1", "zz"))))
                .extracting(Order::orderId).containsExactly("o1");
        assertThat(orders.count()).isEqualTo(2);
        assertThat(orders.findAll()).hasSize(2);

        orders.deleteById(new OrderId("c1", "o1"));
        assertThat(orders.findById(new OrderId("c1", "o1"))).isEmpty();
        orders.deleteAll();
        assertThat(orders.count()).isZero();
    }

    @Test
    void multiItemCallsUseBatches() {
        List<Customer> many = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            many.add(new Customer("u" + i, null, "n" + i));
        }
        customers.saveAll(many);
        List<String> ids = many.stream().map(Customer::id).toList();
        assertThat(customers.findAllById(ids)).extracting(Customer::id).containsExactlyElementsOf(ids);
        customers.deleteAllById(ids.subList(0, 30));
        assertThat(customers.count()).isEqualTo(100);
        customers.deleteAll(many.subList(30, 60));
        assertThat(customers.count()).isEqualTo(70);
        customers.deleteAll();
        assertThat(customers.count()).isZero();
    }

    @Test
    void batchSavesReturnTheStoredTimestamps() {
        clock.set(T0.plusSeconds(300));
        List<Note> saved = notes.saveAll(List.of(new Note("ann", "n1", "inbox", "a", null),
                new Note("ann", "n2", "inbox", "b", null)));
        assertThat(saved).extracting(Note::slug).containsExactly("n1", "n2");
        assertThat(saved).extracting(Note::updatedAt).containsOnly(T0.plusSeconds(300));
        List<Note> twice = notes.saveAll(List.of(new Note("ann", "n3", null, "first", null),
                new Note("ann", "n3", null, "second", null)));
        assertThat(twice).hasSize(2);
        assertThat(notes.findById(Key.of("ann", "n3"))).map(Note::titleText).contains("second");
    }

    @Test
    void deletingVersionedEntitiesChecksEachVersion() {
        Order first = orders.save(Order.of("c1", "o1", "NEW", 1));
        orders.save(first.withStatus("PAID"));
        Order second = orders.save(Order.of("c1", "o2", "NEW", 2));
        assertThatThrownBy(() -> orders.deleteAll(List.of(second, first)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(orders.existsById(new OrderId("c1", "o2"))).as("deleted before the stale one").isFalse();
        assertThat(orders.existsById(new OrderId("c1", "o1"))).isTrue();
    }

    @Test
    void partitionKeyValueIsTheIdOfModelsWithoutSortKey() {
        customers.save(new Customer("u1", "al@example.com", "Al"));
        assertThat(customers.findById("u1")).map(Customer::name).contains("Al");
        assertThat(customers.findByEmail("al@example.com")).map(Customer::id).contains("u1");
        customers.delete(new Customer("u1", null, null));
        assertThat(customers.existsById("u1")).isFalse();
    }

    @Test
    void queryByExampleUsesKeysAndFiltersTheRest() {
        orders.saveAll(List.of(Order.of("c1", "o1", "NEW", 10), Order.of("c1", "o2", "PAID", 20)));
        clock.set(T0.plusSeconds(60));
        orders.save(Order.of("c2", "o1", "PAID", 30));
        Order probe = new Order("c1", null, "PAID", null, null, null, null, null, null, null, null);
        assertThat(orders.findAll(Example.of(probe))).extracting(Order::orderId).containsExactly("o2");
        assertThat(orders.count(Example.of(probe))).isEqualTo(1);
        assertThat(orders.exists(Example.of(probe))).isTrue();

        Order byStatus = new Order(null, null, "PAID", null, null, null, null, null, null, null, null);
        assertThat(orders.findAll(Example.of(byStatus), Sort.by("createdAt").descending()))
                .extracting(Order::customerId).containsExactly("c2", "c1");
        assertThat(orders.findAll(Example.of(byStatus), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
        Order exact = new Order("c1", "o1", null, null, null, null, null, null, null, null, null);
        assertThat(orders.findOne(Example.of(exact))).map(Order::total).isPresent();
    }

    @Test
    void queryByExampleWithoutKeysIsRefused() {
        Order probe = new Order(null, null, null, null, null, "note", null, null, null, null, null);
        assertThatThrownBy(() -> orders.findAll(Example.of(probe)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("sets no partition key of the table or an index");
        Order keyed = new Order("c1", null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> orders.findAll(Example.of(keyed, ExampleMatcher.matching().withIgnoreCase())))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("only exact");
    }
}
