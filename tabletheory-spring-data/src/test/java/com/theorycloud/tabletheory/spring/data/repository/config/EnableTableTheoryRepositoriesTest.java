package com.theorycloud.tabletheory.spring.data.repository.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryExceptionTranslator;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterLoadEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterSaveEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeConvertCallback;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeDeleteEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeSaveEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.TableTheoryMappingEvent;
import com.theorycloud.tabletheory.spring.data.repository.query.QueryMethodValidationException;
import com.theorycloud.tabletheory.spring.data.repository.query.StartupValidationTestAccess;
import com.theorycloud.tabletheory.spring.data.sample.Customer;
import com.theorycloud.tabletheory.spring.data.sample.CustomerRepository;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderRepository;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Account;
import com.theorycloud.tabletheory.spring.data.sample.catalog.AccountRepository;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Coupon;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Invoice;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Product;
import com.theorycloud.tabletheory.spring.data.sample.catalog.ProductRepository;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Review;
import com.theorycloud.tabletheory.spring.data.sample.catalog.ReviewRepository;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Session;
import com.theorycloud.tabletheory.spring.data.sample.catalog.SessionRepository;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Shipment;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Ticket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryInformation;

class EnableTableTheoryRepositoriesTest {

    static final List<Class<?>> MODELS = List.of(Order.class, Customer.class, Product.class, Review.class,
            Invoice.class, Shipment.class, Account.class, Session.class, Ticket.class, Coupon.class);

    /** A plain Spring configuration: the engine bean is all the repositories need. */
    @Configuration
    @EnableTableTheoryRepositories(basePackageClasses = OrderRepository.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.notes\\..*"))
    static class TenRepositories {

        @Bean
        TableTheory tableTheory() {
            LocalDynamoDb local = LocalDynamoDb.shared();
            TableTheory engine = TableTheory.builder().client(local.client())
                    .tableNameResolver(TableNameResolver.prefix(local.uniqueTableName("ctx") + "-")).build();
            TableTheoryMappingContext models = new TableTheoryMappingContext();
            MODELS.forEach(model -> engine.ensureTable(models.entity(model).schema()));
            return engine;
        }

        @Bean
        EventRecorder eventRecorder() {
            return new EventRecorder();
        }

        @Bean
        BeforeConvertCallback<Customer> defaultName() {
            return (customer, type) -> customer.name() == null
                    ? new Customer(customer.id(), customer.email(), "anonymous") : customer;
        }
    }

    static class EventRecorder {
        final List<String> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TableTheoryMappingEvent<?> event) {
            events.add(event.getClass().getSimpleName() + ":" + event.getType().getSimpleName());
        }
    }

    @Test
    void startsTenRepositoriesWithEveryMethodValidated() {
        try (var context = new AnnotationConfigApplicationContext(TenRepositories.class)) {
            var factories = context.getBeansOfType(RepositoryFactoryInformation.class).values();
            assertThat(factories).hasSize(10);
            for (RepositoryFactoryInformation<?, ?> info : factories) {
                assertThat(info.getQueryMethods()).as(info.getEntityInformation().getJavaType().getSimpleName())
                        .isNotEmpty();
                // What Spring Data REST reads to expose the repository.
                assertThat(info.getPersistentEntity().getType()).isEqualTo(info.getEntityInformation().getJavaType());
            }
            assertThat(context.getBeansOfType(Repository.class)).hasSize(10);
            assertThat(context.getBean(TableTheoryOperations.class).getMappingContext())
                    .as("a bean, for Spring Data REST").isSameAs(context.getBean(TableTheoryMappingContext.class));

            ProductRepository products = context.getBean(ProductRepository.class);
            products.saveAll(List.of(new Product("p1", "tools", 30L), new Product("p2", "tools", 10L),
                    new Product("p3", "toys", 5L)));
            assertThat(products.findByCategoryOrderByPriceAsc("tools")).extracting(Product::sku)
                    .containsExactly("p2", "p1");
            assertThat(products.findByCategoryAndPriceLessThan("tools", 20L)).extracting(Product::sku)
                    .containsExactly("p2");

            ReviewRepository reviews = context.getBean(ReviewRepository.class);
            reviews.save(new Review("p1", "r1", "ann", 5));
            reviews.save(new Review("p1", "r2", "bob", 2));
            assertThat(reviews.findById(Key.of("p1", "r2"))).map(Review::author).contains("bob");
            assertThat(reviews.countByAuthor("ann")).isEqualTo(1);
            assertThat(reviews.findByProductSkuAndStarsGreaterThanEqual("p1", 3)).extracting(Review::reviewId)
                    .containsExactly("r1");

            SessionRepository sessions = context.getBean(SessionRepository.class);
            sessions.saveAll(List.of(new Session("u1", "s1", "phone"), new Session("u1", "s2", "laptop")));
            assertThat(sessions.deleteByUserId("u1")).isEqualTo(2);
            assertThat(sessions.count()).isZero();

            AccountRepository accounts = context.getBean(AccountRepository.class);
            accounts.save(new Account("a1", "a@example.com", "pro"));
            assertThat(accounts.findByEmail("a@example.com")).map(Account::id).contains("a1");
            assertThat(accounts.findByPlan("pro")).hasSize(1);

            OrderRepository orders = context.getBean(OrderRepository.class);
            orders.save(Order.of("c1", "o1", "NEW", 12));
            orders.save(Order.of("c1", "o2", "NEW", 30));
            assertThat(orders.totalOf("c1")).as("custom fragment found by the Impl postfix").isEqualTo(42);
        }
    }

    @Test
    void publishesLifecycleEventsAndRunsCallbacks() {
        try (var context = new AnnotationConfigApplicationContext(TenRepositories.class)) {
            CustomerRepository customers = context.getBean(CustomerRepository.class);
            EventRecorder recorder = context.getBean(EventRecorder.class);

            Customer saved = customers.save(new Customer("u1", "u1@example.com", null));
            assertThat(saved.name()).as("changed by the BeforeConvertCallback").isEqualTo("anonymous");
            customers.findById("u1");
            customers.deleteById("u1");

            assertThat(recorder.events).containsExactly("BeforeConvertEvent:Customer", "BeforeSaveEvent:Customer",
                    "AfterSaveEvent:Customer", "AfterLoadEvent:Customer", "BeforeDeleteEvent:Customer",
                    "AfterDeleteEvent:Customer");
        }
    }

    @Test
    void translatesEngineErrorsToDataAccessExceptions() {
        try (var context = new AnnotationConfigApplicationContext(TenRepositories.class)) {
            CustomerRepository customers = context.getBean(CustomerRepository.class);
            customers.insert(new Customer("u1", null, "Al"));
            assertThatThrownBy(() -> customers.insert(new Customer("u1", null, "Bo")))
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("Customer");
        }
    }

    @Configuration
    @EnableTableTheoryRepositories(basePackageClasses = QueryMethodValidationException.class,
            considerNestedRepositories = true, includeFilters = @ComponentScan.Filter(
            type = FilterType.ASSIGNABLE_TYPE, classes = StartupValidationTestAccess.Unservable.class))
    static class BrokenRepository {
        @Bean
        TableTheory tableTheory() {
            return TableTheory.builder().client(LocalDynamoDb.shared().client()).build();
        }
    }

    @Test
    void failsStartupNamingTheMethodNoIndexCanServe() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(BrokenRepository.class).close())
                .isInstanceOf(BeanCreationException.class)
                .hasMessageContaining("Unservable.findByTotal(BigDecimal)")
                .hasMessageContaining("no key or index of model Order can serve it")
                .hasRootCauseInstanceOf(QueryMethodValidationException.class);
    }

    @Test
    void exceptionTranslatorLeavesOtherExceptionsAlone() {
        assertThat(new TableTheoryExceptionTranslator().translateExceptionIfPossible(new IllegalStateException("x")))
                .isNull();
    }

}
