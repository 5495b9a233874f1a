package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems on the embedded server, compared with DynamoDB's documented behaviour. */
@LocalDynamoDbTest
class TransactWriteItemsTest {

  private DynamoDbClient client;
  private String table;

  @BeforeEach
  void createTable(DynamoDbClient client, TestTables tables) {
    this.client = client;
    this.table = tables.createWithStringKeys("tx", "pk", "sk");
  }

  @Test
  void appliesEveryActionWhenAllConditionsPass() {
    put("a", "1", Map.of("n", n("1")));
    put("b", "1", Map.of("n", n("5")));
    put("c", "1", Map.of());

    client.transactWriteItems(
        r ->
            r.transactItems(
                TransactWriteItem.builder()
                    .put(p -> p.tableName(table).item(key("new", "1")).conditionExpression("attribute_not_exists(pk)"))
                    .build(),
                TransactWriteItem.builder()
                    .update(
                        u ->
                            u.tableName(table)
                                .key(key("a", "1"))
                                .updateExpression("SET n = n + :one")
                                .conditionExpression("n = :expected")
                                .expressionAttributeValues(Map.of(":one", n("1"), ":expected", n("1"))))
                    .build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(key("b", "1"))).build(),
                TransactWriteItem.builder()
                    .conditionCheck(c -> c.tableName(table).key(key("c", "1")).conditionExpression("attribute_exists(pk)"))
                    .build()));

    assertThat(get("new", "1")).isNotNull();
    assertThat(get("a", "1")).containsEntry("n", n("2"));
    assertThat(get("b", "1")).isNull();
  }

  @Test
  void writesNothingWhenOneConditionFails() {
    put("a", "1", Map.of("n", n("1")));

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder().put(p -> p.tableName(table).item(key("new", "1"))).build(),
                            TransactWriteItem.builder()
                                .update(u -> u.tableName(table).key(key("a", "1")).updateExpression("SET n = :two")
                                    .expressionAttributeValues(Map.of(":two", n("2"))))
                                .build(),
                            TransactWriteItem.builder()
                                .conditionCheck(c -> c.tableName(table).key(key("missing", "1"))
                                    .conditionExpression("attribute_exists(pk)"))
                                .build())))
        .isInstanceOf(TransactionCanceledException.class);

    assertThat(get("new", "1")).isNull();
    assertThat(get("a", "1")).containsEntry("n", n("1"));
  }

  @Test
  void reportsOneCancellationReasonPerActionInOrder() {
    put("a", "1", Map.of("n", n("1")));

    TransactionCanceledException thrown =
        catchCancellation(
            TransactWriteItem.builder().put(p -> p.tableName(table).item(key("new", "1"))).build(),
            TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(key("a", "1")).conditionExpression("attribute_not_exists(pk)"))
                .build());

    assertThat(thrown.statusCode()).isEqualTo(400);
    assertThat(thrown.awsErrorDetails().errorCode()).isEqualTo("TransactionCanceledException");
    assertThat(thrown.awsErrorDetails().errorMessage())
        .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
    assertThat(thrown.cancellationReasons())
        .extracting(CancellationReason::code)
        .containsExactly("None", "ConditionalCheckFailed");
    assertThat(thrown.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
    assertThat(thrown.cancellationReasons().get(1).hasItem()).isFalse();
  }

  @Test
  void returnsTheExistingItemWhenAskedForAllOld() {
    put("a", "1", Map.of("n", n("7")));

    TransactionCanceledException thrown =
        catchCancellation(
            TransactWriteItem.builder()
                .conditionCheck(
                    c -> c.tableName(table).key(key("a", "1")).conditionExpression("n = :zero")
                        .expressionAttributeValues(Map.of(":zero", n("0")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build(),
            TransactWriteItem.builder()
                .delete(d -> d.tableName(table).key(key("absent", "1")).conditionExpression("attribute_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build());

    assertThat(thrown.cancellationReasons()).extracting(CancellationReason::code)
        .containsExactly("ConditionalCheckFailed", "ConditionalCheckFailed");
    assertThat(thrown.cancellationReasons().get(0).item()).containsEntry("n", n("7")).containsEntry("pk", s("a"));
    // No item exists for the second action, so there is nothing to return.
    assertThat(thrown.cancellationReasons().get(1).hasItem()).isFalse();
  }

  @Test
  void reportsRuntimeUpdateErrorsAsValidationErrorReasons() {
    put("a", "1", Map.of("n", s("text")));

    TransactionCanceledException thrown =
        catchCancellation(
            TransactWriteItem.builder()
                .update(u -> u.tableName(table).key(key("a", "1")).updateExpression("SET n = n + :one")
                    .expressionAttributeValues(Map.of(":one", n("1"))))
                .build());

    assertThat(thrown.cancellationReasons()).extracting(CancellationReason::code).containsExactly("ValidationError");
    assertThat(thrown.cancellationReasons().get(0).message()).contains("incorrect data type");
  }

  @Test
  void rejectsTwoOperationsOnOneItem() {
    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder().put(p -> p.tableName(table).item(key("a", "1"))).build(),
                            TransactWriteItem.builder().delete(d -> d.tableName(table).key(key("a", "1"))).build())))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Transaction request cannot include multiple operations on one item");
            });
    assertThat(get("a", "1")).isNull();
  }

  @Test
  void acceptsOneHundredActionsAndRejectsOneHundredAndOne() {
    List<TransactWriteItem> hundred = puts(100);
    client.transactWriteItems(r -> r.transactItems(hundred));
    assertThat(get("item-99", "x")).isNotNull();

    List<TransactWriteItem> tooMany = puts(101);
    assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(tooMany)))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .contains("'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
            });
  }

  @Test
  void rejectsAnActionWithTwoOperations() {
    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder()
                                .put(p -> p.tableName(table).item(key("a", "1")))
                                .delete(d -> d.tableName(table).key(key("a", "1")))
                                .build())))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("TransactItems can only contain one of Check, Put, Update or Delete"));
  }

  @Test
  void rejectsAKeyThatDoesNotMatchTheSchema() {
    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r -> r.transactItems(
                        TransactWriteItem.builder().delete(d -> d.tableName(table).key(Map.of("pk", s("a")))).build())))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The provided key element does not match the schema");
            });
  }

  @Test
  void rejectsAMissingTable(TestTables tables) {
    String missing = tables.name("missing");
    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r -> r.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(missing).item(key("a", "1"))).build())))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void treatsARepeatedClientRequestTokenAsTheSameRequest() {
    put("a", "1", Map.of("n", n("1")));
    TransactWriteItem increment =
        TransactWriteItem.builder()
            .update(u -> u.tableName(table).key(key("a", "1")).updateExpression("SET n = n + :one")
                .expressionAttributeValues(Map.of(":one", n("1"))))
            .build();
    String token = "token-" + table;

    client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(increment));
    client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(increment));

    assertThat(get("a", "1")).containsEntry("n", n("2"));
    assertThatThrownBy(
            () -> client.transactWriteItems(
                r -> r.clientRequestToken(token)
                    .transactItems(TransactWriteItem.builder().put(p -> p.tableName(table).item(key("b", "1"))).build())))
        .isInstanceOf(IdempotentParameterMismatchException.class);
  }

  private TransactionCanceledException catchCancellation(TransactWriteItem... items) {
    try {
      client.transactWriteItems(r -> r.transactItems(items));
    } catch (TransactionCanceledException e) {
      return e;
    }
    throw new AssertionError("expected TransactionCanceledException");
  }

  private List<TransactWriteItem> puts(int count) {
    List<TransactWriteItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, AttributeValue> item = key("item-" + i, "x");
      items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build());
    }
    return items;
  }

  private void put(String pk, String sk, Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> item = new java.util.HashMap<>(key(pk, sk));
    item.putAll(attributes);
    client.putItem(r -> r.tableName(table).item(item));
  }

  private Map<String, AttributeValue> get(String pk, String sk) {
    var response = client.getItem(r -> r.tableName(table).key(key(pk, sk)).consistentRead(true));
    return response.hasItem() ? response.item() : null;
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", s(pk), "sk", s(sk));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }
}
