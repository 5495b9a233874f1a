package com.theorycloud.tabletheory.docs.snippets.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.local.DynamoDbFixture;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.local.LocalDynamoDbOptions;
import com.theorycloud.tabletheory.local.LocalDynamoDbTest;
import com.theorycloud.tabletheory.local.ReplayingHttpClient;
import com.theorycloud.tabletheory.local.TestTables;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The snippets of docs/testing-local-dynamodb.md, run against the local DynamoDB (or the replaying client). */
@LocalDynamoDbTest
class LocalDynamoDbPageSnippetsTest {

    private static final Map<String, AttributeValue> ITEM = Map.of(
            "pk", AttributeValue.fromS("ORDER#1"), "sk", AttributeValue.fromS("META"));

    @Test
    void theSharedServerAndAnOwnClientOnIt() {
        // region shared
        LocalDynamoDb local = LocalDynamoDb.shared();       // started on first use, stopped when the JVM exits
        DynamoDbClient client = local.client();             // ready client; do not close it
        String table = local.uniqueTableName("orders");     // e.g. orders-3fa9c1-17
        // endregion
        assertThat(table).startsWith("orders-").isNotEqualTo(local.uniqueTableName("orders"));
        createTable(client, table);
        try {
            // region own-client
            DynamoDbClient mine = DynamoDbClient.builder()
                .endpointOverride(local.endpoint())            // http://127.0.0.1:<port>
                .region(local.region())
                .credentialsProvider(local.credentialsProvider())
                .build();
            // endregion
            try (mine) {
                assertThat(local.endpoint().toString()).startsWith("http://127.0.0.1:");
                assertThat(mine.listTables(r -> r.exclusiveStartTableName(table.substring(0, table.length() - 1)))
                        .tableNames()).contains(table);
            }
        } finally {
            client.deleteTable(r -> r.tableName(table));
        }
    }

    @Test
    void anOwnServerKeepsItsTablesInTheDataDirectory() throws IOException {
        Path data = Path.of("target/dynamodb-data");
        deleteRecursively(data);
        int port = freePort();
        try (LocalDynamoDb first = LocalDynamoDb.start(LocalDynamoDbOptions.builder().dataDirectory(data).build())) {
            createTable(first.client(), "kept");
        }
        List<String> tables = List.of();
        // region own-server
        try (LocalDynamoDb dev = LocalDynamoDb.start(LocalDynamoDbOptions.builder()
                .port(port)                                    // e.g. 8000; 0 (default) = any free port
                .dataDirectory(Path.of("target/dynamodb-data")) // keep tables and items across restarts
                .build())) {
            tables = dev.client().listTables().tableNames(); // dev.endpoint() -> http://127.0.0.1:<port>
        }                                                      // close() stops the process and all its children
        // endregion
        assertThat(tables).containsExactly("kept");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void createTable(DynamoDbClient client, String name) {
        client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build()));
    }

    // region correct-tables
    @Test
    void countsOrders(TestTables tables, DynamoDbClient client) {
      String table = tables.createWithStringKeys("orders", "pk", "sk");
      client.putItem(r -> r.tableName(table).item(ITEM));
      assertThat(client.scan(r -> r.tableName(table)).count()).isEqualTo(1);
    }
    // endregion

    @Test
    void aFixedTableNameFailsTheSecondCreate() {
        try (LocalDynamoDb own = LocalDynamoDb.start(LocalDynamoDbOptions.defaults())) {
            DynamoDbClient client = own.client();
            createOrders(client);
            assertThatThrownBy(() -> createOrders(client)).isInstanceOf(ResourceInUseException.class);
        }
    }

    private static void createOrders(DynamoDbClient client) {
        // region incorrect-fixed-name
        client.createTable(r -> r.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder()
                .attributeName("pk").attributeType(ScalarAttributeType.S).build()));
        // endregion
    }

    @Test
    void theSharedClientIsUsedAsItIs() {
        // region correct-shared-client
        DynamoDbClient client = LocalDynamoDb.shared().client();
        // endregion
        assertThat(client.listTables(r -> r.limit(1)).sdkHttpResponse().isSuccessful()).isTrue();
    }

    @Test
    void closingTheClientClosesTheOneEveryLaterCallerGets() {
        assertThat(LocalDynamoDb.shared().client()).isSameAs(LocalDynamoDb.shared().client());
        // Shown on an own server: closing the shared server's client here would hand the other tests of this JVM a
        // closed client.
        try (LocalDynamoDb own = LocalDynamoDb.start(LocalDynamoDbOptions.defaults())) {
            DynamoDbClient closed;
            try (DynamoDbClient client = own.client()) {
                closed = client;
                client.listTables();
            }
            assertThat(own.client()).isSameAs(closed);
        }
    }

    /** Never called: what {@link #closingTheClientClosesTheOneEveryLaterCallerGets()} shows, on the shared server. */
    static void closesTheSharedClient() {
        // region incorrect-close
        try (DynamoDbClient client = LocalDynamoDb.shared().client()) { client.listTables(); }
        // endregion
    }

    @Test
    void throttlingIsRetriedByTheSdkOnTheReplayingClient() {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("user#1"), "sk",
                AttributeValue.fromS("profile"));
        // region replaying
        ReplayingHttpClient http = ReplayingHttpClient.builder()
            .respond(DynamoDbFixture.THROTTLING, DynamoDbFixture.PROVISIONED_THROUGHPUT_EXCEEDED, DynamoDbFixture.GET_ITEM)
            .build();
        DynamoDbClient client = DynamoDbClient.builder()
            .httpClient(http)
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://replay.invalid"))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(3)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build()))
            .build();

        client.getItem(r -> r.tableName("users").key(key));           // two retries, then the recorded item
        assertThat(http.operations()).containsExactly("GetItem", "GetItem", "GetItem");
        // endregion
    }

    @Test
    void anOwnRecordingFromTheClassPath() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath("/fixtures/conditional-check-failed.http").build();
        try (DynamoDbClient client = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://replay.invalid"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .build()) {
            assertThatThrownBy(() -> client.putItem(r -> r.tableName("users").item(ITEM)))
                    .isInstanceOf(ConditionalCheckFailedException.class)
                    .hasMessageContaining("The conditional request failed");
            assertThatThrownBy(() -> client.getItem(r -> r.tableName("users").key(ITEM)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ReplayingHttpClient has no recorded response left for request #2");
        }
    }
}
