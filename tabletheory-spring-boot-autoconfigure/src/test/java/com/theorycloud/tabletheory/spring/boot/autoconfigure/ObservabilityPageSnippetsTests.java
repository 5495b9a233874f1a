package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import com.theorycloud.tabletheory.spring.boot.metrics.DynamoDbSdkMetricPublisher;
import com.theorycloud.tabletheory.spring.boot.metrics.TableTheoryMeters;
import com.theorycloud.tabletheory.spring.boot.observation.DefaultTableTheoryObservationConvention;
import com.theorycloud.tabletheory.spring.boot.observation.ObservationOperationInterceptor;
import com.theorycloud.tabletheory.spring.boot.observation.TableTheoryObservationContext;
import com.theorycloud.tabletheory.spring.boot.observation.TableTheoryObservationConvention;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** The snippets of docs/observability.md, run against the local DynamoDB with a real Micrometer registry. */
class ObservabilityPageSnippetsTests {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final MeterRegistry meterRegistry = new SimpleMeterRegistry();
    private final ObservationRegistry observationRegistry = ObservationRegistry.create();

    ObservabilityPageSnippetsTests() {
        observationRegistry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
    }

    private DynamoDbClientBuilder clientBuilder() {
        return DynamoDbClient.builder().endpointOverride(LOCAL.endpoint()).region(LOCAL.region())
                .credentialsProvider(LOCAL.credentialsProvider());
    }

    private Table<Order> orders(TableTheory db) {
        Table<Order> orders = db.table(Order.class);
        db.ensureTable(orders.schema());
        return orders;
    }

    private static TableNameResolver uniquePrefix() {
        return TableNameResolver.prefix(LOCAL.uniqueTableName("obs") + "-");
    }

    @Test
    void anEngineBuiltWithoutSpringBootIsObservedAndCounted() {
        DynamoDbClientBuilder clientBuilder = clientBuilder();
        // region without-boot
        TableTheoryMeters meters = new TableTheoryMeters(meterRegistry);
        TableTheory db = TableTheory.builder()
                .client(clientBuilder
                        .overrideConfiguration(o -> o.addMetricPublisher(new DynamoDbSdkMetricPublisher(meterRegistry)))
                        .build())
                .interceptor(new ObservationOperationInterceptor(observationRegistry))
                .listener(meters)
                .build();
        // endregion
        Table<Order> orders = orders(db);   // the table "orders": unique keys keep runs apart
        Order created = orders.create(new Order("ORDER#" + UUID.randomUUID(), "ORDER", "NEW", 0));
        orders.update(created, "status");
        assertThatThrownBy(() -> orders.update(created, "status")).isInstanceOf(VersionConflictException.class);

        assertThat(meterRegistry.get(DefaultTableTheoryObservationConvention.NAME).tag("model", "Order")
                .tag("operation", "create").tag("outcome", "success").timer().count()).isEqualTo(1);
        assertThat(meterRegistry.get(TableTheoryMeters.VERSION_CONFLICTS).tag("model", "Order").counter().count())
                .isEqualTo(1.0);
    }

    @Configuration(proxyBeanMethods = false)
    static class Conventions {

        // region convention
        @Bean
        TableTheoryObservationConvention tableTheoryConvention() {
            return new DefaultTableTheoryObservationConvention() {
                @Override
                public KeyValues getLowCardinalityKeyValues(TableTheoryObservationContext context) {
                    return super.getLowCardinalityKeyValues(context).and("tenant.tier", "standard");
                }
            };
        }
        // endregion
    }

    /** The incorrect convention: a tag per customer. */
    static class PerCustomerConvention extends DefaultTableTheoryObservationConvention {

        private static final ThreadLocal<String> CUSTOMER = ThreadLocal.withInitial(() -> "none");

        static String currentCustomerId() {
            return CUSTOMER.get();
        }

        @Override
        public KeyValues getLowCardinalityKeyValues(TableTheoryObservationContext context) {
            // region customer-tag
            return super.getLowCardinalityKeyValues(context).and("customer", currentCustomerId());
            // endregion
        }
    }

    @Test
    void aConventionAddsTagsAndAPerCustomerTagMakesOneTimeSeriesPerCustomer() {
        TableTheory tiered = TableTheory.builder().client(LOCAL.client()).tableNameResolver(uniquePrefix())
                .interceptor(new ObservationOperationInterceptor(observationRegistry,
                        new Conventions().tableTheoryConvention()))
                .build();
        orders(tiered).create(new Order("ORDER#T", "ORDER", "NEW", 0));
        assertThat(meterRegistry.get(DefaultTableTheoryObservationConvention.NAME).tag("tenant.tier", "standard")
                .tag("operation", "create").timer().count()).isEqualTo(1);

        TableTheory perCustomer = TableTheory.builder().client(LOCAL.client()).tableNameResolver(uniquePrefix())
                .interceptor(new ObservationOperationInterceptor(observationRegistry, new PerCustomerConvention()))
                .build();
        Table<Order> orders = orders(perCustomer);
        for (String customer : List.of("c-1", "c-2", "c-3")) {
            PerCustomerConvention.CUSTOMER.set(customer);
            orders.create(new Order("ORDER#" + customer, "ORDER", "NEW", 0));
        }
        PerCustomerConvention.CUSTOMER.remove();
        assertThat(meterRegistry.get(DefaultTableTheoryObservationConvention.NAME).tag("operation", "create")
                .tagKeys("customer").timers()).hasSize(3);
    }

    @Test
    void theReadinessGroupHoldsTheTablesAndTheIncorrectLivenessGroupWouldToo() throws IOException {
        assertThat(include("docs/health-readiness.yml", "readiness")).containsExactly("readinessState", "tabletheory");
        assertThat(include("docs/health-readiness.yml", "liveness")).isEmpty();
        assertThat(include("docs/health-liveness-incorrect.yml", "liveness"))
                .containsExactly("livenessState", "tabletheory");
    }

    private static List<String> include(String resource, String group) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource))) {
            environment.getPropertySources().addFirst(source);
        }
        return Binder.get(environment).bind("management.endpoint.health.group." + group + ".include",
                Bindable.listOf(String.class)).orElse(List.of());
    }
}
