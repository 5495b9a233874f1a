package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.local.LocalDynamoDbOptions;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class TableTheoryLocalAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class, TableTheoryClientAutoConfiguration.class));

    @Test
    void startsTheLocalServerAndPointsTheClientAtIt(CapturedOutput output) {
        String[] endpoint = new String[1];
        long[] pid = new long[1];
        this.contextRunner.withPropertyValues("tabletheory.local.enabled=true").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(LocalDynamoDb.class);
            LocalDynamoDb server = context.getBean(LocalDynamoDb.class);
            assertThat(server.isEmbedded()).isTrue();
            assertThat(ProcessHandle.of(server.pid())).hasValueSatisfying((process) -> assertThat(process.isAlive())
                .isTrue());
            endpoint[0] = server.endpoint().toString();
            pid[0] = server.pid();

            assertThat(context.getBean(TableTheoryConnectionDetails.class))
                .isInstanceOf(LocalDynamoDbConnectionDetails.class);
            DynamoDbClient client = context.getBean(DynamoDbClient.class);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(server.endpoint());
            String table = server.uniqueTableName("boot-local");
            createTable(client, table);
            assertThat(client.listTables().tableNames()).contains(table);
        });
        assertThat(output).contains("local DynamoDB (dynalite) for development and tests at " + endpoint[0])
            .contains("not for production");
        assertThat(ProcessHandle.of(pid[0]).filter(ProcessHandle::isAlive)).isEmpty();
        try (DynamoDbClient afterClose = DynamoDbClient.builder()
            .endpointOverride(URI.create(endpoint[0]))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .overrideConfiguration((override) -> override.retryStrategy((retry) -> retry.maxAttempts(1)))
            .build()) {
            assertThatExceptionOfType(SdkClientException.class).isThrownBy(afterClose::listTables);
        }
    }

    @Test
    void signsForTheConfiguredRegionAndHonoursThePort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        this.contextRunner
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.local.port=" + port,
                    "tabletheory.client.region=eu-central-1")
            .run((context) -> {
                DynamoDbClient client = context.getBean(DynamoDbClient.class);
                assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
                assertThat(client.serviceClientConfiguration().endpointOverride())
                    .contains(URI.create("http://127.0.0.1:" + port));
                assertThat(client.listTables().tableNames()).isNotNull();
            });
    }

    @Test
    void keepsTablesInTheDataDirectoryAcrossRestarts(@TempDir Path dataDirectory) {
        String node = nodeOnPath();
        ApplicationContextRunner persistent = this.contextRunner.withPropertyValues("tabletheory.local.enabled=true",
                "tabletheory.local.data-directory=" + dataDirectory, "tabletheory.local.node-executable=" + node);
        String[] table = new String[1];
        persistent.run((context) -> {
            table[0] = context.getBean(LocalDynamoDb.class).uniqueTableName("boot-persistent");
            createTable(context.getBean(DynamoDbClient.class), table[0]);
        });
        persistent.run((context) -> assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
            .contains(table[0]));
    }

    @Test
    void staysOffByDefault() {
        Set<Long> childrenBefore = children();
        this.contextRunner.withPropertyValues("tabletheory.client.region=us-east-1").run((context) -> {
            assertThat(context).hasNotFailed()
                .doesNotHaveBean(LocalDynamoDb.class)
                .doesNotHaveBean(LocalDynamoDbConnectionDetails.class)
                .hasSingleBean(DynamoDbClient.class);
            assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride()).isEmpty();
            assertThat(children()).isEqualTo(childrenBefore);
        });
    }

    @Test
    void staysOffWhenDisabledExplicitly() {
        this.contextRunner.withPropertyValues("tabletheory.local.enabled=false", "tabletheory.client.region=us-east-1")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(LocalDynamoDb.class));
    }

    @Test
    void refusesLocalServerTogetherWithAnEndpoint() {
        Set<Long> childrenBefore = children();
        this.contextRunner
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.client.endpoint=http://localhost:8000")
            .run((context) -> {
                assertThat(context).getFailure()
                    .rootCause()
                    .isInstanceOf(LocalDynamoDbEndpointConflictException.class)
                    .hasMessageContaining("tabletheory.local.enabled=true starts a local DynamoDB server")
                    .hasMessageContaining("tabletheory.client.endpoint=http://localhost:8000")
                    .hasMessageContaining("set only one of them");
                assertThat(children()).isEqualTo(childrenBefore);
            });
    }

    @Test
    void failsWhenEnabledWithoutTheLocalModule() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(LocalDynamoDb.class))
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.client.region=us-east-1")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("tabletheory-local is not on the class path")
                .hasMessageContaining("com.theorycloud.tabletheory:tabletheory-local"));
    }

    @Test
    void startsNoServerWhenTheContextAlreadyHasConnectionDetails() {
        Set<Long> childrenBefore = children();
        TableTheoryConnectionDetails elsewhere = new TableTheoryConnectionDetails() {
            @Override
            public URI getEndpoint() {
                return URI.create("http://127.0.0.1:9");
            }

            @Override
            public Region getRegion() {
                return Region.EU_WEST_1;
            }

            @Override
            public AwsCredentialsProvider getCredentialsProvider() {
                return StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));
            }
        };
        // As a Testcontainers @ServiceConnection registers them: the container wins and no Node.js process starts.
        this.contextRunner.withPropertyValues("tabletheory.local.enabled=true")
            .withBean(TableTheoryConnectionDetails.class, () -> elsewhere)
            .run((context) -> {
                assertThat(context).hasNotFailed()
                    .doesNotHaveBean(LocalDynamoDb.class)
                    .doesNotHaveBean(LocalDynamoDbConnectionDetails.class);
                assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
                    .contains(URI.create("http://127.0.0.1:9"));
                assertThat(children()).isEqualTo(childrenBefore);
            });
    }

    @Test
    void usesAnApplicationProvidedServer() {
        try (LocalDynamoDb own = LocalDynamoDb.start(LocalDynamoDbOptions.defaults())) {
            this.contextRunner.withPropertyValues("tabletheory.local.enabled=true")
                .withBean(LocalDynamoDb.class, () -> own, (definition) -> definition.setDestroyMethodName(""))
                .run((context) -> {
                    assertThat(context).hasSingleBean(LocalDynamoDb.class);
                    assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
                        .contains(own.endpoint());
                });
        }
    }

    @Test
    void explainsAMissingNodeJs() {
        this.contextRunner
            .withPropertyValues("tabletheory.local.enabled=true",
                    "tabletheory.local.node-executable=/nonexistent/bin/node")
            .run((context) -> {
                assertThat(context).hasFailed();
                var analysis = new LocalDynamoDbFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("Node.js is not usable")
                    .contains("/nonexistent/bin/node");
                assertThat(analysis.getAction()).contains("Install Node.js 20 or newer")
                    .contains("tabletheory.local.node-executable");
            });
    }

    @Test
    void explainsTheEndpointConflict() {
        this.contextRunner
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.client.endpoint=http://localhost:8000")
            .run((context) -> {
                var analysis = new LocalDynamoDbEndpointConflictFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("Conflicting DynamoDB settings")
                    .contains("tabletheory.client.endpoint=http://localhost:8000");
                assertThat(analysis.getAction()).contains("remove tabletheory.client.endpoint")
                    .contains("remove tabletheory.local.enabled");
            });
    }

    private static void createTable(DynamoDbClient client, String table) {
        client.createTable((request) -> request.tableName(table)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(
                    AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build()));
    }

    /** The node binary as an absolute path, to prove tabletheory.local.node-executable is honoured. */
    private static String nodeOnPath() {
        return Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
            .map((directory) -> Path.of(directory, "node"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("these tests need Node.js on the PATH"))
            .toString();
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
