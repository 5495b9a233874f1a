package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxBacklog;
import com.theorycloud.tabletheory.outbox.OutboxRelay;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.StateMachine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The release-state service, the outbox and its relay (started and stopped with the application), and the
 * outbox backlog as metrics ({@code registry.outbox.*}) and a health indicator ({@code outbox}).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    Outbox outbox(TableTheory tableTheory, RegistryProperties properties) {
        Outbox outbox = Outbox.in(tableTheory, properties.outboxTable());
        if (properties.createOutboxTable()) {
            outbox.ensureTable();
        }
        return outbox;
    }

    @Bean
    ReleaseStateService<DeploymentState, DeploymentEvent> releaseStateService(TableTheory tableTheory,
            Outbox outbox) {
        return ReleaseStateService.builder(tableTheory, tableTheory.table(DeploymentState.class),
                        tableTheory.table(DeploymentEvent.class))
                .stateMachine(StateMachine.on("status")
                        .allow("registered", "active")
                        .allow("active", "active", "rolled_back")
                        .allow("rolled_back", "active")
                        .build())
                .outbox(outbox)
                .build();
    }

    @Bean
    OutboxRelay outboxRelay(Outbox outbox, RegistryProperties properties, Environment environment) {
        return OutboxRelay.builder(outbox)
                .handler(ReleaseRegistry.NOTIFY, new DeploymentNotifier(properties, environment))
                .pollInterval(properties.pollInterval())
                .backoff(properties.retryBase(), Duration.ofMinutes(1))
                .maxAttempts(properties.maxAttempts())
                .build();
    }

    @Bean
    SmartLifecycle outboxRelayLifecycle(OutboxRelay relay) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                relay.start();
            }

            @Override
            public void stop() {
                relay.stop();
            }

            @Override
            public boolean isRunning() {
                return relay.running();
            }
        };
    }

    @Bean
    MeterBinder outboxBacklogMetrics(Outbox outbox) {
        return registry -> {
            Gauge.builder("registry.outbox.pending", outbox, o -> o.backlog().pending())
                    .description("notifications not yet delivered").register(registry);
            Gauge.builder("registry.outbox.due", outbox, o -> o.backlog().due())
                    .description("notifications due for delivery now").register(registry);
            Gauge.builder("registry.outbox.dead", outbox, o -> o.backlog().dead())
                    .description("notifications given up after the last attempt").register(registry);
        };
    }

    @Bean
    HealthIndicator outboxHealthIndicator(Outbox outbox) {
        return () -> {
            OutboxBacklog backlog = outbox.backlog();
            Health.Builder health = backlog.healthy() ? Health.up() : Health.down();
            return health.withDetail("pending", backlog.pending()).withDetail("due", backlog.due())
                    .withDetail("dead", backlog.dead()).build();
        };
    }
}
