package com.theorycloud.tabletheory.spring.data.repository.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.query.QueryMethodValidationException;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.repository.config.BootstrapMode;

/**
 * When a derived query no key or index can serve fails, per {@link BootstrapMode}: at startup in {@code DEFAULT} and
 * {@code DEFERRED} (both before the context is ready), at the repository's first use in {@code LAZY}, as in every
 * Spring Data module (docs/repositories.md, "When methods are validated").
 */
class BootstrapModeValidationTest {

    /** {@code total} is no key of the table or of an index, and scans are not allowed. */
    interface UnservableRepository extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByTotal(BigDecimal total);
    }

    abstract static class Engine {
        @Bean
        TableTheory tableTheory() {
            return TableTheory.builder().client(LocalDynamoDb.shared().client()).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTableTheoryRepositories(basePackageClasses = BootstrapModeValidationTest.class,
            considerNestedRepositories = true, bootstrapMode = BootstrapMode.DEFAULT,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                    classes = UnservableRepository.class))
    static class DefaultMode extends Engine {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTableTheoryRepositories(basePackageClasses = BootstrapModeValidationTest.class,
            considerNestedRepositories = true, bootstrapMode = BootstrapMode.DEFERRED,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                    classes = UnservableRepository.class))
    static class DeferredMode extends Engine {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTableTheoryRepositories(basePackageClasses = BootstrapModeValidationTest.class,
            considerNestedRepositories = true, bootstrapMode = BootstrapMode.LAZY,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                    classes = UnservableRepository.class))
    static class LazyMode extends Engine {
    }

    @Test
    void defaultModeFailsTheStartup() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(DefaultMode.class).close())
                .isInstanceOf(BeanCreationException.class)
                .hasRootCauseInstanceOf(QueryMethodValidationException.class)
                .rootCause().hasMessageContaining("UnservableRepository.findByTotal(BigDecimal)");
    }

    @Test
    void deferredModeFailsTheStartupWhenTheContextIsRefreshed() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(DeferredMode.class).close())
                .hasRootCauseInstanceOf(QueryMethodValidationException.class)
                .rootCause().hasMessageContaining("UnservableRepository.findByTotal(BigDecimal)");
    }

    @Test
    void lazyModeFailsOnFirstUse() {
        try (var context = new AnnotationConfigApplicationContext(LazyMode.class)) {
            assertThat(context.isActive()).as("started, the repository not created yet").isTrue();
            assertThatThrownBy(() -> context.getBean(UnservableRepository.class).count())
                    .hasRootCauseInstanceOf(QueryMethodValidationException.class)
                    .rootCause().hasMessageContaining("UnservableRepository.findByTotal(BigDecimal)");
        }
    }
}
