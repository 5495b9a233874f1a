package com.theorycloud.tabletheory.spring.boot.autoconfigure.observation;

import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.observation.DefaultTableTheoryObservationConvention;
import com.theorycloud.tabletheory.spring.boot.observation.ObservationOperationInterceptor;
import com.theorycloud.tabletheory.spring.boot.observation.TableTheoryObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TableTheoryObservationAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryObservationAutoConfiguration.class));

    @Test
    void observesOperationsWhenThereIsAnObservationRegistry() {
        this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
            .run((context) -> assertThat(context).hasSingleBean(ObservationOperationInterceptor.class)
                .getBean(OperationInterceptor.class)
                .isInstanceOf(ObservationOperationInterceptor.class));
    }

    @Test
    void usesTheApplicationsConvention() {
        TableTheoryObservationConvention convention = new DefaultTableTheoryObservationConvention();
        this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
            .withBean(TableTheoryObservationConvention.class, () -> convention)
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ObservationOperationInterceptor.class));
    }

    @Test
    void backsOffWithoutAnObservationRegistry() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(OperationInterceptor.class));
    }

    @Test
    void backsOffWithoutMicrometerObservationOnTheClassPath() {
        this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
            .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
            .run((context) -> assertThat(context).doesNotHaveBean(ObservationOperationInterceptor.class));
        this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
            .withClassLoader(new FilteredClassLoader(TableTheory.class))
            .run((context) -> assertThat(context).doesNotHaveBean(ObservationOperationInterceptor.class));
    }

    @Test
    void backsOffForTheApplicationsOwnInterceptor() {
        ObservationOperationInterceptor own = new ObservationOperationInterceptor(ObservationRegistry.NOOP);
        this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
            .withBean(ObservationOperationInterceptor.class, () -> own)
            .run((context) -> assertThat(context.getBean(ObservationOperationInterceptor.class)).isSameAs(own));
    }
}
