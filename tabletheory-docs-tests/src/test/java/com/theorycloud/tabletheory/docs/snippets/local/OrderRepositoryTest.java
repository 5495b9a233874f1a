package com.theorycloud.tabletheory.docs.snippets.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

// The first example of docs/testing-local-dynamodb.md, as it is run.
// region junit-test
import com.theorycloud.tabletheory.local.LocalDynamoDbTest;
import com.theorycloud.tabletheory.local.TestTables;

@LocalDynamoDbTest
class OrderRepositoryTest {

  @Test
  void savesAndLoadsAnOrder(DynamoDbClient client, TestTables tables) {
    String table = tables.createWithStringKeys("orders", "pk", "sk"); // unique name, ACTIVE, deleted after the test

    client.putItem(r -> r.tableName(table).item(Map.of(
        "pk", AttributeValue.fromS("ORDER#1"), "sk", AttributeValue.fromS("META"))));

    assertThat(client.getItem(r -> r.tableName(table).key(Map.of(
        "pk", AttributeValue.fromS("ORDER#1"), "sk", AttributeValue.fromS("META")))).hasItem()).isTrue();
  }
}
// endregion
