package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.data.TableTheoryRepositoriesAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.fixtures.releases.ReleaseNote;
import com.theorycloud.tabletheory.spring.boot.fixtures.releases.ReleaseNoteApplication;
import com.theorycloud.tabletheory.spring.boot.fixtures.releases.ReleaseNoteRepository;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.DynamoDbClientBuilderCustomizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code tabletheory.models.naming-convention} and {@code tabletheory.client.consistent-read} reach the engine, the
 * scanned models, the tables the schema mode creates and the repositories, on the local DynamoDB.
 */
class EngineDefaultsPropertiesTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class,
                TableTheoryClientAutoConfiguration.class, TableTheoryAutoConfiguration.class,
                TableTheoryRepositoriesAutoConfiguration.class))
        .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.schema.mode=create")
        .withUserConfiguration(ReleaseNoteApplication.class);

    @Test
    void snakeCaseConventionNamesTheAttributesOfModelsThatDeclareNone() {
        this.contextRunner.withPropertyValues("tabletheory.models.naming-convention=snake-case").run((context) -> {
            assertThat(context).hasNotFailed();
            TableTheory engine = context.getBean(TableTheory.class);
            assertThat(engine.defaultNaming()).isEqualTo(NamingConvention.SNAKE_CASE);
            assertThat(context.getBean(TableTheoryModels.class).find(ReleaseNote.class)).get()
                .satisfies((schema) -> assertThat(schema.index("by-service").orElseThrow().partitionKey().name())
                    .isEqualTo("service_name"));

            ReleaseNoteRepository notes = context.getBean(ReleaseNoteRepository.class);
            notes.save(new ReleaseNote("r-1", "billing", "faster invoices"));
            notes.save(new ReleaseNote("r-2", "search", "typo tolerance"));
            Map<String, AttributeValue> stored = context.getBean(DynamoDbClient.class)
                .getItem((r) -> r.tableName("release_notes").key(Map.of("release_id", AttributeValue.fromS("r-1"))))
                .item();
            assertThat(stored).containsOnlyKeys("release_id", "service_name", "note_text");
            assertThat(notes.findByServiceName("billing")).extracting(ReleaseNote::noteText)
                .containsExactly("faster invoices");
            assertThat(engine.table(ReleaseNote.class).get(Key.of("r-2")).serviceName()).isEqualTo("search");
        });
    }

    @Test
    void camelCaseIsTheDefaultConventionAndReadsAreEventuallyConsistent() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed();
            TableTheory engine = context.getBean(TableTheory.class);
            assertThat(engine.defaultNaming()).isEqualTo(NamingConvention.CAMEL_CASE);
            assertThat(engine.consistentReads()).isFalse();
            context.getBean(ReleaseNoteRepository.class).saveAll(List.of(new ReleaseNote("r-9", "web", "dark mode")));
            assertThat(context.getBean(DynamoDbClient.class)
                .getItem((r) -> r.tableName("release_notes").key(Map.of("releaseId", AttributeValue.fromS("r-9"))))
                .item()).containsOnlyKeys("releaseId", "serviceName", "noteText");
        });
    }

    @Test
    void consistentReadPropertyMakesRepositoryReadsConsistentButNeverOnAGsi() {
        List<SdkRequest> requests = new CopyOnWriteArrayList<>();
        DynamoDbClientBuilderCustomizer recorder = (builder) -> builder.overrideConfiguration(builder
            .overrideConfiguration().toBuilder().addExecutionInterceptor(new ExecutionInterceptor() {
                @Override
                public void beforeExecution(Context.BeforeExecution execution, ExecutionAttributes attributes) {
                    requests.add(execution.request());
                }
            }).build());
        this.contextRunner.withPropertyValues("tabletheory.client.consistent-read=true")
            .withBean(DynamoDbClientBuilderCustomizer.class, () -> recorder)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(TableTheory.class).consistentReads()).isTrue();
                ReleaseNoteRepository notes = context.getBean(ReleaseNoteRepository.class);
                notes.save(new ReleaseNote("r-3", "billing", "refunds"));
                requests.clear();
                // Read right after the write: the table read is consistent, the GSI query cannot be.
                assertThat(notes.findById("r-3")).map(ReleaseNote::noteText).hasValue("refunds");
                assertThat(notes.findByServiceName("billing")).extracting(ReleaseNote::releaseId).containsExactly("r-3");
                assertThat(requests).filteredOn(GetItemRequest.class::isInstance)
                    .singleElement()
                    .satisfies((r) -> assertThat(((GetItemRequest) r).consistentRead()).isTrue());
                assertThat(requests).filteredOn(QueryRequest.class::isInstance)
                    .singleElement()
                    .satisfies((r) -> assertThat(((QueryRequest) r).consistentRead()).isNotEqualTo(Boolean.TRUE));
            });
    }
}
