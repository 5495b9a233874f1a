package com.theorycloud.tabletheory.spring.boot.autoconfigure.metrics;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.DynamoDbClientBuilderCustomizer;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.metrics.DynamoDbSdkMetricPublisher;
import com.theorycloud.tabletheory.spring.boot.metrics.TableTheoryMeters;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers TableTheory's meters when the application has a {@link MeterRegistry}: conditional-check failures,
 * version conflicts, consumed capacity and unprocessed batch items from the engine, retries and throttles from the
 * auto-configured DynamoDB client.
 */
@AutoConfiguration(before = TableTheoryAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ TableTheory.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
public final class TableTheoryMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TableTheoryMeters tableTheoryMeters(MeterRegistry registry) {
        return new TableTheoryMeters(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    DynamoDbSdkMetricPublisher tableTheoryDynamoDbMetricPublisher(MeterRegistry registry) {
        return new DynamoDbSdkMetricPublisher(registry);
    }

    @Bean
    DynamoDbClientBuilderCustomizer tableTheoryDynamoDbMetricsCustomizer(DynamoDbSdkMetricPublisher publisher) {
        // Extends the configuration built so far: the Consumer overload would replace it, retry strategy included.
        return (builder) -> builder.overrideConfiguration(
                builder.overrideConfiguration().toBuilder().addMetricPublisher(publisher).build());
    }
}
