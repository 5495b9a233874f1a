package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class LocalDynamoDbLifecycleTest {

  @Test
  void sharedServerAnswersPutAndGet() {
    LocalDynamoDb local = LocalDynamoDb.shared();
    DynamoDbClient client = local.client();
    String table = local.uniqueTableName("shared-smoke");
    createTable(client, table);
    client.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"), "value", s("hello"))));

    Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).key(Map.of("pk", s("a")))).item();

    assertThat(item).containsEntry("value", s("hello"));
    client.deleteTable(r -> r.tableName(table));
  }

  @Test
  void sharedInstanceIsReusedAndSurvivesClose() {
    LocalDynamoDb first = LocalDynamoDb.shared();
    first.close();

    assertThat(LocalDynamoDb.shared()).isSameAs(first);
    assertThat(first.client().listTables().tableNames()).isNotNull();
  }

  @Test
  void ownInstanceStartsOnAFreePortAndCloseKillsTheProcessTree() {
    LocalDynamoDb local;
    long started = System.nanoTime();
    try (LocalDynamoDb server = LocalDynamoDb.start(LocalDynamoDbOptions.defaults())) {
      local = server;
      // Startup time is reported, not asserted (no timed assertions); docs/testing-local-dynamodb.md quotes it.
      System.out.printf(
          "LocalDynamoDb.start took %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      assertThat(server.isEmbedded()).isTrue();
      assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(server.endpoint().getPort()).isPositive().isNotEqualTo(LocalDynamoDb.shared().endpoint().getPort());
      assertThat(server.client().listTables().tableNames()).isEmpty();
      assertThat(ProcessHandle.of(server.pid())).map(ProcessHandle::isAlive).contains(true);
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(local.pid());
    assertThat(handle.map(ProcessHandle::isAlive).orElse(false)).isFalse();
    local.close(); // idempotent
  }

  @Test
  void dataDirectoryKeepsTablesAndItemsAcrossRestarts(@TempDir Path data) {
    LocalDynamoDbOptions options = LocalDynamoDbOptions.builder().dataDirectory(data).build();
    try (LocalDynamoDb first = LocalDynamoDb.start(options)) {
      createTable(first.client(), "persisted");
      first.client().putItem(r -> r.tableName("persisted").item(Map.of("pk", s("kept"), "v", s("1"))));
      first.client().updateTimeToLive(
          r -> r.tableName("persisted").timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
    }
    try (LocalDynamoDb second = LocalDynamoDb.start(options)) {
      DynamoDbClient client = second.client();
      assertThat(client.listTables().tableNames()).containsExactly("persisted");
      assertThat(client.getItem(r -> r.tableName("persisted").key(Map.of("pk", s("kept")))).item())
          .containsEntry("v", s("1"));
      assertThat(client.describeTimeToLive(r -> r.tableName("persisted")).timeToLiveDescription().attributeName())
          .isEqualTo("ttl");
    }
  }

  @Test
  void aDataDirectoryInUseByAnotherServerFailsTheStart(@TempDir Path data) {
    LocalDynamoDbOptions options = LocalDynamoDbOptions.builder().dataDirectory(data).build();
    try (LocalDynamoDb running = LocalDynamoDb.start(options)) {
      assertThatThrownBy(() -> LocalDynamoDb.start(options))
          .isInstanceOf(LocalDynamoDbException.class)
          .hasMessageContaining("cannot open the data directory " + data.toAbsolutePath())
          .hasMessageContaining("Is another server using it?");
      assertThat(running.client().listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void anExternalEndpointIsUsedAsItIsAndNothingIsStarted() {
    try (LocalDynamoDb server = LocalDynamoDb.start(LocalDynamoDbOptions.defaults());
        LocalDynamoDb external = LocalDynamoDb.external(server.endpoint().toString(), false)) {
      createTable(server.client(), "seen-from-outside");

      assertThat(external.isEmbedded()).isFalse();
      assertThat(external.pid()).isEqualTo(-1);
      assertThat(external.endpoint()).isEqualTo(server.endpoint());
      assertThat(external.client().listTables().tableNames()).containsExactly("seen-from-outside");
    }
  }

  @Test
  void inMemoryServersDoNotShareData() {
    try (LocalDynamoDb first = LocalDynamoDb.start(LocalDynamoDbOptions.defaults());
        LocalDynamoDb second = LocalDynamoDb.start(LocalDynamoDbOptions.defaults())) {
      createTable(first.client(), "only-in-first");
      assertThat(second.client().listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void missingNodeBinaryFailsWithInstallInstructions(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-node");
    LocalDynamoDbOptions options = LocalDynamoDbOptions.builder().nodeExecutable(missing).build();

    assertThatThrownBy(() -> LocalDynamoDb.start(options))
        .isInstanceOf(LocalDynamoDbException.class)
        .hasMessageContaining("needs Node.js 20+ with npm")
        .hasMessageContaining(missing + " does not exist")
        .hasMessageContaining("apt-get install nodejs npm")
        .hasMessageContaining("https://nodejs.org")
        .hasMessageContaining("tabletheory.local.node")
        .hasMessageContaining("TABLETHEORY_LOCAL_NODE");
  }

  @Test
  void aPortInUseFailsWithTheProcessOutputAndAHint() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      LocalDynamoDbOptions options = LocalDynamoDbOptions.builder().port(taken.getLocalPort()).build();

      assertThatThrownBy(() -> LocalDynamoDb.start(options))
          .isInstanceOf(LocalDynamoDbException.class)
          .hasMessageContaining("exited with code")
          .hasMessageContaining("if port " + taken.getLocalPort() + " is in use")
          .hasMessageContaining("EADDRINUSE");
    }
  }

  @Test
  void uniqueTableNamesNeverRepeatAndStayValid() {
    LocalDynamoDb local = LocalDynamoDb.shared();
    List<String> names = List.of(local.uniqueTableName("orders"), local.uniqueTableName("orders"), local.uniqueTableName("a b/c"));

    assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-zA-Z0-9_.-]{3,255}"));
    assertThat(names.get(0)).startsWith("orders-");
    assertThat(local.uniqueTableName("x".repeat(300))).hasSize(255);
  }

  private static void createTable(DynamoDbClient client, String table) {
    client.createTable(
        request ->
            request
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
