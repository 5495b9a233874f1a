package com.theorycloud.tabletheory.spring.boot.autoconfigure.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxRelay;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxBacklogProbe;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxHandlers;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxHealthIndicator;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxMeters;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxRelayLifecycle;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Sets up the outbox of {@code tabletheory.outbox.table} when {@code tabletheory.outbox.enabled}: the {@link Outbox}
 * bean for writers, an {@link OutboxRelay} that dispatches due records to the context's handlers and runs with the
 * context's lifecycle, and the backlog as gauges and as the {@code outbox} health indicator.
 */
@AutoConfiguration(after = TableTheoryAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(Outbox.class)
@ConditionalOnBean(TableTheory.class)
@ConditionalOnProperty(name = "tabletheory.outbox.enabled", havingValue = "true")
@EnableConfigurationProperties(TableTheoryProperties.class)
@Import({ TableTheoryOutboxAutoConfiguration.Relay.class, TableTheoryOutboxAutoConfiguration.Metrics.class,
        TableTheoryOutboxAutoConfiguration.HealthContributor.class })
public final class TableTheoryOutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox tableTheoryOutbox(TableTheory engine, TableTheoryProperties properties) {
        TableTheoryProperties.Outbox settings = properties.outbox();
        Outbox outbox = Outbox.in(engine, settings.table(), settings.indexName());
        if (properties.schema().mode() == TableTheoryProperties.SchemaMode.CREATE) {
            outbox.ensureTable();
        }
        return outbox;
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxBacklogProbe tableTheoryOutboxBacklogProbe(Outbox outbox, TableTheoryProperties properties) {
        return new OutboxBacklogProbe(outbox, properties.outbox().backlogCacheTimeToLive());
    }

    /** The relay; instances that only write records switch it off. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "tabletheory.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    static final class Relay {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        OutboxRelay tableTheoryOutboxRelay(Outbox outbox, TableTheoryProperties properties,
                ConfigurableListableBeanFactory beanFactory) {
            TableTheoryProperties.Outbox settings = properties.outbox();
            String owner = settings.owner();
            OutboxRelay.Builder relay = OutboxRelay.builder(outbox);
            Duration renewal = settings.leaseRenewalInterval();
            if (renewal != null) {
                relay.leaseRenewalInterval(renewal);
            }
            return relay
                .handlers(OutboxHandlers.collect(beanFactory).byOperation())
                .pollInterval(settings.pollInterval())
                .batchSize(settings.batchSize())
                .leaseTime(settings.leaseTime())
                .maxAttempts(settings.maxAttempts())
                .backoff(settings.backoffBase(), settings.backoffMax())
                .retention(settings.retention())
                .concurrency(settings.concurrency())
                .owner((owner != null) ? owner : defaultOwner())
                .build();
        }

        @Bean
        @ConditionalOnMissingBean
        OutboxRelayLifecycle tableTheoryOutboxRelayLifecycle(OutboxRelay relay) {
            return new OutboxRelayLifecycle(relay);
        }

        /** The host name, so leases in the table say which instance holds them, and a suffix per process. */
        static String defaultOwner() {
            String host = System.getenv("HOSTNAME");
            if (host == null || host.isBlank()) {
                try {
                    host = InetAddress.getLocalHost().getHostName();
                }
                catch (UnknownHostException ex) {
                    host = "relay";
                }
            }
            return host + "-" + UUID.randomUUID().toString().substring(0, 6);
        }
    }

    /** The backlog gauges. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static final class Metrics {

        @Bean
        @ConditionalOnMissingBean
        OutboxMeters tableTheoryOutboxMeters(OutboxBacklogProbe probe, MeterRegistry registry) {
            OutboxMeters meters = new OutboxMeters(probe);
            meters.bindTo(registry);
            return meters;
        }
    }

    /** The {@code outbox} health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("outbox")
    static final class HealthContributor {

        @Bean
        @ConditionalOnMissingBean(name = "outboxHealthIndicator")
        OutboxHealthIndicator outboxHealthIndicator(OutboxBacklogProbe probe, TableTheoryProperties properties) {
            return new OutboxHealthIndicator(probe, properties.outbox().maxDueAge());
        }
    }
}
