package com.theorycloud.tabletheory.local;

import static com.theorycloud.tabletheory.local.TransactWriteItemsTest.key;
import static com.theorycloud.tabletheory.local.TransactWriteItemsTest.n;
import static com.theorycloud.tabletheory.local.TransactWriteItemsTest.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

@LocalDynamoDbTest
class TransactionIsolationTest {

  @Test
  void concurrentTransactionsOverTheSameItemsInOppositeOrderAllApplyWithoutDeadlock(
      DynamoDbClient client, TestTables tables) throws Exception {
    String table = tables.createWithStringKeys("iso", "pk", "sk");
    client.putItem(r -> r.tableName(table).item(withN(key("a", "1"), "0")));
    client.putItem(r -> r.tableName(table).item(withN(key("b", "1"), "0")));
    TransactWriteItem incrementA = increment(table, "a");
    TransactWriteItem incrementB = increment(table, "b");

    int transactions = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < transactions; i++) {
        boolean forward = i % 2 == 0;
        futures.add(pool.submit(() -> client.transactWriteItems(
            r -> r.transactItems(forward ? List.of(incrementA, incrementB) : List.of(incrementB, incrementA)))));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(client.getItem(r -> r.tableName(table).key(key("a", "1"))).item()).containsEntry("n", n("40"));
    assertThat(client.getItem(r -> r.tableName(table).key(key("b", "1"))).item()).containsEntry("n", n("40"));
  }

  @Test
  void maintainsSecondaryIndexesForTransactionalWritesOnlyWhenCommitted(DynamoDbClient client, TestTables tables) {
    String table =
        tables.create(
            "gsi",
            request -> request
                .attributeDefinitions(
                    AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                    AttributeDefinition.builder().attributeName("email").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("by-email")
                        .keySchema(KeySchemaElement.builder().attributeName("email").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build()));
    Map<String, AttributeValue> ada = Map.of("pk", s("u1"), "email", s("ada@example.com"));
    Map<String, AttributeValue> bob = Map.of("pk", s("u2"), "email", s("bob@example.com"));

    client.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().put(p -> p.tableName(table).item(ada)).build()));
    try {
      client.transactWriteItems(r -> r.transactItems(
          TransactWriteItem.builder().put(p -> p.tableName(table).item(bob)).build(),
          TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Map.of("pk", s("none")))
              .conditionExpression("attribute_exists(pk)")).build()));
    } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException expected) {
      // bob must not reach the index
    }

    assertThat(queryByEmail(client, table, "ada@example.com")).hasSize(1);
    assertThat(queryByEmail(client, table, "bob@example.com")).isEmpty();
  }

  private static List<Map<String, AttributeValue>> queryByEmail(DynamoDbClient client, String table, String email) {
    return client.query(r -> r.tableName(table).indexName("by-email").keyConditionExpression("email = :e")
        .expressionAttributeValues(Map.of(":e", s(email)))).items();
  }

  private static TransactWriteItem increment(String table, String pk) {
    return TransactWriteItem.builder()
        .update(u -> u.tableName(table).key(key(pk, "1")).updateExpression("SET n = n + :one")
            .conditionExpression("attribute_exists(pk)")
            .expressionAttributeValues(Map.of(":one", n("1"))))
        .build();
  }

  private static Map<String, AttributeValue> withN(Map<String, AttributeValue> key, String value) {
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put("n", n(value));
    return item;
  }
}
