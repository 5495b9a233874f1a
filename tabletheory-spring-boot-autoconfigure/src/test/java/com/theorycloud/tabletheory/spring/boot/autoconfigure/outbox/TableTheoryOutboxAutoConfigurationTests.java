package com.theorycloud.tabletheory.spring.boot.autoconfigure.outbox;

import java.time.Duration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxDelivery;
import com.theorycloud.tabletheory.outbox.OutboxHandler;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.outbox.OutboxRelay;
import com.theorycloud.tabletheory.outbox.OutboxStatus;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxBacklogProbe;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxHealthIndicator;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxListener;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxMeters;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxRelayLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tabletheory.outbox.*: the beans each setting gives, what gives way to the application's own, and a record written
 * through the outbox bean and dispatched to an @OutboxListener method on the local DynamoDB.
 */
class TableTheoryOutboxAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryAutoConfiguration.class, TableTheoryOutboxAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.endpoint=http://127.0.0.1:9",
                "tabletheory.client.credentials.access-key=a", "tabletheory.client.credentials.secret-key=b",
                "tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot.fixtures.orders");

    @Test
    void isOffUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(Outbox.class)
            .doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void setsUpTheOutboxRelayAndHealthWhenEnabled() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true", "tabletheory.outbox.table=jobs",
                "tabletheory.outbox.owner=node-1")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> {
                assertThat(context).hasNotFailed()
                    .hasSingleBean(Outbox.class)
                    .hasSingleBean(OutboxRelay.class)
                    .hasSingleBean(OutboxRelayLifecycle.class)
                    .hasSingleBean(OutboxMeters.class)
                    .hasBean("outboxHealthIndicator");
                assertThat(context.getBean(Outbox.class).table().tableName()).isEqualTo("jobs");
                assertThat(context.getBean(OutboxRelay.class).running()).isTrue();
                assertThat(context.getBean(MeterRegistry.class).find(OutboxMeters.PENDING).tag("table", "jobs")
                    .gauge()).isNotNull();
            });
    }

    @Test
    void acceptsALeaseRenewalIntervalShorterThanTheLease() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true", "tabletheory.outbox.lease-time=1m",
                "tabletheory.outbox.lease-renewal-interval=10s")
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(OutboxRelay.class);
                assertThat(context.getBean(TableTheoryProperties.class).outbox().leaseRenewalInterval())
                    .isEqualTo(Duration.ofSeconds(10));
            });
    }

    @Test
    void refusesALeaseRenewalIntervalNotShorterThanTheLease() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true", "tabletheory.outbox.lease-time=30s",
                "tabletheory.outbox.lease-renewal-interval=30s")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessage("tabletheory.outbox.lease-renewal-interval must be positive and shorter than lease-time,"
                        + " were PT30S and PT30S"));
    }

    @Test
    void runsNoRelayWhereOnlyRecordsAreWritten() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true",
                "tabletheory.outbox.relay-enabled=false")
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(Outbox.class)
                .doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void givesWayToTheApplicationsOwnBeans() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true")
            .withUserConfiguration(OwnOutbox.class)
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(Outbox.class).hasBean("ownOutbox");
                assertThat(context.getBean(Outbox.class).table().tableName()).isEqualTo("own");
                assertThat(context).hasSingleBean(OutboxRelay.class).hasBean("ownRelay");
            });
    }

    @Test
    void leavesOutMetricsAndHealthWithoutTheirLibraries() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true")
            .withClassLoader(new FilteredClassLoader(MeterRegistry.class, HealthIndicator.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(Outbox.class)
                .doesNotHaveBean(OutboxMeters.class)
                .doesNotHaveBean(OutboxHealthIndicator.class));
    }

    @Test
    void refusesAnOutboxHandlerBeanThatNamesNoOperation() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true")
            .withBean("unnamed", OutboxHandler.class, () -> (delivery) -> {
            })
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("OutboxHandler bean 'unnamed'")
                .hasMessageContaining("@OutboxListener"));
    }

    @Test
    void refusesTwoHandlersForOneOperation() {
        this.contextRunner.withPropertyValues("tabletheory.outbox.enabled=true")
            .withUserConfiguration(Receipts.class, DuplicateReceipts.class)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("Two outbox handlers for operation 'send_receipt'"));
    }

    @Test
    void dispatchesAWrittenRecordToItsListenerOnTheLocalDynamoDb() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class,
                    TableTheoryClientAutoConfiguration.class, TableTheoryAutoConfiguration.class,
                    TableTheoryOutboxAutoConfiguration.class))
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.schema.mode=create",
                    "tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot.fixtures.orders",
                    "tabletheory.outbox.enabled=true", "tabletheory.outbox.poll-interval=1h",
                    "tabletheory.outbox.backlog-cache-time-to-live=0s")
            .withUserConfiguration(Receipts.class, Refunds.class)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                OutboxRelayLifecycle lifecycle = context.getBean(OutboxRelayLifecycle.class);
                assertThat(lifecycle.isRunning()).isTrue();
                // Stopping waits for the background loop, so the poll below is the only one that sees the record.
                lifecycle.stop();
                assertThat(lifecycle.isRunning()).isFalse();
                Outbox outbox = context.getBean(Outbox.class);
                outbox.writer().write(OutboxRecord.pending("ORDER#1", "OUTBOX#receipt").operation("send_receipt")
                    .idempotencyKey("ORDER#1:receipt").requestedState("PAID").build());
                OutboxHealthIndicator health = context.getBean(OutboxHealthIndicator.class);
                assertThat(health.health().getDetails()).containsEntry("pending", 1L);
                assertThat(context.getBean(OutboxRelay.class).pollOnce()).isEqualTo(1);
                assertThat(context.getBean(Receipts.class).delivered).containsExactly("ORDER#1:receipt");
                assertThat(outbox.find("ORDER#1", "OUTBOX#receipt")).map(OutboxRecord::status)
                    .hasValue(OutboxStatus.DONE);
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                assertThat(health.health().getDetails()).containsEntry("pending", 0L).containsEntry("dead", 0L);
            });
    }

    @Test
    void reportsADeadRecordAsDownAndInTheGauges() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class,
                    TableTheoryClientAutoConfiguration.class, TableTheoryAutoConfiguration.class,
                    TableTheoryOutboxAutoConfiguration.class))
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.schema.mode=create",
                    "tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot.fixtures.orders",
                    "tabletheory.outbox.enabled=true", "tabletheory.outbox.max-attempts=1",
                    "tabletheory.outbox.backlog-cache-time-to-live=0s")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withUserConfiguration(Refunds.class)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                context.getBean(OutboxRelayLifecycle.class).stop();
                Outbox outbox = context.getBean(Outbox.class);
                outbox.writer().write(OutboxRecord.pending("ORDER#2", "OUTBOX#refund").operation("refund")
                    .idempotencyKey("ORDER#2:refund").requestedState("REFUNDED").build());
                assertThat(context.getBean(OutboxRelay.class).pollOnce()).isEqualTo(1);
                var health = context.getBean(OutboxHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("dead", 1L)
                    .containsEntry("problem", "1 dead record(s); inspect them and redrive with OutboxReconciler");
                assertThat(context.getBean(MeterRegistry.class).get(OutboxMeters.DEAD).gauge().value()).isEqualTo(1.0);
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class Receipts {

        final List<String> delivered = new CopyOnWriteArrayList<>();

        // region listener-method
        @OutboxListener("send_receipt")
        void send(OutboxDelivery delivery) {
            delivered.add(delivery.idempotencyKey());
        }
        // endregion
    }

    @Configuration(proxyBeanMethods = false)
    static class DuplicateReceipts {

        @OutboxListener("send_receipt")
        void sendAgain(OutboxDelivery delivery) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Refunds {

        // region listener-bean
        @Bean
        @OutboxListener("refund")
        OutboxHandler refunds() {
            return (delivery) -> {
                throw new IllegalStateException("the payment provider refused the refund");
            };
        }
        // endregion
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnOutbox {

        @Bean
        Outbox ownOutbox(TableTheory engine) {
            return Outbox.in(engine, "own");
        }

        @Bean(destroyMethod = "close")
        OutboxRelay ownRelay(Outbox outbox) {
            return OutboxRelay.builder(outbox).build();
        }
    }
}
