package com.theorycloud.tabletheory.local;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * An SDK {@link ExecutionInterceptor} that makes a DynamoDB client fail on purpose, for reliability tests against
 * a real (local) endpoint. At the configured rate it fails HTTP attempts <em>before</em> they are sent (throttling
 * 400s, 500s, connection resets, timeouts: the server never sees them, as with real rejections) and splits batch
 * calls, removing some writes or keys from the request and reporting them back as {@code UnprocessedItems} /
 * {@code UnprocessedKeys} (so the reported ones really were not done). The SDK's own retry strategy, signing and
 * error parsing all still run. Decisions come from one seedable {@link Random}, so a single-threaded run is
 * repeatable.
 *
 * <pre>{@code
 * FaultInjector faults = FaultInjector.builder().seed(42).rate(0.3).build();
 * DynamoDbClient client = DynamoDbClient.builder()
 *     .overrideConfiguration(o -> o.addExecutionInterceptor(faults))
 *     ...
 *     .build();
 * }</pre>
 */
public final class FaultInjector implements ExecutionInterceptor {

  /** A kind of fault. */
  public enum Fault {
    /** A 400 {@code ProvisionedThroughputExceededException} or {@code ThrottlingException}; not executed. */
    THROTTLING,
    /** A 500 {@code InternalServerError}; not executed. */
    SERVER_ERROR,
    /** The connection is reset before the request is sent. */
    CONNECTION_RESET,
    /** Connecting times out, so the request is never sent. */
    TIMEOUT,
    /** A batch call is answered with part of its writes or keys unprocessed (and they really are not done). */
    UNPROCESSED
  }

  private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_WRITES =
      new ExecutionAttribute<>("tabletheory.fault.heldWrites");
  private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_KEYS =
      new ExecutionAttribute<>("tabletheory.fault.heldKeys");

  private final Random random;
  private final double rate;
  private final Set<Fault> faults;
  private final List<Fault> attemptFaults;
  private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
  private final AtomicLong attempts = new AtomicLong();
  private volatile boolean enabled = true;

  private FaultInjector(Builder builder) {
    this.random = new Random(builder.seed);
    this.rate = builder.rate;
    this.faults = EnumSet.copyOf(builder.faults);
    this.attemptFaults = faults.stream().filter(fault -> fault != Fault.UNPROCESSED).toList();
    for (Fault fault : Fault.values()) {
      injected.put(fault, new AtomicLong());
    }
  }

  /** Starts configuring an injector: seed 0, rate 0.3, every fault. */
  public static Builder builder() {
    return new Builder();
  }

  /** Turns injection on (the initial state) or off, e.g. while a test sets up or verifies its tables. */
  public void enabled(boolean value) {
    this.enabled = value;
  }

  /** How many HTTP attempts passed through while injection was on. */
  public long attempts() {
    return attempts.get();
  }

  /** How many faults of this kind were injected. */
  public long injected(Fault fault) {
    return injected.get(fault).get();
  }

  /** How many faults were injected in all. */
  public long injectedTotal() {
    return injected.values().stream().mapToLong(AtomicLong::get).sum();
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if (!enabled || !faults.contains(Fault.UNPROCESSED)) {
      return request;
    }
    if (request instanceof BatchWriteItemRequest write && roll()) {
      return holdWrites(write, attributes);
    }
    if (request instanceof BatchGetItemRequest get && roll()) {
      return holdKeys(get, attributes);
    }
    return request;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    if (!enabled) {
      return;
    }
    attempts.incrementAndGet();
    if (attemptFaults.isEmpty() || !roll()) {
      return;
    }
    Fault fault = attemptFaults.get(nextInt(attemptFaults.size()));
    injected.get(fault).incrementAndGet();
    throw failure(fault);
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    Map<String, List<WriteRequest>> writes = attributes.getAttribute(HELD_WRITES);
    if (writes != null && response instanceof BatchWriteItemResponse written) {
      Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
      written.unprocessedItems().forEach((table, list) -> unprocessed.put(table, new ArrayList<>(list)));
      writes.forEach((table, list) -> unprocessed.computeIfAbsent(table, t -> new ArrayList<>()).addAll(list));
      return written.toBuilder().unprocessedItems(unprocessed).build();
    }
    Map<String, KeysAndAttributes> keys = attributes.getAttribute(HELD_KEYS);
    if (keys != null && response instanceof BatchGetItemResponse read) {
      Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(read.unprocessedKeys());
      keys.forEach((table, held) -> unprocessed.merge(table, held, (already, more) -> {
        List<Map<String, AttributeValue>> merged = new ArrayList<>(already.keys());
        merged.addAll(more.keys());
        return already.toBuilder().keys(merged).build();
      }));
      return read.toBuilder().unprocessedKeys(unprocessed).build();
    }
    return response;
  }

  private SdkRequest holdWrites(BatchWriteItemRequest request, ExecutionAttributes attributes) {
    Map<String, List<WriteRequest>> kept = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> held = new LinkedHashMap<>();
    int total = request.requestItems().values().stream().mapToInt(List::size).sum();
    int remaining = total;
    for (Map.Entry<String, List<WriteRequest>> entry : request.requestItems().entrySet()) {
      List<WriteRequest> keep = new ArrayList<>();
      for (WriteRequest write : entry.getValue()) {
        // Always keep at least one write: DynamoDB rejects an empty batch.
        boolean hold = remaining > 1 && nextBoolean();
        if (hold) {
          held.computeIfAbsent(entry.getKey(), t -> new ArrayList<>()).add(write);
          remaining--;
        } else {
          keep.add(write);
        }
      }
      if (!keep.isEmpty()) {
        kept.put(entry.getKey(), keep);
      }
    }
    if (held.isEmpty()) {
      return request;
    }
    injected.get(Fault.UNPROCESSED).incrementAndGet();
    attributes.putAttribute(HELD_WRITES, held);
    return request.toBuilder().requestItems(kept).build();
  }

  private SdkRequest holdKeys(BatchGetItemRequest request, ExecutionAttributes attributes) {
    Map<String, KeysAndAttributes> kept = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> held = new LinkedHashMap<>();
    int remaining = request.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum();
    for (Map.Entry<String, KeysAndAttributes> entry : request.requestItems().entrySet()) {
      List<Map<String, AttributeValue>> keep = new ArrayList<>();
      List<Map<String, AttributeValue>> hold = new ArrayList<>();
      for (Map<String, AttributeValue> key : entry.getValue().keys()) {
        // Always keep at least one key: DynamoDB rejects an empty batch.
        if (remaining > 1 && nextBoolean()) {
          hold.add(key);
          remaining--;
        } else {
          keep.add(key);
        }
      }
      if (!keep.isEmpty()) {
        kept.put(entry.getKey(), entry.getValue().toBuilder().keys(keep).build());
      }
      if (!hold.isEmpty()) {
        held.put(entry.getKey(), entry.getValue().toBuilder().keys(hold).build());
      }
    }
    if (held.isEmpty()) {
      return request;
    }
    injected.get(Fault.UNPROCESSED).incrementAndGet();
    attributes.putAttribute(HELD_KEYS, held);
    return request.toBuilder().requestItems(kept).build();
  }

  private SdkException failure(Fault fault) {
    return switch (fault) {
      case THROTTLING -> nextBoolean()
          ? ProvisionedThroughputExceededException.builder()
              .message("Injected fault: the level of configured provisioned throughput was exceeded")
              .statusCode(400)
              .awsErrorDetails(details(400, "ProvisionedThroughputExceededException"))
              .build()
          : ThrottlingException.builder()
              .message("Injected fault: rate of requests exceeds the allowed throughput")
              .statusCode(400)
              .awsErrorDetails(details(400, "ThrottlingException"))
              .build();
      case SERVER_ERROR -> InternalServerErrorException.builder()
          .message("Injected fault: internal server error")
          .statusCode(500)
          .awsErrorDetails(details(500, "InternalServerError"))
          .build();
      case CONNECTION_RESET -> SdkClientException.builder()
          .message("Injected fault: connection reset before the request was sent")
          .cause(new SocketException("Connection reset"))
          .build();
      case TIMEOUT -> SdkClientException.builder()
          .message("Injected fault: connect timed out")
          .cause(new SocketTimeoutException("connect timed out"))
          .build();
      case UNPROCESSED -> throw new IllegalStateException("UNPROCESSED is not an attempt fault");
    };
  }

  private static AwsErrorDetails details(int status, String code) {
    return AwsErrorDetails.builder()
        .errorCode(code)
        .errorMessage("Injected fault (" + code + ")")
        .serviceName("DynamoDb")
        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
        .build();
  }

  private boolean roll() {
    synchronized (random) {
      return random.nextDouble() < rate;
    }
  }

  private boolean nextBoolean() {
    synchronized (random) {
      return random.nextBoolean();
    }
  }

  private int nextInt(int bound) {
    synchronized (random) {
      return random.nextInt(bound);
    }
  }

  /** Configures a {@link FaultInjector}. */
  public static final class Builder {
    private long seed;
    private double rate = 0.3;
    private Set<Fault> faults = EnumSet.allOf(Fault.class);

    private Builder() {}

    /** The seed of the random decisions (0 by default). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** The chance in [0, 1] that an attempt (or a batch call, for UNPROCESSED) is faulted; 0.3 by default. */
    public Builder rate(double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("rate must be within [0, 1], got " + value);
      }
      this.rate = value;
      return this;
    }

    /** The kinds of fault to inject; all by default. */
    public Builder faults(Fault first, Fault... more) {
      this.faults = EnumSet.of(first, more);
      return this;
    }

    /** Builds the injector. */
    public FaultInjector build() {
      return new FaultInjector(this);
    }
  }

  @Override
  public String toString() {
    return "FaultInjector[rate=" + rate + ", faults=" + faults + ", injected=" + injected + "]";
  }
}
