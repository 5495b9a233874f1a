package com.theorycloud.tabletheory.spring.boot.autoconfigure.observation;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.observation.ObservationOperationInterceptor;
import com.theorycloud.tabletheory.spring.boot.observation.TableTheoryObservationConvention;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes every engine operation as {@code tabletheory.operation} when the application has an
 * {@link ObservationRegistry} (Spring Boot's actuator provides one); with a meter registry the observation also
 * becomes a timer of that name. A {@link TableTheoryObservationConvention} bean changes names and tags.
 */
@AutoConfiguration(before = TableTheoryAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ TableTheory.class, ObservationRegistry.class })
@ConditionalOnBean(ObservationRegistry.class)
public final class TableTheoryObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ObservationOperationInterceptor tableTheoryObservationInterceptor(ObservationRegistry registry,
            ObjectProvider<TableTheoryObservationConvention> convention) {
        return new ObservationOperationInterceptor(registry, convention.getIfUnique());
    }
}
