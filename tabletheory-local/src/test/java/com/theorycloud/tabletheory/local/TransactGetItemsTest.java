package com.theorycloud.tabletheory.local;

import static com.theorycloud.tabletheory.local.TransactWriteItemsTest.key;
import static com.theorycloud.tabletheory.local.TransactWriteItemsTest.n;
import static com.theorycloud.tabletheory.local.TransactWriteItemsTest.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

@LocalDynamoDbTest
class TransactGetItemsTest {

  @Test
  void returnsOneResponsePerGetInOrderWithEmptyResponsesForMissingItems(DynamoDbClient client, TestTables tables) {
    String table = tables.createWithStringKeys("txget", "pk", "sk");
    Map<String, AttributeValue> item = new HashMap<>(key("a", "1"));
    item.put("name", s("Ada"));
    item.put("age", n("36"));
    client.putItem(r -> r.tableName(table).item(item));

    List<ItemResponse> responses =
        client.transactGetItems(
                r -> r.transactItems(
                    TransactGetItem.builder().get(g -> g.tableName(table).key(key("missing", "1"))).build(),
                    TransactGetItem.builder()
                        .get(g -> g.tableName(table).key(key("a", "1")).projectionExpression("#n")
                            .expressionAttributeNames(Map.of("#n", "name")))
                        .build()))
            .responses();

    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).hasItem()).isFalse();
    assertThat(responses.get(1).item()).containsExactlyEntriesOf(Map.of("name", s("Ada")));
  }

  @Test
  void rejectsTwoGetsOfOneItemAndMoreThanOneHundredGets(DynamoDbClient client, TestTables tables) {
    String table = tables.createWithStringKeys("txget", "pk", "sk");
    TransactGetItem get = TransactGetItem.builder().get(g -> g.tableName(table).key(key("a", "1"))).build();

    assertThatThrownBy(() -> client.transactGetItems(r -> r.transactItems(get, get)))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Transaction request cannot include multiple operations on one item"));

    List<TransactGetItem> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      Map<String, AttributeValue> itemKey = key("k" + i, "1");
      tooMany.add(TransactGetItem.builder().get(g -> g.tableName(table).key(itemKey)).build());
    }
    assertThatThrownBy(() -> client.transactGetItems(r -> r.transactItems(tooMany)))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
  }
}
