package com.theorycloud.tabletheory.lease;

import com.theorycloud.tabletheory.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.IdempotencyKeyMismatchException;
import com.theorycloud.tabletheory.error.LeaseHeldException;
import com.theorycloud.tabletheory.error.LeaseNotOwnedException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Leases and idempotency records on the local DynamoDB, with the lock-row layout of the other runtimes. */
class LeasesIntegrationTest {

    private static final DynamoDbClient CLIENT = LocalDynamoDb.shared().client();
    private static String table;

    @BeforeAll
    static void createTable() {
        table = LocalDynamoDb.shared().uniqueTableName("leases");
        CLIENT.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
    }

    @AfterAll
    static void dropTable() {
        CLIENT.deleteTable(b -> b.tableName(table));
    }

    private static Leases leases(Clock clock, String... tokens) {
        AtomicInteger next = new AtomicInteger();
        return Leases.builder(CLIENT, table).clock(clock).tokens(() -> tokens[next.getAndIncrement()]).build();
    }

    private static Map<String, AttributeValue> row(LeaseKey key) {
        return CLIENT.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of("pk",
                AttributeValue.fromS(key.pk()), "sk", AttributeValue.fromS(key.sk())))).item();
    }

    @Test
    void acquireIsExclusiveUntilTheLeaseExpires() {
        SettableClock clock = new SettableClock(Instant.parse("2026-04-24T19:00:00Z"));
        Leases first = leases(clock, "tok-a");
        Leases second = leases(clock, "tok-b", "tok-c");
        LeaseKey key = LeaseKey.lock("ISR#tenant#/exclusive");

        Lease lease = first.acquire(key, Duration.ofMillis(29_500));

        assertThat(lease.expiresAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(row(key)).containsEntry("lease_token", AttributeValue.fromS("tok-a"))
                .containsEntry("lease_expires_at", AttributeValue.fromN(Long.toString(
                        clock.instant().getEpochSecond() + 30)))
                .containsEntry("ttl", AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond() + 3630)));
        assertThatThrownBy(() -> second.acquire(key, Duration.ofSeconds(30)))
                .isInstanceOf(LeaseHeldException.class).hasMessageContaining("held by another owner");

        clock.advance(Duration.ofSeconds(30));
        assertThat(second.acquire(key, Duration.ofSeconds(30)).token()).isEqualTo("tok-c");
    }

    @Test
    void onlyTheOwnerRefreshesAnUnexpiredLease() {
        SettableClock clock = new SettableClock(Instant.parse("2026-04-24T19:00:00Z"));
        Leases leases = leases(clock, "tok-a", "tok-b");
        LeaseKey key = LeaseKey.lock("ISR#tenant#/refresh");
        Lease lease = leases.acquire(key, Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(5));
        Lease refreshed = leases.refresh(lease, Duration.ofSeconds(10));
        assertThat(refreshed.expiresAt()).isEqualTo(clock.instant().plusSeconds(10));

        Lease impostor = new Lease(key, "tok-x", refreshed.expiresAt());
        assertThatThrownBy(() -> leases.refresh(impostor, Duration.ofSeconds(10)))
                .isInstanceOf(LeaseNotOwnedException.class);
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> leases.refresh(refreshed, Duration.ofSeconds(10)))
                .isInstanceOf(LeaseNotOwnedException.class).hasMessageContaining("acquire the lease again");
    }

    @Test
    void releaseDeletesOnlyTheOwnersLease() {
        SettableClock clock = new SettableClock(Instant.parse("2026-04-24T19:00:00Z"));
        Leases leases = leases(clock, "tok-a", "tok-b");
        LeaseKey key = LeaseKey.lock("ISR#tenant#/release");
        Lease stale = leases.acquire(key, Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(6));
        Lease current = leases.acquire(key, Duration.ofSeconds(5));

        assertThatCode(() -> leases.release(stale)).doesNotThrowAnyException();
        assertThat(row(key)).containsEntry("lease_token", AttributeValue.fromS("tok-b"));
        leases.release(current);
        assertThat(row(key)).isEmpty();
    }

    @Test
    void idempotencyRecordsShortCircuitRetriesAndFailClosedOnOtherInputs() {
        IdempotencyRecords requests = IdempotencyRecords.builder(CLIENT, table).build();
        String pk = "ISR#tenant#/pricing";
        String hash = IdempotencyRecords.hash("tenant", "/pricing", "deploy-7");

        assertThat(requests.begin(pk, "req-1", hash, Duration.ofHours(1)).state())
                .isEqualTo(IdempotencyOutcome.State.BEGUN);
        assertThat(requests.begin(pk, "req-1", hash, Duration.ofHours(1)).state())
                .isEqualTo(IdempotencyOutcome.State.IN_PROGRESS);
        assertThatThrownBy(() -> requests.begin(pk, "req-1", IdempotencyRecords.hash("tenant", "/other"),
                Duration.ofHours(1))).isInstanceOf(IdempotencyKeyMismatchException.class)
                .hasMessageContaining("different inputs");

        requests.complete(pk, "req-1", hash, "s3://cache/pricing.html");
        IdempotencyOutcome done = requests.begin(pk, "req-1", hash, Duration.ofHours(1));
        assertThat(done.state()).isEqualTo(IdempotencyOutcome.State.COMPLETED);
        assertThat(done.result()).isEqualTo("s3://cache/pricing.html");
        assertThat(done.shouldWork()).isFalse();
    }

    @Test
    void aFailedRequestMayBeBegunAgain() {
        IdempotencyRecords requests = IdempotencyRecords.builder(CLIENT, table).build();
        String pk = "ISR#tenant#/retry";
        String hash = IdempotencyRecords.hash("tenant", "/retry");
        requests.begin(pk, "req-2", hash, Duration.ofHours(1));
        requests.fail(pk, "req-2", hash);

        assertThat(requests.begin(pk, "req-2", hash, Duration.ofHours(1)).shouldWork()).isTrue();
        assertThat(requests.begin(pk, "req-2", hash, Duration.ofHours(1)).state())
                .isEqualTo(IdempotencyOutcome.State.IN_PROGRESS);
        assertThat(IdempotencyRecords.hash("ab", "c")).isNotEqualTo(IdempotencyRecords.hash("a", "bc"));
    }
}
