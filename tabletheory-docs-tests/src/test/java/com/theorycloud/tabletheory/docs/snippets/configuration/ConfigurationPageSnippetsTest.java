package com.theorycloud.tabletheory.docs.snippets.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.DynamoDbClientBuilderCustomizer;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.LocalDynamoDbEndpointConflictException;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The snippets of docs/configuration.md, started with the Spring Boot auto-configuration against the local DynamoDB:
 * the service over the auto-configured engine, the client customizer, the warm-up runner and the startup failure of
 * a model without a partition key, and the incorrect settings that stop startup.
 */
class ConfigurationPageSnippetsTest {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                    TableTheoryAutoConfiguration.class))
            .withPropertyValues("tabletheory.client.endpoint=" + LOCAL.endpoint(),
                    "tabletheory.client.region=" + LOCAL.region().id(),
                    "tabletheory.client.credentials.access-key=local",
                    "tabletheory.client.credentials.secret-key=local",
                    "tabletheory.models.table-prefix=" + LOCAL.uniqueTableName("cfg") + "-");

    @Test
    void theServiceWritesThroughTheAutoConfiguredEngine() {
        runner.withBean(Orders.class)
                .withPropertyValues("tabletheory.models.packages=" + Order.class.getPackageName(),
                        "tabletheory.schema.mode=create")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Order placed = context.getBean(Orders.class).place("1");
                    assertThat(placed.version()).as("a created item starts at version 0").isZero();
                    assertThat(context.getBean(TableTheory.class).table(Order.class).get(Key.of("ORDER#1", "META"))
                            .status()).isEqualTo("new");
                });
    }

    /** Records when the client is built: the customizers run then. */
    @Configuration(proxyBeanMethods = false)
    static class BuildProbe {
        final AtomicInteger builds = new AtomicInteger();

        @Bean
        DynamoDbClientBuilderCustomizer probe() {
            return builder -> builds.incrementAndGet();
        }
    }

    @Test
    void theCustomizerKeepsTheRetrySettingsAndTheWarmUpBuildsTheClientWithoutARequest() {
        runner.withUserConfiguration(ClientConfig.class, BuildProbe.class)
                .withPropertyValues("tabletheory.models.packages=" + Order.class.getPackageName(),
                        "tabletheory.client.retry.mode=adaptive", "tabletheory.client.retry.max-attempts=5")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var interceptor = context.getBean(ClientConfig.CountingInterceptor.class);
                    BuildProbe probe = context.getBean(BuildProbe.class);
                    // ❌ on the page: the context has started, but no customizer has run yet
                    assertThat(probe.builds).hasValue(0);

                    context.getBean(ApplicationRunner.class).run(new DefaultApplicationArguments());

                    assertThat(probe.builds).as("the warm-up built the client").hasValue(1);
                    assertThat(interceptor.requests).as("and sent nothing").hasValue(0);
                    DynamoDbClient client = context.getBean(DynamoDbClient.class);
                    var override = client.serviceClientConfiguration().overrideConfiguration();
                    assertThat(override.executionInterceptors()).contains(interceptor);
                    assertThat(override.retryStrategy()).get().satisfies(strategy ->
                            assertThat(strategy.maxAttempts()).isEqualTo(5));

                    client.listTables(r -> r.limit(1));
                    assertThat(interceptor.requests).as("the customizer's interceptor sees requests").hasValue(1);
                });
    }

    @Test
    void aModelWithAPartitionKeyStartsAndOneWithoutFailsStartup() {
        runner.withPropertyValues("tabletheory.models.packages="
                        + com.theorycloud.tabletheory.docs.snippets.shipments.valid.Shipment.class.getPackageName())
                .run(context -> assertThat(context.getBean(TableTheoryModels.class).modelClasses())
                        .containsExactly(com.theorycloud.tabletheory.docs.snippets.shipments.valid.Shipment.class));
        runner.withPropertyValues("tabletheory.models.packages="
                        + com.theorycloud.tabletheory.docs.snippets.shipments.invalid.Shipment.class.getPackageName())
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("Shipment").hasMessageContaining("PartitionKey"));
    }

    /** The two incorrect settings of the page's "Correct and incorrect settings" that stop startup. */
    @Test
    void theIncorrectSettingsStopStartup() {
        ApplicationContextRunner bare = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                        TableTheoryLocalAutoConfiguration.class));
        bare.withPropertyValues("tabletheory.local.enabled=true", "tabletheory.client.endpoint=http://localhost:8000")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LocalDynamoDbEndpointConflictException.class));
        bare.withPropertyValues("tabletheory.client.endpoint=localhost:8000")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("is not an absolute URI"));
    }
}
