package com.theorycloud.tabletheory.docs.snippets.configuration;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.DynamoDbClientBuilderCustomizer;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The client customizer and warm-up runner of docs/configuration.md, with an interceptor that counts requests. */
@Configuration(proxyBeanMethods = false)
class ClientConfig {

    /** Counts the requests the client sends. */
    static final class CountingInterceptor implements ExecutionInterceptor {
        final AtomicInteger requests = new AtomicInteger();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            requests.incrementAndGet();
        }
    }

    @Bean
    CountingInterceptor countingInterceptor() {
        return new CountingInterceptor();
    }

    // region customizer
    @Bean
    DynamoDbClientBuilderCustomizer tracing(ExecutionInterceptor interceptor) {
        return (builder) -> builder.overrideConfiguration(
                builder.overrideConfiguration().toBuilder().addExecutionInterceptor(interceptor).build());
    }
    // endregion

    // region warm-up
    @Bean
    ApplicationRunner warmUpDynamoDb(DynamoDbClient client) {
        return (args) -> client.serviceClientConfiguration(); // builds the client, sends nothing
    }
    // endregion
}
