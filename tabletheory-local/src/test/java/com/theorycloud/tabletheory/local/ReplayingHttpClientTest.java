package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class ReplayingHttpClientTest {

  private static final Map<String, AttributeValue> KEY =
      Map.of("pk", AttributeValue.fromS("user#1"), "sk", AttributeValue.fromS("profile"));

  @Test
  void throttlingIsRetriedUntilARecordedSuccess() {
    ReplayingHttpClient http =
        ReplayingHttpClient.builder()
            .respond(DynamoDbFixture.THROTTLING, DynamoDbFixture.PROVISIONED_THROUGHPUT_EXCEEDED, DynamoDbFixture.GET_ITEM)
            .build();

    Map<String, AttributeValue> item = client(http, 3).getItem(r -> r.tableName("users").key(KEY)).item();

    assertThat(item).containsEntry("name", AttributeValue.fromS("Ada"));
    assertThat(http.operations()).containsExactly("GetItem", "GetItem", "GetItem");
    assertThat(http.remainingResponses()).isZero();
  }

  @Test
  void exhaustedRetriesSurfaceTheLastThrottlingTypeAndItsReasons() {
    ReplayingHttpClient pte = ReplayingHttpClient.builder().respond(3, DynamoDbFixture.PROVISIONED_THROUGHPUT_EXCEEDED).build();
    assertThatThrownBy(() -> client(pte, 3).getItem(r -> r.tableName("users").key(KEY)))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
    assertThat(pte.requests()).hasSize(3);

    ReplayingHttpClient limit = ReplayingHttpClient.builder().respond(3, DynamoDbFixture.REQUEST_LIMIT_EXCEEDED).build();
    assertThatThrownBy(() -> client(limit, 3).getItem(r -> r.tableName("users").key(KEY)))
        .isInstanceOf(RequestLimitExceededException.class);
    assertThat(limit.requests()).hasSize(3);

    ReplayingHttpClient throttling = ReplayingHttpClient.builder().respond(3, DynamoDbFixture.THROTTLING).build();
    assertThatThrownBy(() -> client(throttling, 3).getItem(r -> r.tableName("users").key(KEY)))
        .isInstanceOfSatisfying(
            ThrottlingException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.throttlingReasons()).singleElement()
                  .satisfies(reason -> {
                    assertThat(reason.reason()).isEqualTo("TableWriteKeyRangeThroughputExceeded");
                    assertThat(reason.resource()).endsWith(":table/orders");
                  });
            });
  }

  @Test
  void theDefaultDynamoDbRetryPolicyRetriesThrottling() {
    ReplayingHttpClient http =
        ReplayingHttpClient.builder().respond(DynamoDbFixture.PROVISIONED_THROUGHPUT_EXCEEDED, DynamoDbFixture.PUT_ITEM).build();
    DynamoDbClient client =
        DynamoDbClient.builder()
            .httpClient(http)
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://replay.invalid"))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
            .build();

    client.putItem(r -> r.tableName("users").item(KEY));

    assertThat(http.operations()).containsExactly("PutItem", "PutItem");
  }

  @Test
  void internalServerErrorsAreRetriedAndThenSurfaceAsInternalServerErrorException() {
    ReplayingHttpClient recovering =
        ReplayingHttpClient.builder().respond(DynamoDbFixture.INTERNAL_SERVER_ERROR, DynamoDbFixture.PUT_ITEM).build();
    client(recovering, 3).putItem(r -> r.tableName("users").item(KEY));
    assertThat(recovering.operations()).containsExactly("PutItem", "PutItem");

    ReplayingHttpClient failing = ReplayingHttpClient.builder().respond(3, DynamoDbFixture.INTERNAL_SERVER_ERROR).build();
    assertThatThrownBy(() -> client(failing, 3).putItem(r -> r.tableName("users").item(KEY)))
        .isInstanceOfSatisfying(InternalServerErrorException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
  }

  @Test
  void transactionConflictIsNotRetriedAndItsReasonsAreParsed() {
    ReplayingHttpClient http = ReplayingHttpClient.builder().respond(DynamoDbFixture.TRANSACTION_CONFLICT).build();

    assertThatThrownBy(
            () -> client(http, 3).transactWriteItems(
                r -> r.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName("users").item(KEY)).build(),
                    TransactWriteItem.builder().delete(d -> d.tableName("users").key(Map.of("pk", AttributeValue.fromS("x"), "sk", AttributeValue.fromS("y")))).build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e -> {
              assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                  .containsExactly("None", "TransactionConflict");
              assertThat(e.cancellationReasons().get(1).message()).isEqualTo("Transaction is ongoing for the item");
            });
    assertThat(http.operations()).containsExactly("TransactWriteItems");
  }

  @Test
  void recordsTheRequestsItReceived() {
    ReplayingHttpClient http = ReplayingHttpClient.builder().respond(DynamoDbFixture.PUT_ITEM).build();

    client(http, 1).putItem(r -> r.tableName("users").item(KEY).conditionExpression("attribute_not_exists(pk)"));

    RecordedRequest request = http.requests().get(0);
    assertThat(request.operation()).isEqualTo("PutItem");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).contains("\"TableName\":\"users\"").contains("attribute_not_exists(pk)");
    assertThat(request.headers()).containsKey("Authorization");
  }

  @Test
  void loadsOwnFixturesFromTheClasspath() {
    ReplayingHttpClient http =
        ReplayingHttpClient.builder().respondFromClasspath("/fixtures/conditional-check-failed-with-item.http").build();

    assertThatThrownBy(() -> client(http, 1).putItem(r -> r.tableName("users").item(KEY)))
        .isInstanceOfSatisfying(
            ConditionalCheckFailedException.class,
            e -> assertThat(e.item()).containsEntry("version", AttributeValue.fromN("4")));
  }

  @Test
  void failsClearlyWhenNoRecordedResponseIsLeft() {
    ReplayingHttpClient http = ReplayingHttpClient.builder().build();

    assertThatThrownBy(() -> client(http, 1).getItem(r -> r.tableName("users").key(KEY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no recorded response left for request #1 (GetItem)");
  }

  @Test
  void parsesTheTextFormAndRejectsAMissingStatusLine() {
    RecordedResponse response = RecordedResponse.parse("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\n\r\n{}\r\n");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("Content-Type", java.util.List.of("application/x-amz-json-1.0"));
    assertThat(response.body()).isEqualTo("{}");

    assertThatThrownBy(() -> RecordedResponse.parse("{\"__type\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status line");
  }

  private static DynamoDbClient client(ReplayingHttpClient http, int maxAttempts) {
    return DynamoDbClient.builder()
        .httpClient(http)
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://replay.invalid"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
        .overrideConfiguration(
            o -> o.retryStrategy(
                AwsRetryStrategy.standardRetryStrategy().toBuilder()
                    .maxAttempts(maxAttempts)
                    .backoffStrategy(BackoffStrategy.retryImmediately())
                    .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                    .build()))
        .build();
  }
}
