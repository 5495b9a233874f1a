package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The fault injector on a client of the embedded server: what it injects, and that injected failures were not applied. */
@LocalDynamoDbTest
class FaultInjectorTest {

  private LocalDynamoDb local;
  private DynamoDbClient clean;
  private String table;

  @BeforeEach
  void createTable(LocalDynamoDb local, TestTables tables) {
    this.local = local;
    this.clean = local.client();
    this.table = tables.createWithStringKeys("faults", "pk", null);
  }

  private DynamoDbClient faulty(FaultInjector faults, int maxAttempts) {
    return DynamoDbClient.builder()
        .endpointOverride(local.endpoint())
        .region(local.region())
        .credentialsProvider(local.credentialsProvider())
        .overrideConfiguration(
            o ->
                o.addExecutionInterceptor(faults)
                    .retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(maxAttempts)
                            .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(1)))
                            .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(1)))
                            .circuitBreakerEnabled(false)
                            .build()))
        .build();
  }

  private static Map<String, AttributeValue> item(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk));
  }

  @Test
  void throttlesEveryAttemptBeforeItIsSent() {
    FaultInjector faults = FaultInjector.builder().rate(1).faults(FaultInjector.Fault.THROTTLING).build();
    try (DynamoDbClient client = faulty(faults, 3)) {
      Throwable thrown = catchThrowable(() -> client.putItem(b -> b.tableName(table).item(item("throttled"))));

      assertThat(thrown).isInstanceOf(AwsServiceException.class);
      assertThat(((AwsServiceException) thrown).isThrottlingException()).isTrue();
      assertThat(((SdkException) thrown).numAttempts()).isEqualTo(3);
      assertThat(faults.injected(FaultInjector.Fault.THROTTLING)).isEqualTo(3);
      assertThat(faults.attempts()).isEqualTo(3);
      assertThat(clean.getItem(b -> b.tableName(table).key(item("throttled"))).hasItem()).isFalse();
    }
  }

  @Test
  void failsWithServerErrorsAndResetConnectionsThatTheSdkRetries() {
    FaultInjector errors = FaultInjector.builder().rate(1).faults(FaultInjector.Fault.SERVER_ERROR).build();
    FaultInjector resets = FaultInjector.builder().rate(1).faults(FaultInjector.Fault.CONNECTION_RESET).build();
    try (DynamoDbClient erroring = faulty(errors, 2);
        DynamoDbClient resetting = faulty(resets, 2)) {
      Throwable serverError = catchThrowable(() -> erroring.putItem(b -> b.tableName(table).item(item("e"))));
      Throwable reset = catchThrowable(() -> resetting.putItem(b -> b.tableName(table).item(item("r"))));

      assertThat(serverError).isInstanceOf(AwsServiceException.class);
      assertThat(((AwsServiceException) serverError).statusCode()).isEqualTo(500);
      assertThat(reset).isInstanceOf(SdkClientException.class).hasRootCauseMessage("Connection reset");
      assertThat(errors.injected(FaultInjector.Fault.SERVER_ERROR)).isEqualTo(2);
      assertThat(resets.injected(FaultInjector.Fault.CONNECTION_RESET)).isEqualTo(2);
      assertThat(clean.scan(b -> b.tableName(table)).count()).isZero();
    }
  }

  @Test
  void reportsHeldBackBatchWritesAsUnprocessedAndDoesNotWriteThem() {
    FaultInjector faults =
        FaultInjector.builder().seed(3).rate(1).faults(FaultInjector.Fault.UNPROCESSED).build();
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item("w" + i)).build()).build());
    }
    try (DynamoDbClient client = faulty(faults, 1)) {
      BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of(table, writes)));

      Set<String> unprocessed =
          response.unprocessedItems().get(table).stream()
              .map(w -> w.putRequest().item().get("pk").s())
              .collect(Collectors.toSet());
      Set<String> stored =
          clean.scan(b -> b.tableName(table).consistentRead(true)).items().stream()
              .map(i -> i.get("pk").s())
              .collect(Collectors.toSet());
      assertThat(unprocessed).isNotEmpty().doesNotContainAnyElementsOf(stored);
      assertThat(unprocessed.size() + stored.size()).isEqualTo(20);
      assertThat(faults.injected(FaultInjector.Fault.UNPROCESSED)).isEqualTo(1);
    }
  }

  @Test
  void reportsHeldBackBatchKeysAsUnprocessed() {
    for (int i = 0; i < 10; i++) {
      String pk = "k" + i;
      clean.putItem(b -> b.tableName(table).item(item(pk)));
    }
    FaultInjector faults =
        FaultInjector.builder().seed(5).rate(1).faults(FaultInjector.Fault.UNPROCESSED).build();
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      keys.add(item("k" + i));
    }
    try (DynamoDbClient client = faulty(faults, 1)) {
      BatchGetItemResponse response =
          client.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys).build())));

      int read = response.responses().get(table).size();
      int unprocessed = response.unprocessedKeys().get(table).keys().size();
      assertThat(unprocessed).isPositive();
      assertThat(read + unprocessed).isEqualTo(10);
    }
  }

  @Test
  void repeatsItsDecisionsForTheSameSeed() {
    List<Long> counts = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      FaultInjector faults = FaultInjector.builder().seed(99).rate(0.5).build();
      try (DynamoDbClient client = faulty(faults, 1)) {
        for (int i = 0; i < 20; i++) {
          String pk = "seed" + i;
          catchThrowable(() -> client.putItem(b -> b.tableName(table).item(item(pk))));
        }
      }
      counts.add(faults.injectedTotal());
      counts.add(faults.injected(FaultInjector.Fault.TIMEOUT));
    }
    assertThat(counts.get(0)).isPositive().isEqualTo(counts.get(2));
    assertThat(counts.get(1)).isEqualTo(counts.get(3));
  }

  @Test
  void injectsNothingWhileDisabled() {
    FaultInjector faults = FaultInjector.builder().rate(1).build();
    faults.enabled(false);
    try (DynamoDbClient client = faulty(faults, 1)) {
      client.putItem(b -> b.tableName(table).item(item("calm")));

      assertThat(faults.injectedTotal()).isZero();
      assertThat(clean.getItem(b -> b.tableName(table).key(item("calm"))).hasItem()).isTrue();
    }
  }
}
