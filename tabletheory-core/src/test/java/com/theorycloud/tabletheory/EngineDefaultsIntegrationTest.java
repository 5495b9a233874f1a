package com.theorycloud.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.model.NamingConvention;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The engine-wide defaults a Spring Boot application sets with {@code tabletheory.models.naming-convention} and
 * {@code tabletheory.client.consistent-read}: the naming convention of models that declare none, and strongly
 * consistent reads wherever a call does not choose (never on a GSI). Checked on the items and requests dynalite sees.
 */
class EngineDefaultsIntegrationTest {

    /** Declares no naming convention: the engine's default decides. */
    @TableTheoryModel(table = "engine_defaults")
    @GlobalSecondaryIndex(name = "byService", partitionKey = "serviceName")
    public record Release(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk,
            String serviceName, String releaseNotes) {
    }

    /** Declares camelCase: no engine default changes it. */
    @TableTheoryModel(table = "engine_defaults", naming = NamingConvention.CAMEL_CASE)
    public record PinnedRelease(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk,
            String serviceName, String releaseNotes) {
    }

    @TableTheoryModel(table = "t", naming = {NamingConvention.CAMEL_CASE, NamingConvention.SNAKE_CASE})
    public record TwoConventions(@PartitionKey String id) {
    }

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();
    private static final List<SdkRequest> REQUESTS = new CopyOnWriteArrayList<>();
    private static DynamoDbClient client;
    private static String tableName;

    @BeforeAll
    static void startClient() {
        client = DynamoDbClient.builder().endpointOverride(LOCAL.endpoint()).region(LOCAL.region())
                .credentialsProvider(LOCAL.credentialsProvider())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        REQUESTS.add(context.request());
                    }
                }))
                .build();
        tableName = LOCAL.uniqueTableName("engine_defaults");
    }

    @AfterAll
    static void dropTable() {
        engine(NamingConvention.SNAKE_CASE, false).deleteTableIfExists(AnnotatedModels.schemaOf(Release.class,
                NamingConvention.SNAKE_CASE));
        client.close();
    }

    @BeforeEach
    void clearRequests() {
        REQUESTS.clear();
    }

    private static TableTheory engine(NamingConvention naming, boolean consistentReads) {
        return TableTheory.builder().client(client).tableNameResolver(schema -> tableName).defaultNaming(naming)
                .consistentReads(consistentReads).build();
    }

    private static Map<String, AttributeValue> rawItem(String pk, String sk) {
        return client.getItem(r -> r.tableName(tableName).key(Map.of("PK", AttributeValue.fromS(pk),
                "SK", AttributeValue.fromS(sk)))).item();
    }

    @Test
    void modelsWithoutAConventionTakeTheEngineDefaultAndDeclaredOnesKeepTheirs() {
        TableTheory snake = engine(NamingConvention.SNAKE_CASE, false);
        Table<Release> releases = snake.table(Release.class);
        snake.ensureTable(releases.schema());
        assertThat(releases.schema().naming()).isEqualTo(NamingConvention.SNAKE_CASE);
        assertThat(releases.schema().index("byService").orElseThrow().partitionKey().name()).isEqualTo("service_name");

        releases.put(new Release("SERVICE#api", "R#1", "api", "first"));
        assertThat(rawItem("SERVICE#api", "R#1")).containsOnlyKeys("PK", "SK", "service_name", "release_notes");
        assertThat(releases.get(Key.of("SERVICE#api", "R#1")).releaseNotes()).isEqualTo("first");

        snake.table(PinnedRelease.class).put(new PinnedRelease("SERVICE#api", "R#2", "api", "second"));
        assertThat(rawItem("SERVICE#api", "R#2")).containsOnlyKeys("PK", "SK", "serviceName", "releaseNotes");

        // The same class under the default default: camelCase, a separate compiled codec.
        TableTheory camel = engine(NamingConvention.CAMEL_CASE, false);
        assertThat(camel.schema(Release.class).attribute("releaseNotes")).isPresent();
        assertThat(camel.codec(Release.class)).isNotSameAs(snake.codec(Release.class));
        assertThat(snake.codec(Release.class)).isSameAs(snake.codec(Release.class));
    }

    @Test
    void aModelDeclaringTwoConventionsIsRefusedNamingTheFix() {
        assertThatThrownBy(() -> AnnotatedModels.schemaOf(TwoConventions.class))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining(TwoConventions.class.getName())
                .hasMessageContaining("declares 2 naming conventions")
                .hasMessageContaining("give at most one");
    }

    @Test
    void consistentReadsByDefaultReachEveryReadThatDoesNotChooseButNeverAGsi() {
        TableTheory consistent = engine(NamingConvention.SNAKE_CASE, true);
        Table<Release> releases = consistent.table(Release.class);
        consistent.ensureTable(releases.schema());
        releases.put(new Release("SERVICE#web", "R#1", "web", "notes"));
        REQUESTS.clear();

        // Written and read at once: the reads that must see it are consistent without asking.
        assertThat(releases.get(Key.of("SERVICE#web", "R#1")).serviceName()).isEqualTo("web");
        assertThat(releases.find(Key.of("SERVICE#web", "R#1"))).isPresent();
        assertThat(releases.batchGet(List.of(Key.of("SERVICE#web", "R#1")))).hasSize(1);
        assertThat(releases.query().partition("PK", "SERVICE#web").page().items()).hasSize(1);
        assertThat(releases.scan().page().items()).isNotEmpty();
        assertThat(releases.query().index("byService").partition("service_name", "web").page().items()).hasSize(1);

        assertThat(consistency(GetItemRequest.class)).containsExactly(true, true);
        assertThat(REQUESTS).filteredOn(BatchGetItemRequest.class::isInstance)
                .allSatisfy(r -> assertThat(((BatchGetItemRequest) r).requestItems().get(tableName).consistentRead())
                        .isTrue());
        assertThat(consistency(QueryRequest.class)).containsExactly(true, false);
        assertThat(consistency(ScanRequest.class)).containsExactly(true);

        // A call that chooses wins over the default, both ways.
        REQUESTS.clear();
        releases.get(Key.of("SERVICE#web", "R#1"), ReadOptions.defaults());
        releases.query().partition("PK", "SERVICE#web").consistentRead(false).page();
        releases.scan().consistentRead(false).page();
        assertThat(consistency(GetItemRequest.class)).containsExactly(false);
        assertThat(consistency(QueryRequest.class)).containsExactly(false);
        assertThat(consistency(ScanRequest.class)).containsExactly(false);
        assertThatThrownBy(() -> releases.query().index("byService").partition("service_name", "web")
                .consistentRead().page()).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("only supports eventually consistent reads");

        // Without the default nothing is consistent unless asked.
        REQUESTS.clear();
        Table<Release> eventual = engine(NamingConvention.SNAKE_CASE, false).table(Release.class);
        eventual.get(Key.of("SERVICE#web", "R#1"));
        eventual.query().partition("PK", "SERVICE#web").page();
        assertThat(consistency(GetItemRequest.class)).containsExactly(false);
        assertThat(consistency(QueryRequest.class)).containsExactly(false);
    }

    private static List<Boolean> consistency(Class<? extends SdkRequest> type) {
        // Absent and false both ask for an eventually consistent read.
        return REQUESTS.stream().filter(type::isInstance).map(r -> r.getValueForField("ConsistentRead", Boolean.class)
                .orElse(false)).toList();
    }
}
