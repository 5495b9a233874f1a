package com.theorycloud.tabletheory.lease;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.IdempotencyKeyMismatchException;
import com.theorycloud.tabletheory.lease.internal.CoordinationCalls;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Request-id idempotency records ({@code sk = REQ#<idempotency key>}) that keep retries of one request from doing its
 * work twice, after the FaceTheory ISR pattern: the first caller creates the record ({@code STARTED}) and does the
 * work; later callers with the same key are told it is in progress or get the recorded result; a replay of the key
 * with different inputs ({@code request_hash}) fails closed. Records carry a TTL: they are coordination state, not
 * history.
 *
 * <pre>{@code
 * IdempotencyRecords requests = IdempotencyRecords.builder(client, "isr_cache").build();
 * String hash = IdempotencyRecords.hash(tenant, cacheKey, deployId);
 * IdempotencyOutcome outcome = requests.begin("ISR#" + tenant + "#" + cacheKey, requestId, hash, Duration.ofHours(6));
 * switch (outcome.state()) {
 *     case BEGUN -> requests.complete("ISR#...", requestId, hash, regenerate());
 *     case IN_PROGRESS -> serveStale();
 *     case COMPLETED -> serve(outcome.result());
 * }
 * }</pre>
 *
 * <p>Attributes: {@code request_hash}, {@code status} ({@code STARTED}, {@code COMPLETED}, {@code FAILED}),
 * {@code result}, {@code ttl} (epoch seconds), under keys {@code pk}/{@code sk} by default. Thread-safe.
 */
public final class IdempotencyRecords {

    /** The sort-key prefix of idempotency records. */
    public static final String PREFIX = "REQ#";

    private static final String MODEL = "IdempotencyRecord";
    private static final String HASH = "request_hash";
    private static final String STATUS = "status";
    private static final String RESULT = "result";
    private static final String TTL = "ttl";
    private static final String STARTED = "STARTED";
    private static final String COMPLETED = "COMPLETED";
    private static final String FAILED = "FAILED";

    private final DynamoDbClient client;
    private final String tableName;
    private final Clock clock;
    private final String pkName;
    private final String skName;

    private IdempotencyRecords(DynamoDbClient client, String tableName, Clock clock, String pkName, String skName) {
        this.client = client;
        this.tableName = tableName;
        this.clock = clock;
        this.pkName = pkName;
        this.skName = skName;
    }

    /** Starts configuring idempotency records in the named physical table. */
    public static Builder builder(DynamoDbClient client, String tableName) {
        return new Builder(client, tableName);
    }

    /** A deterministic SHA-256 hash of the inputs that matter, for {@code requestHash}. */
    public static String hash(String... inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
                // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Records the start of a request, or reports what an earlier attempt with the same key did.
     *
     * @param pk             the partition of the record (keep it beside the cache key it guards)
     * @param idempotencyKey the request id, queue message id or hash that names one intent
     * @param requestHash    the hash of the request's inputs ({@link #hash})
     * @param timeToLive     how long the record is kept
     * @throws IdempotencyKeyMismatchException when the key was used before with other inputs
     */
    public IdempotencyOutcome begin(String pk, String idempotencyKey, String requestHash, Duration timeToLive) {
        Map<String, AttributeValue> item = new HashMap<>(key(pk, idempotencyKey));
        item.put(HASH, AttributeValue.fromS(requestHash));
        item.put(STATUS, AttributeValue.fromS(STARTED));
        item.put(TTL, AttributeValue.fromN(Long.toString(clock.instant().plus(timeToLive).getEpochSecond())));
        String described = describe(pk, idempotencyKey);
        try {
            CoordinationCalls.run(MODEL, tableName, "begin request", described, () -> client.putItem(b -> b
                    .tableName(tableName).item(item).conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", pkName))),
                    failed -> new ConditionFailedException(MODEL, "Request " + described + " exists", failed));
            return new IdempotencyOutcome(IdempotencyOutcome.State.BEGUN, null);
        } catch (ConditionFailedException exists) {
            // An earlier attempt recorded this key; what it did decides.
        }
        return existing(pk, idempotencyKey, requestHash, timeToLive);
    }

    /** Records the result of a request this caller began. */
    public void complete(String pk, String idempotencyKey, String requestHash, @Nullable String result) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", AttributeValue.fromS(COMPLETED),
                ":hash", AttributeValue.fromS(requestHash)));
        String update = "SET #status = :status";
        if (result != null) {
            values.put(":result", AttributeValue.fromS(result));
            update += ", #result = :result";
        }
        finish(pk, idempotencyKey, update, values);
    }

    /** Records that a request this caller began failed, so a retry with the same key may begin it again. */
    public void fail(String pk, String idempotencyKey, String requestHash) {
        finish(pk, idempotencyKey, "SET #status = :status", Map.of(":status", AttributeValue.fromS(FAILED),
                ":hash", AttributeValue.fromS(requestHash)));
    }

    private IdempotencyOutcome existing(String pk, String idempotencyKey, String requestHash,
            Duration timeToLive) {
        String described = describe(pk, idempotencyKey);
        GetItemResponse stored = CoordinationCalls.run(MODEL, tableName, "read request", described,
                () -> client.getItem(b -> b.tableName(tableName).key(key(pk, idempotencyKey)).consistentRead(true)),
                failed -> new IllegalStateException(failed));
        if (!stored.hasItem() || stored.item().isEmpty()) {
            // Expired and deleted between the two calls: start over.
            return begin(pk, idempotencyKey, requestHash, timeToLive);
        }
        Map<String, AttributeValue> item = stored.item();
        String storedHash = text(item.get(HASH));
        if (!requestHash.equals(storedHash)) {
            throw new IdempotencyKeyMismatchException(MODEL, "Idempotency key " + described + " was used before "
                    + "with different inputs (request_hash " + storedHash + ", now " + requestHash + "); failing "
                    + "closed; use a new idempotency key for a new request");
        }
        String status = text(item.get(STATUS));
        if (COMPLETED.equals(status)) {
            return new IdempotencyOutcome(IdempotencyOutcome.State.COMPLETED, text(item.get(RESULT)));
        }
        if (FAILED.equals(status) && reopen(pk, idempotencyKey)) {
            return new IdempotencyOutcome(IdempotencyOutcome.State.BEGUN, null);
        }
        return new IdempotencyOutcome(IdempotencyOutcome.State.IN_PROGRESS, null);
    }

    private boolean reopen(String pk, String idempotencyKey) {
        try {
            CoordinationCalls.run(MODEL, tableName, "reopen request", describe(pk, idempotencyKey), () ->
                    client.updateItem(b -> b.tableName(tableName).key(key(pk, idempotencyKey))
                            .updateExpression("SET #status = :started").conditionExpression("#status = :failed")
                            .expressionAttributeNames(Map.of("#status", STATUS))
                            .expressionAttributeValues(Map.of(":started", AttributeValue.fromS(STARTED), ":failed",
                                    AttributeValue.fromS(FAILED)))),
                    failed -> new ConditionFailedException(MODEL, "reopened by another caller", failed));
            return true;
        } catch (ConditionFailedException another) {
            return false;
        }
    }

    private void finish(String pk, String idempotencyKey, String update, Map<String, AttributeValue> values) {
        String described = describe(pk, idempotencyKey);
        Map<String, String> names = new HashMap<>(Map.of("#status", STATUS, "#hash", HASH));
        if (values.containsKey(":result")) {
            names.put("#result", RESULT);
        }
        CoordinationCalls.run(MODEL, tableName, "finish request", described, () -> client.updateItem(b -> b
                .tableName(tableName).key(key(pk, idempotencyKey)).updateExpression(update)
                .conditionExpression("attribute_exists(#status) AND #hash = :hash")
                .expressionAttributeNames(names).expressionAttributeValues(values)),
                failed -> new IdempotencyKeyMismatchException(MODEL, "Idempotency record " + described
                        + " is missing or belongs to other inputs; begin(...) the request before finishing it",
                        failed));
    }

    private Map<String, AttributeValue> key(String pk, String idempotencyKey) {
        return CoordinationCalls.key(pkName, pk, skName, PREFIX + idempotencyKey);
    }

    private String describe(String pk, String idempotencyKey) {
        return pkName + "=" + pk + ", " + skName + "=" + PREFIX + idempotencyKey;
    }

    private static @Nullable String text(@Nullable AttributeValue value) {
        return value == null ? null : value.s();
    }

    /** Configures {@link IdempotencyRecords}. */
    public static final class Builder {

        private final DynamoDbClient client;
        private final String tableName;
        private Clock clock = Clock.systemUTC();
        private String pkName = "pk";
        private String skName = "sk";

        private Builder(DynamoDbClient client, String tableName) {
            this.client = Objects.requireNonNull(client, "client");
            this.tableName = Objects.requireNonNull(tableName, "tableName");
        }

        /** The clock of TTLs (default UTC system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The key attribute names (default {@code pk}, {@code sk}). */
        public Builder keyAttributes(String partition, String sort) {
            this.pkName = Objects.requireNonNull(partition, "partition");
            this.skName = Objects.requireNonNull(sort, "sort");
            return this;
        }

        /** The records. */
        public IdempotencyRecords build() {
            return new IdempotencyRecords(client, tableName, clock, pkName, skName);
        }
    }
}
