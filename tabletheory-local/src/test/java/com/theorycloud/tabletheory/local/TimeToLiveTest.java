package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@LocalDynamoDbTest
class TimeToLiveTest {

  @Test
  void describesWhatUpdateTimeToLiveSet(DynamoDbClient client, TestTables tables) {
    String table = tables.createWithStringKeys("ttl", "pk", null);
    assertThat(describe(client, table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);

    var response =
        client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName("expiresAt")));

    assertThat(response.timeToLiveSpecification().enabled()).isTrue();
    assertThat(response.timeToLiveSpecification().attributeName()).isEqualTo("expiresAt");
    assertThat(describe(client, table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(describe(client, table).attributeName()).isEqualTo("expiresAt");

    client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("expiresAt")));
    assertThat(describe(client, table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
  }

  @Test
  void rejectsEnablingTwiceDisablingTwiceAndAnotherAttribute(DynamoDbClient client, TestTables tables) {
    String table = tables.createWithStringKeys("ttl", "pk", null);
    client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName("ttl")));

    assertValidation(() -> client.updateTimeToLive(
        r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName("ttl"))),
        "TimeToLive is already enabled");
    assertValidation(() -> client.updateTimeToLive(
        r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("other"))),
        "TimeToLive is active on a different AttributeName: current value of AttributeName is ttl");

    client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("ttl")));
    assertValidation(() -> client.updateTimeToLive(
        r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(false).attributeName("ttl"))),
        "TimeToLive is already disabled");
  }

  @Test
  void forgetsTheSettingWhenTheTableIsRecreated(DynamoDbClient client, TestTables tables) throws Exception {
    String table = tables.createWithStringKeys("ttl", "pk", null);
    client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName("ttl")));
    client.deleteTable(r -> r.tableName(table));
    client.waiter().waitUntilTableNotExists(r -> r.tableName(table));
    // CreationDateTime has second resolution in the table description; make sure the new table gets a new one.
    Thread.sleep(1_100);
    client.createTable(r -> r.tableName(table)
        .billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build()));

    assertThat(describe(client, table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
  }

  @Test
  void answersResourceNotFoundForAMissingTable(DynamoDbClient client, TestTables tables) {
    String missing = tables.name("missing");
    assertThatThrownBy(() -> client.describeTimeToLive(r -> r.tableName(missing)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> client.updateTimeToLive(
            r -> r.tableName(missing).timeToLiveSpecification(s -> s.enabled(true).attributeName("ttl"))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  private static TimeToLiveDescription describe(DynamoDbClient client, String table) {
    return client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
  }

  private static void assertValidation(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }
}
