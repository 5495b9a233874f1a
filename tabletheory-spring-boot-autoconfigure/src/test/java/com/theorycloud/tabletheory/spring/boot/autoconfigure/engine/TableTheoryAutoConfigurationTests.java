package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.fixtures.encrypted.Secret;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import com.theorycloud.tabletheory.spring.boot.fixtures.tickets.Ticket;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engine auto-configuration with a client that is never called: every bean, every way to replace it, and the
 * conditions that switch it off. Tables are only touched by the schema tests, against the local DynamoDB.
 */
class TableTheoryAutoConfigurationTests {

    static final String ORDERS = "com.theorycloud.tabletheory.spring.boot.fixtures.orders";

    static final String INVALID = "com.theorycloud.tabletheory.spring.boot.fixtures.invalid";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(TableTheoryClientAutoConfiguration.class, TableTheoryAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1",
                "tabletheory.client.endpoint=http://127.0.0.1:9", "tabletheory.client.credentials.access-key=a",
                "tabletheory.client.credentials.secret-key=b", "tabletheory.models.packages=" + ORDERS);

    @Test
    void buildsTheEngineOnTheAutoConfiguredClient() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(TableTheory.class).hasSingleBean(TableNameResolver.class)
                .hasSingleBean(TableTheoryModels.class).hasSingleBean(TableTheorySchemaInitializer.class);
            TableTheory engine = context.getBean(TableTheory.class);
            assertThat(engine.client()).isSameAs(context.getBean(DynamoDbClient.class));
            assertThat(engine.tableName(AnnotatedModels.schemaOf(Order.class))).isEqualTo("orders");
        });
    }

    @Test
    void scansTheConfiguredPackagesAndReadsDmsDocuments() {
        this.contextRunner.withPropertyValues("tabletheory.models.dms=classpath:fixtures/audit.yml").run((context) -> {
            TableTheoryModels models = context.getBean(TableTheoryModels.class);
            assertThat(models.modelClasses()).containsExactly(Order.class);
            assertThat(models.schemas()).extracting((schema) -> schema.name()).containsExactly("Order", "AuditEntry");
            assertThat(models.tableNames()).containsExactly("orders", "audit_entries");
            assertThat(models.find(Order.class)).isPresent();
            assertThat(models.find("AuditEntry")).hasValueSatisfying((schema) -> assertThat(schema.javaType())
                .isNull());
        });
    }

    @Test
    void takesTheModelClassesFoundAheadOfTimeInsteadOfScanning() {
        // The list names a class the scan of ORDERS would not find: it is used as is.
        this.contextRunner
            .withBean(TableTheoryAotModelClasses.BEAN_NAME, TableTheoryAotModelClasses.class,
                    () -> new TableTheoryAotModelClasses(List.of(ORDERS), List.of(Ticket.class.getName())))
            .run((context) -> assertThat(context.getBean(TableTheoryModels.class).modelClasses())
                .containsExactly(Ticket.class));
    }

    @Test
    void scansWhenThePackagesDifferFromThoseProcessedAheadOfTime() {
        this.contextRunner
            .withBean(TableTheoryAotModelClasses.BEAN_NAME, TableTheoryAotModelClasses.class,
                    () -> new TableTheoryAotModelClasses(List.of("com.example.elsewhere"),
                            List.of(Ticket.class.getName())))
            .run((context) -> assertThat(context.getBean(TableTheoryModels.class).modelClasses())
                .containsExactly(Order.class));
    }

    @Test
    void scansTheApplicationPackageWhenNoPackagesAreConfigured() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryAutoConfiguration.class))
            .withBean(DynamoDbClient.class, TableTheoryAutoConfigurationTests::unusedClient)
            .withInitializer((context) -> AutoConfigurationPackages
                .register((BeanDefinitionRegistry) context.getBeanFactory(), ORDERS))
            .run((context) -> assertThat(context.getBean(TableTheoryModels.class).modelClasses())
                .containsExactly(Order.class));
    }

    @Test
    void hasNoModelsWithoutPackagesOrApplicationPackage() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryAutoConfiguration.class))
            .withBean(DynamoDbClient.class, TableTheoryAutoConfigurationTests::unusedClient)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(TableTheoryModels.class).isEmpty()).isTrue();
            });
    }

    @Test
    void appliesTablePrefixAndSuffix() {
        this.contextRunner.withPropertyValues("tabletheory.models.table-prefix=dev-",
                "tabletheory.models.table-suffix=-v2")
            .run((context) -> assertThat(context.getBean(TableTheory.class)
                .tableName(AnnotatedModels.schemaOf(Order.class))).isEqualTo("dev-orders-v2"));
    }

    @Test
    void failsStartupOnAnInvalidModelWithModelFieldAndFix() {
        this.contextRunner.withPropertyValues("tabletheory.models.packages=" + INVALID).run((context) -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            InvalidModelException invalid = findCause(failure, InvalidModelException.class);
            assertThat(invalid.getMessage()).contains("Shipment");
            FailureAnalysis analysis = new InvalidModelFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("The TableTheory model Shipment is invalid: ")
                .contains(invalid.getMessage());
            assertThat(analysis.getAction()).contains("tabletheory.models.packages").contains("@TableTheoryModel");
        });
    }

    @Test
    void failsStartupOnAMissingDmsDocument() {
        this.contextRunner.withPropertyValues("tabletheory.models.dms=classpath:fixtures/missing.yml")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(findCause(context.getStartupFailure(), InvalidModelException.class))
                    .hasMessageContaining("classpath:fixtures/missing.yml")
                    .hasMessageContaining("tabletheory.models.dms");
            });
    }

    @Test
    void passesTheContextsClockListenersAndInterceptorsToTheEngine() {
        List<String> calls = new CopyOnWriteArrayList<>();
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        this.contextRunner.withBean(Clock.class, () -> fixed)
            .withBean("first", OperationListener.class, () -> (event) -> calls.add("first " + event.errorCode()))
            .withBean("second", OperationListener.class, () -> (event) -> {
                throw new IllegalStateException("a broken listener does not silence the others");
            })
            .withBean("third", OperationListener.class, () -> (event) -> calls.add("third " + event.operation()))
            .withBean("tracing", OperationInterceptor.class, () -> (model, table, operation, index) -> {
                calls.add("begin " + model);
                return (event, error) -> calls.add("end " + error.getClass().getSimpleName());
            })
            .run((context) -> {
                TableTheory engine = context.getBean(TableTheory.class);
                assertThat(engine.clock()).isSameAs(fixed);
                assertThatExceptionOfType(MissingPrimaryKeyException.class).isThrownBy(() -> engine
                    .table(ItemCodecs.forClass(Order.class)).create(new Order("ORDER#1", null, "new", 0)));
                assertThat(calls).containsExactlyInAnyOrder("begin Order", "first ErrMissingPrimaryKey",
                        "third CREATE", "end MissingPrimaryKeyException");
                assertThat(calls.get(0)).isEqualTo("begin Order");
                assertThat(calls.get(3)).isEqualTo("end MissingPrimaryKeyException");
            });
    }

    @Test
    void givesTheEngineTheContextsKeyProviderForEncryptedModels() {
        this.contextRunner.run((context) -> assertThatExceptionOfType(EncryptionNotConfiguredException.class)
            .isThrownBy(() -> context.getBean(TableTheory.class).table(Secret.class)));
        this.contextRunner.withBean(KeyProvider.class, LocalKeyProvider::random)
            .run((context) -> assertThat(context.getBean(TableTheory.class).table(Secret.class).tableName())
                .isEqualTo("secrets"));
    }

    @Test
    void backsOffForTheApplicationsOwnBeans() {
        TableNameResolver resolver = (schema) -> "custom-" + schema.tableName();
        TableTheoryModels models = TableTheoryModels.empty();
        this.contextRunner.withBean(TableNameResolver.class, () -> resolver)
            .withBean(TableTheoryModels.class, () -> models)
            .run((context) -> {
                assertThat(context.getBean(TableNameResolver.class)).isSameAs(resolver);
                assertThat(context.getBean(TableTheoryModels.class)).isSameAs(models);
                assertThat(context.getBean(TableTheory.class).tableName(AnnotatedModels.schemaOf(Order.class)))
                    .isEqualTo("custom-orders");
            });
        this.contextRunner.withBean("myEngine", TableTheory.class,
                () -> TableTheory.builder().client(unusedClient()).build())
            .run((context) -> assertThat(context).hasSingleBean(TableTheory.class).hasBean("myEngine"));
    }

    @Test
    void backsOffForTheApplicationsOwnSchemaStep() {
        TableTheorySchemaInitializer own = new TableTheorySchemaInitializer(unusedClient(), TableNameResolver.identity(),
                TableTheoryModels.empty(), new TableTheoryProperties.Schema(TableTheoryProperties.SchemaMode.NONE,
                        TableTheoryProperties.BillingMode.PAY_PER_REQUEST, 5, 5));
        // With validate against an endpoint nobody answers, only the application's own step lets startup pass.
        this.contextRunner.withPropertyValues("tabletheory.schema.mode=validate")
            .withBean("tableTheorySchemaInitializer", TableTheorySchemaInitializer.class, () -> own)
            .run((context) -> assertThat(context).hasNotFailed().getBean(TableTheorySchemaInitializer.class)
                .isSameAs(own));
    }

    @Test
    void backsOffWithoutADynamoDbClient() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TableTheoryAutoConfiguration.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TableTheory.class)
                .doesNotHaveBean(TableTheoryModels.class));
    }

    @Test
    void backsOffWithoutTheEngineOnTheClassPath() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(TableTheory.class))
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DynamoDbClient.class)
                .doesNotHaveBean(TableTheoryModels.class));
    }

    static DynamoDbClient unusedClient() {
        return DynamoDbClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build();
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
            if (type.isInstance(candidate)) {
                return type.cast(candidate);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }
}
