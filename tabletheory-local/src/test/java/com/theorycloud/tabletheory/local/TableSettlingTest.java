package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * With the default 0 ms settings a table is usable as soon as CreateTable/UpdateTable return and gone as soon as
 * DeleteTable returns, with no waiting in the client; dynalite alone settles tables in a timer that can lose the race
 * against the next request on a busy machine (a put right after CreateTable answered "Requested resource not found").
 * A data directory makes each store write slower, which is where the race showed, so these tests use one.
 */
class TableSettlingTest {

  private static final int ROUNDS = 25;

  @Test
  void aCreatedTableIsActiveAndWritableWhenCreateTableReturns(@TempDir Path data) {
    try (LocalDynamoDb local = LocalDynamoDb.start(LocalDynamoDbOptions.builder().dataDirectory(data).build())) {
      DynamoDbClient client = local.client();
      for (int i = 0; i < ROUNDS; i++) {
        String table = "settle-create-" + i;
        createTableWithIndex(client, table);
        client.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"), "g", s("x"))));

        assertThat(client.describeTable(r -> r.tableName(table)).table().tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(client.describeTable(r -> r.tableName(table)).table().globalSecondaryIndexes())
            .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE);
        assertThat(client.getItem(r -> r.tableName(table).key(Map.of("pk", s("a")))).item()).containsEntry("g", s("x"));
      }
    }
  }

  @Test
  void aDeletedTableIsGoneWhenDeleteTableReturnsSoItsNameCanBeReused(@TempDir Path data) {
    try (LocalDynamoDb local = LocalDynamoDb.start(LocalDynamoDbOptions.builder().dataDirectory(data).build())) {
      DynamoDbClient client = local.client();
      for (int i = 0; i < ROUNDS; i++) {
        createTableWithIndex(client, "settle-reused");
        client.putItem(r -> r.tableName("settle-reused").item(Map.of("pk", s("a"))));
        client.deleteTable(r -> r.tableName("settle-reused"));

        assertThat(client.listTables().tableNames()).doesNotContain("settle-reused");
      }
      assertThat(client.listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void aTableUpdatedByUpdateTableIsActiveWithTheNewSettingsWhenUpdateTableReturns(@TempDir Path data) {
    // dynalite's UpdateTable changes throughput and billing mode (it ignores index creation), so that is what we update.
    try (LocalDynamoDb local = LocalDynamoDb.start(LocalDynamoDbOptions.builder().dataDirectory(data).build())) {
      DynamoDbClient client = local.client();
      for (int i = 0; i < ROUNDS; i++) {
        String table = "settle-update-" + i;
        client.createTable(
            r ->
                r.tableName(table)
                    .attributeDefinitions(definition("pk"))
                    .keySchema(key("pk", KeyType.HASH))
                    .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)));
        client.updateTable(r -> r.tableName(table).provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(7L)));

        var described = client.describeTable(r -> r.tableName(table)).table();
        assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(described.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);
      }
    }
  }

  @Test
  void aNonZeroCreateTableDelayKeepsDynalitesCreatingState() {
    try (LocalDynamoDb local = LocalDynamoDb.start(LocalDynamoDbOptions.builder().createTableMs(60_000).build())) {
      DynamoDbClient client = local.client();
      createTable(client, "slow-to-create");

      assertThat(client.describeTable(r -> r.tableName("slow-to-create")).table().tableStatus())
          .isEqualTo(TableStatus.CREATING);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> client.putItem(r -> r.tableName("slow-to-create").item(Map.of("pk", s("a")))))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  private static void createTableWithIndex(DynamoDbClient client, String table) {
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(definition("pk"), definition("g"))
                .keySchema(key("pk", KeyType.HASH))
                .globalSecondaryIndexes(
                    g ->
                        g.indexName("byG")
                            .keySchema(key("g", KeyType.HASH))
                            .projection(p -> p.projectionType(ProjectionType.ALL))));
  }

  private static void createTable(DynamoDbClient client, String table) {
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(definition("pk"))
                .keySchema(key("pk", KeyType.HASH)));
  }

  private static AttributeDefinition definition(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
