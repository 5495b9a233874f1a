package com.theorycloud.tabletheory.spring.boot.autoconfigure.release;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.outbox.TableTheoryOutboxAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.release.ReleaseStateServices;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The ReleaseStateServices factory: on the engine, with the outbox when there is one, replaceable. */
class TableTheoryReleaseStateAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryAutoConfiguration.class, TableTheoryOutboxAutoConfiguration.class,
                TableTheoryReleaseStateAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.endpoint=http://127.0.0.1:9",
                "tabletheory.client.credentials.access-key=a", "tabletheory.client.credentials.secret-key=b",
                "tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot.fixtures.orders");

    @Test
    void offersTheFactoryWithoutAnOutbox() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(ReleaseStateServices.class);
            assertThat(context.getBean(ReleaseStateServices.class).outbox()).isNull();
        });
    }

    @Test
    void givesBuildersTheOutboxWhenEnabled() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true", "tabletheory.outbox.relay-enabled=false")
            .run((context) -> assertThat(context.getBean(ReleaseStateServices.class).outbox())
                .isSameAs(context.getBean(Outbox.class)));
    }

    @Test
    void givesWayToTheApplicationsOwnFactory() {
        this.contextRunner
            .withBean("own", ReleaseStateServices.class, () -> new ReleaseStateServices(
                    TableTheory.builder()
                        .client(DynamoDbClient.builder().region(Region.US_EAST_1)
                            .credentialsProvider(AnonymousCredentialsProvider.create()).build())
                        .build(), null))
            .run((context) -> assertThat(context).hasSingleBean(ReleaseStateServices.class).hasBean("own"));
    }

    @Test
    void backsOffWithoutTheReleaseStateApi() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(ReleaseStateService.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReleaseStateServices.class));
    }
}
