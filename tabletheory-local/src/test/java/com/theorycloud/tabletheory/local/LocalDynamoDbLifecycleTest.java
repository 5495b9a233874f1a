package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class LocalDynamoDbLifecycleTest {

  @Test
  void sharedServerAnswersPutAndGet() {
    LocalDynamoDb local = LocalDynamoDb.shared();
    DynamoDbClient client = local.client();
    String table = local.uniqueTableName("shared-smoke");
    client.createTable(
        request ->
            request
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    client.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"), "value", s("hello"))));

    Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).key(Map.of("pk", s("a")))).item();

    assertThat(item).containsEntry("value", s("hello"));
    assertThat(local.isEmbedded()).isTrue();
    assertThat(LocalDynamoDb.shared()).isSameAs(local);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
