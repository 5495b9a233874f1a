package com.theorycloud.tabletheory.spring.boot.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollector;

import static org.assertj.core.api.Assertions.assertThat;

/** Retries and throttles counted from the metric collections the AWS SDK publishes after each call. */
class DynamoDbSdkMetricPublisherTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final DynamoDbSdkMetricPublisher publisher = new DynamoDbSdkMetricPublisher(registry);

    @Test
    void countsRetriesAndThrottledAttemptsPerOperation() {
        MetricCollector call = MetricCollector.create("ApiCall");
        call.reportMetric(CoreMetric.OPERATION_NAME, "PutItem");
        call.reportMetric(CoreMetric.RETRY_COUNT, 2);
        call.createChild("ApiCallAttempt").reportMetric(CoreMetric.ERROR_TYPE, "Throttling");
        call.createChild("ApiCallAttempt").reportMetric(CoreMetric.ERROR_TYPE, "ServerError");
        call.createChild("ApiCallAttempt");

        publisher.publish(call.collect());

        assertThat(registry.get(DynamoDbSdkMetricPublisher.RETRIES).tag("operation", "PutItem").counter().count())
            .isEqualTo(2);
        assertThat(registry.get(DynamoDbSdkMetricPublisher.THROTTLES).tag("operation", "PutItem").counter().count())
            .isEqualTo(1);
    }

    @Test
    void registersNothingForACallThatSucceededAtOnce() {
        MetricCollector call = MetricCollector.create("ApiCall");
        call.reportMetric(CoreMetric.OPERATION_NAME, "GetItem");
        call.reportMetric(CoreMetric.RETRY_COUNT, 0);
        call.createChild("ApiCallAttempt");

        publisher.publish(call.collect());

        assertThat(registry.getMeters()).isEmpty();
    }
}
