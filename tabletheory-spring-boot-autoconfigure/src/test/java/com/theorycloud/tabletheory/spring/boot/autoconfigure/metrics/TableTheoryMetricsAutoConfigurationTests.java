package com.theorycloud.tabletheory.spring.boot.autoconfigure.metrics;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.metrics.DynamoDbSdkMetricPublisher;
import com.theorycloud.tabletheory.spring.boot.metrics.TableTheoryMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TableTheoryMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryMetricsAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.retry.mode=adaptive");

    @Test
    void registersMetersAndAddsThePublisherToTheClientKeepingItsRetrySettings() {
        this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
            assertThat(context).hasSingleBean(TableTheoryMeters.class).hasSingleBean(DynamoDbSdkMetricPublisher.class);
            var override = context.getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration();
            assertThat(override.metricPublishers()).containsExactly(context.getBean(DynamoDbSdkMetricPublisher.class));
            assertThat(override.retryStrategy()).hasValueSatisfying((strategy) -> assertThat(strategy.maxAttempts())
                .isEqualTo(3));
        });
    }

    @Test
    void backsOffWithoutAMeterRegistry() {
        this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(TableTheoryMeters.class)
            .doesNotHaveBean(DynamoDbSdkMetricPublisher.class));
    }

    @Test
    void backsOffWithoutMicrometerOrTheEngineOnTheClassPath() {
        this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
            .run((context) -> assertThat(context).doesNotHaveBean(TableTheoryMeters.class));
        this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withClassLoader(new FilteredClassLoader(TableTheory.class))
            .run((context) -> assertThat(context).doesNotHaveBean(TableTheoryMeters.class));
    }

    @Test
    void backsOffForTheApplicationsOwnMeters() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TableTheoryMeters meters = new TableTheoryMeters(registry);
        DynamoDbSdkMetricPublisher publisher = new DynamoDbSdkMetricPublisher(registry);
        this.contextRunner.withBean(MeterRegistry.class, () -> registry)
            .withBean(TableTheoryMeters.class, () -> meters)
            .withBean(DynamoDbSdkMetricPublisher.class, () -> publisher)
            .run((context) -> {
                assertThat(context.getBean(TableTheoryMeters.class)).isSameAs(meters);
                assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration()
                    .metricPublishers()).containsExactly(publisher);
            });
    }
}
