package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Callback that adjusts the auto-configured {@link DynamoDbClientBuilder} before the client is built, for settings
 * that have no property (interceptors, metric publishers, proxies). Beans of this type run in
 * {@link org.springframework.core.annotation.Order order}, after the properties have been applied, when the client
 * is built: with a configured region that is on the client's first call, not at startup.
 * <p>
 * To add to the override configuration, extend the current one:
 * {@code builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()...build())}. The
 * {@code overrideConfiguration(Consumer)} variant starts from an empty configuration and drops the retry strategy
 * taken from {@code tabletheory.client.retry.*}.
 */
@FunctionalInterface
public interface DynamoDbClientBuilderCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, with region, endpoint, credentials, HTTP client and retries already set
     */
    void customize(DynamoDbClientBuilder builder);
}
