package com.theorycloud.tabletheory.spring.boot.metrics;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Counts the DynamoDB client's retries ({@code tabletheory.retries}) and throttled attempts
 * ({@code tabletheory.throttles}) from the AWS SDK's per-call metrics, tagged with the DynamoDB operation (such as
 * {@code PutItem}). Add it to the client with {@code overrideConfiguration(o -> o.addMetricPublisher(...))}; the
 * Spring Boot auto-configuration does that for the client it builds.
 */
public final class DynamoDbSdkMetricPublisher implements MetricPublisher {

    /** Attempts the SDK repeated after a failed one. */
    public static final String RETRIES = "tabletheory.retries";

    /** Attempts DynamoDB refused because of throttling. */
    public static final String THROTTLES = "tabletheory.throttles";

    // The SDK records this ERROR_TYPE value for throttling errors (its SdkErrorType is internal API).
    private static final String THROTTLING = "Throttling";

    private final MeterRegistry registry;

    /**
     * Creates the publisher.
     *
     * @param registry where the counters are registered
     */
    public DynamoDbSdkMetricPublisher(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void publish(MetricCollection call) {
        List<String> names = call.metricValues(CoreMetric.OPERATION_NAME);
        String operation = names.isEmpty() ? "unknown" : names.get(0);
        int retries = call.metricValues(CoreMetric.RETRY_COUNT).stream().mapToInt(Integer::intValue).sum();
        if (retries > 0) {
            counter(RETRIES, "Attempts the AWS SDK repeated after a failed one", operation).increment(retries);
        }
        long throttled = call.children().stream()
            .flatMap((attempt) -> attempt.metricValues(CoreMetric.ERROR_TYPE).stream())
            .filter(THROTTLING::equals)
            .count();
        if (throttled > 0) {
            counter(THROTTLES, "Attempts DynamoDB refused because of throttling", operation).increment(throttled);
        }
    }

    private Counter counter(String name, String description, String operation) {
        return Counter.builder(name).description(description).tag("operation", operation).register(registry);
    }

    @Override
    public void close() {
        // Nothing to flush: counters live in the registry.
    }
}
