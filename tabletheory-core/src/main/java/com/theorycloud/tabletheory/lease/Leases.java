package com.theorycloud.tabletheory.lease;

import com.theorycloud.tabletheory.error.LeaseHeldException;
import com.theorycloud.tabletheory.error.LeaseNotOwnedException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.lease.internal.CoordinationCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conditional leases in a DynamoDB table, for work only one worker may do at a time (regenerating a cache entry,
 * running a migration step). {@link #acquire} succeeds when no lease exists or the existing one has expired;
 * {@link #refresh} extends a lease only for its owner and only before it expires; {@link #release} deletes it only
 * for its owner (best effort). Leases carry a TTL attribute (expiry plus a buffer) so abandoned lock rows disappear.
 *
 * <pre>{@code
 * Leases leases = Leases.builder(client, "isr_cache").build();
 * Lease lease = leases.acquire(LeaseKey.lock("ISR#tenant#/pricing"), Duration.ofSeconds(30));
 * try {
 *     regenerate();
 * } finally {
 *     leases.release(lease);
 * }
 * }</pre>
 *
 * <p>Attribute names default to those of the other runtimes ({@code pk}, {@code sk}, {@code lease_token},
 * {@code lease_expires_at}, {@code ttl}), so Go, TypeScript and Python workers share the same lock rows. Times are
 * whole epoch seconds. Thread-safe.
 */
public final class Leases {

    private static final String MODEL = "Lease";

    private final DynamoDbClient client;
    private final String tableName;
    private final Clock clock;
    private final Supplier<String> tokens;
    private final String pkName;
    private final String skName;
    private final String tokenName;
    private final String expiresName;
    private final String ttlName;
    private final Duration ttlBuffer;

    private Leases(Builder builder) {
        this.client = builder.client;
        this.tableName = builder.tableName;
        this.clock = builder.clock;
        this.tokens = builder.tokens;
        this.pkName = builder.pkName;
        this.skName = builder.skName;
        this.tokenName = builder.tokenName;
        this.expiresName = builder.expiresName;
        this.ttlName = builder.ttlName;
        this.ttlBuffer = builder.ttlBuffer;
    }

    /** Starts configuring leases stored in the named physical table. */
    public static Builder builder(DynamoDbClient client, String tableName) {
        return new Builder(client, tableName);
    }

    /**
     * Takes the lease for {@code duration} (rounded up to whole seconds).
     *
     * @throws LeaseHeldException when another owner holds an unexpired lease
     */
    public Lease acquire(LeaseKey key, Duration duration) {
        long now = nowSeconds();
        long expiresAt = now + seconds(duration);
        String token = tokens.get();
        Map<String, AttributeValue> item = new HashMap<>(CoordinationCalls.key(pkName, key.pk(), skName, key.sk()));
        item.put(tokenName, AttributeValue.fromS(token));
        item.put(expiresName, number(expiresAt));
        putTtl(item, expiresAt);
        CoordinationCalls.run(MODEL, tableName, "acquire lease", describe(key), () -> client.putItem(b -> b
                .tableName(tableName).item(item)
                .conditionExpression("attribute_not_exists(#pk) OR #exp <= :now")
                .expressionAttributeNames(Map.of("#pk", pkName, "#exp", expiresName))
                .expressionAttributeValues(Map.of(":now", number(now)))), failed -> new LeaseHeldException(MODEL,
                        "Lease " + describe(key) + " in table '" + tableName + "' is held by another owner until it "
                                + "expires; retry later, or serve stale content meanwhile", failed));
        return new Lease(key, token, Instant.ofEpochSecond(expiresAt));
    }

    /**
     * Extends an owned, unexpired lease to {@code duration} from now.
     *
     * @throws LeaseNotOwnedException when the lease expired or another owner took it
     */
    public Lease refresh(Lease lease, Duration duration) {
        long now = nowSeconds();
        long expiresAt = now + seconds(duration);
        Map<String, String> names = new HashMap<>(Map.of("#tok", tokenName, "#exp", expiresName));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":tok", AttributeValue.fromS(lease.token()),
                ":now", number(now), ":exp", number(expiresAt)));
        String update = "SET #exp = :exp";
        if (ttlEnabled()) {
            names.put("#ttl", ttlName);
            values.put(":ttl", number(expiresAt + ttlBuffer.toSeconds()));
            update += ", #ttl = :ttl";
        }
        String expression = update;
        CoordinationCalls.run(MODEL, tableName, "refresh lease", describe(lease.key()), () -> client.updateItem(b -> b
                .tableName(tableName).key(CoordinationCalls.key(pkName, lease.key().pk(), skName, lease.key().sk()))
                .updateExpression(expression).conditionExpression("#tok = :tok AND #exp > :now")
                .expressionAttributeNames(names).expressionAttributeValues(values)), failed -> notOwned(lease, failed));
        return new Lease(lease.key(), lease.token(), Instant.ofEpochSecond(expiresAt));
    }

    /** Deletes the lease if this owner still holds it; a lease lost meanwhile is left alone (best effort). */
    public void release(Lease lease) {
        try {
            CoordinationCalls.run(MODEL, tableName, "release lease", describe(lease.key()), () -> client.deleteItem(
                    b -> b.tableName(tableName)
                            .key(CoordinationCalls.key(pkName, lease.key().pk(), skName, lease.key().sk()))
                            .conditionExpression("#tok = :tok")
                            .expressionAttributeNames(Map.of("#tok", tokenName))
                            .expressionAttributeValues(Map.of(":tok", AttributeValue.fromS(lease.token())))),
                    failed -> notOwned(lease, failed));
        } catch (LeaseNotOwnedException lostMeanwhile) {
            // Another owner took the expired lease; deleting theirs would break their exclusion.
        }
    }

    /**
     * The condition that {@code lease} is still owned and unexpired now, for a transaction's condition check on the
     * lock row: publish results only while the lease holds, so a stale worker can never overwrite newer work.
     *
     * <pre>{@code
     * engine.transactWrite().conditionCheck(locks, Key.of(lease.key().pk(), lease.key().sk()),
     *         leases.stillOwned(lease)).put(meta, newMeta).execute();
     * }</pre>
     */
    public Condition stillOwned(Lease lease) {
        return Condition.and(Condition.eq(tokenName, lease.token()), Condition.gt(expiresName, nowSeconds()));
    }

    private LeaseNotOwnedException notOwned(Lease lease, Exception failed) {
        return new LeaseNotOwnedException(MODEL, "Lease " + describe(lease.key()) + " in table '" + tableName
                + "' is no longer owned by token " + lease.token() + " (it expired or another owner took it); stop "
                + "the guarded work and acquire the lease again", failed);
    }

    private void putTtl(Map<String, AttributeValue> item, long expiresAt) {
        if (ttlEnabled()) {
            item.put(ttlName, number(expiresAt + ttlBuffer.toSeconds()));
        }
    }

    private boolean ttlEnabled() {
        return !ttlName.isEmpty() && ttlBuffer.toSeconds() > 0;
    }

    private long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    private static long seconds(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A lease duration must be positive, got " + duration);
        }
        long whole = duration.toSeconds();
        return duration.equals(Duration.ofSeconds(whole)) ? whole : whole + 1;
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private String describe(LeaseKey key) {
        return pkName + "=" + key.pk() + ", " + skName + "=" + key.sk();
    }

    /** Configures {@link Leases}. */
    public static final class Builder {

        private final DynamoDbClient client;
        private final String tableName;
        private Clock clock = Clock.systemUTC();
        private Supplier<String> tokens = () -> UUID.randomUUID().toString();
        private String pkName = "pk";
        private String skName = "sk";
        private String tokenName = "lease_token";
        private String expiresName = "lease_expires_at";
        private String ttlName = "ttl";
        private Duration ttlBuffer = Duration.ofHours(1);

        private Builder(DynamoDbClient client, String tableName) {
            this.client = Objects.requireNonNull(client, "client");
            if (Objects.requireNonNull(tableName, "tableName").isEmpty()) {
                throw new IllegalArgumentException("Leases need a table name");
            }
            this.tableName = tableName;
        }

        /** The clock of lease times (default UTC system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Where owner tokens come from (default random UUIDs). */
        public Builder tokens(Supplier<String> value) {
            this.tokens = Objects.requireNonNull(value, "tokens");
            return this;
        }

        /** The key attribute names (default {@code pk}, {@code sk}). */
        public Builder keyAttributes(String partition, String sort) {
            this.pkName = Objects.requireNonNull(partition, "partition");
            this.skName = Objects.requireNonNull(sort, "sort");
            return this;
        }

        /** The token and expiry attribute names (default {@code lease_token}, {@code lease_expires_at}). */
        public Builder leaseAttributes(String token, String expiresAt) {
            this.tokenName = Objects.requireNonNull(token, "token");
            this.expiresName = Objects.requireNonNull(expiresAt, "expiresAt");
            return this;
        }

        /** The TTL attribute and how long after expiry it lets DynamoDB delete the row; empty name disables it. */
        public Builder ttl(String attribute, Duration buffer) {
            this.ttlName = Objects.requireNonNull(attribute, "attribute");
            this.ttlBuffer = Objects.requireNonNull(buffer, "buffer");
            return this;
        }

        /** The leases. */
        public Leases build() {
            return new Leases(this);
        }
    }
}
