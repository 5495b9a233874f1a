package com.theorycloud.tabletheory.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.UnsafeOutboxRecordException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay on the local DynamoDB: leases, retries, dead letter, races between relays and crashes. */
class OutboxRelayIntegrationTest {

    private OutboxFixture fixture;

    @BeforeEach
    void createTable() {
        fixture = new OutboxFixture();
    }

    @AfterEach
    void dropTable() {
        fixture.drop();
    }

    private OutboxRelay.Builder relay(String owner) {
        return OutboxRelay.builder(fixture.outbox).owner(owner).clock(fixture.clock).leaseTime(Duration.ofSeconds(30))
                .backoff(Duration.ofSeconds(10), Duration.ofMinutes(5)).jitter(() -> 0.0);
    }

    @Test
    void dispatchesDueRecordsWithTheirIdempotencyKeyAndMarksThemDone() {
        fixture.outbox.writer().write(OutboxFixture.record("1", "lambda_alias_update"));
        List<OutboxDelivery> deliveries = new CopyOnWriteArrayList<>();
        try (OutboxRelay relay = relay("a").handler("lambda_alias_update", deliveries::add).build()) {
            assertThat(relay.pollOnce()).isEqualTo(1);
            assertThat(relay.pollOnce()).isZero();
        }

        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.idempotencyKey()).isEqualTo("key-1");
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.requestedState()).isEqualTo("active");
        });
        OutboxRecord done = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
        assertThat(done.status()).isEqualTo(OutboxStatus.DONE);
        assertThat(done.leaseOwner()).isNull();
        assertThat(fixture.outbox.backlog().healthy()).isTrue();
    }

    @Test
    void retriesWithBackoffThenMovesToTheDeadLetterAndTheReconcilerRedrivesIt() {
        fixture.outbox.writer().write(OutboxFixture.record("1", "flaky"));
        AtomicInteger calls = new AtomicInteger();
        try (OutboxRelay relay = relay("a").maxAttempts(2).handler("flaky", d -> {
            calls.incrementAndGet();
            throw new IllegalStateException("alias service said no; password=hunter22");
        }).build()) {
            assertThat(relay.pollOnce()).isEqualTo(1);
            OutboxRecord retrying = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
            assertThat(retrying.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(retrying.attempts()).isEqualTo(1);
            assertThat(retrying.lastError()).contains("alias service said no").contains("[REDACTED]")
                    .doesNotContain("hunter22");
            // Half of the 10 s nominal delay with zero jitter: not due before 5 s have passed.
            fixture.clock.advance(Duration.ofSeconds(4));
            assertThat(relay.pollOnce()).isZero();
            fixture.clock.advance(Duration.ofSeconds(2));
            assertThat(relay.pollOnce()).isEqualTo(1);
            fixture.clock.advance(Duration.ofMinutes(10));
            assertThat(relay.pollOnce()).isZero();

            OutboxRecord dead = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
            assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
            assertThat(calls).hasValue(2);
            OutboxBacklog backlog = relay.backlog();
            assertThat(backlog.dead()).isEqualTo(1);
            assertThat(backlog.pending()).isZero();
            assertThat(backlog.oldestDeadAge()).isEqualTo(Duration.ofMinutes(10));
            assertThat(backlog.healthy()).isFalse();

            OutboxReconciler reconciler = OutboxReconciler.of(fixture.outbox, fixture.clock);
            assertThat(reconciler.stuck(Duration.ofMinutes(15), 10)).extracting(OutboxRecord::sk)
                    .containsExactly("OUTBOX#1");
            assertThat(reconciler.reconcile(Duration.ofMinutes(15), 10, r -> OutboxReconciler.Verdict.REDRIVE))
                    .isEqualTo(1);
            OutboxRecord redriven = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
            assertThat(redriven.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(redriven.attempts()).isZero();
            assertThat(relay.pollOnce()).isEqualTo(1);
            assertThat(calls).hasValue(3);
        }
    }

    @Test
    void recordsWithoutAHandlerAreRetriedNotLost() {
        fixture.outbox.writer().write(OutboxFixture.record("1", "unknown_op"));
        try (OutboxRelay relay = relay("a").build()) {
            relay.pollOnce();
        }
        OutboxRecord record = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
        assertThat(record.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(record.lastError()).contains("no OutboxHandler is registered for operation 'unknown_op'");
    }

    @Test
    void twoRelaysRacingOnAThousandRecordsDispatchEachExactlyOnce() throws Exception {
        fixture.writeMany("race", 1000, "op");
        Map<String, AtomicInteger> dispatches = new ConcurrentHashMap<>();
        OutboxHandler count = d -> dispatches.computeIfAbsent(d.idempotencyKey(), k -> new AtomicInteger())
                .incrementAndGet();
        List<OutboxRelay> relays = List.of(relay("a").handler("op", count).batchSize(50).concurrency(4).build(),
                relay("b").handler("op", count).batchSize(50).concurrency(4).build());
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (OutboxRelay relay : relays) {
                claimed.add(racers.submit(() -> {
                    int total = 0;
                    while (!fixture.outbox.store().dueRecords(fixture.clock.instant(), 1).isEmpty()) {
                        total += relay.pollOnce();
                    }
                    return total;
                }));
            }
            int total = claimed.get(0).get() + claimed.get(1).get();

            assertThat(total).isEqualTo(1000);
            assertThat(claimed.get(0).get()).isPositive();
            assertThat(claimed.get(1).get()).isPositive();
        } finally {
            racers.shutdownNow();
            relays.forEach(OutboxRelay::close);
        }
        assertThat(dispatches).hasSize(1000);
        assertThat(dispatches.values()).allSatisfy(n -> assertThat(n).hasValue(1));
        OutboxBacklog backlog = fixture.outbox.backlog(fixture.clock);
        assertThat(backlog.pending()).isZero();
        assertThat(backlog.dead()).isZero();
    }

    /** Stands for the process dying: the relay does not catch it, so the record is never marked. */
    private static final class RelayKilled extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aRelayKilledMidDispatchLeavesTheRecordToBeDeliveredAgain() {
        fixture.outbox.writer().write(OutboxFixture.record("1", "op"));
        List<String> delivered = new CopyOnWriteArrayList<>();
        OutboxRelay dying = relay("dying").handler("op", d -> {
            delivered.add("dying:" + d.idempotencyKey());
            throw new RelayKilled();
        }).build();
        OutboxRelay survivor = relay("survivor").handler("op", d -> delivered.add("survivor:" + d.idempotencyKey()))
                .build();
        try {
            assertThatThrownBy(dying::pollOnce).isInstanceOf(RelayKilled.class);
            OutboxRecord leased = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
            assertThat(leased.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(leased.leaseOwner()).startsWith("dying:");

            // While the dead relay's lease lasts nobody else may dispatch the record.
            assertThat(survivor.pollOnce()).isZero();
            fixture.clock.advance(Duration.ofSeconds(31));
            assertThat(survivor.pollOnce()).isEqualTo(1);
        } finally {
            dying.close();
            survivor.close();
        }

        assertThat(delivered).containsExactly("dying:key-1", "survivor:key-1");
        OutboxRecord done = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
        assertThat(done.status()).isEqualTo(OutboxStatus.DONE);
        assertThat(done.attempts()).isEqualTo(2);
    }

    @Test
    void aSlowHandlerKeepsItsRecordBecauseTheLeaseIsRenewed() throws Exception {
        fixture.outbox.writer().write(OutboxFixture.record("1", "slow"));
        List<String> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        OutboxRelay slow = relay("slow").leaseRenewalInterval(Duration.ofMillis(50)).handler("slow", d -> {
            delivered.add("slow:" + d.idempotencyKey());
            entered.countDown();
            proceed.await();
        }).build();
        OutboxRelay other = relay("other").handler("slow", d -> delivered.add("other:" + d.idempotencyKey()))
                .build();
        Thread dispatching = new Thread(slow::pollOnce);
        try {
            dispatching.start();
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            Instant firstLease = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow().leaseExpiresAt();

            // The handler outlives its first lease: without renewal the record would be due again now.
            fixture.clock.advance(Duration.ofSeconds(31));
            Instant renewed = firstLease;
            for (int i = 0; i < 600 && !renewed.isAfter(fixture.clock.instant()); i++) {
                Thread.sleep(10); // waits for the renewal thread, at most 6 s; asserts no speed
                renewed = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow().leaseExpiresAt();
            }
            assertThat(renewed).as("lease renewed to a full lease time from the clock's now")
                    .isEqualTo(fixture.clock.instant().plus(Duration.ofSeconds(30)));
            assertThat(other.pollOnce()).as("another relay cannot claim a renewed record").isZero();

            proceed.countDown();
            dispatching.join();
        } finally {
            proceed.countDown();
            slow.close();
            other.close();
        }
        assertThat(delivered).containsExactly("slow:key-1");
        OutboxRecord done = fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow();
        assertThat(done.status()).isEqualTo(OutboxStatus.DONE);
        assertThat(done.attempts()).isEqualTo(1);
    }

    @Test
    void rejectsARenewalIntervalNotShorterThanTheLease() {
        assertThatThrownBy(() -> relay("x").leaseRenewalInterval(Duration.ofSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaseRenewalInterval (PT30S) must be shorter than leaseTime (PT30S)");
    }

    @Test
    void stopLetsTheDispatchInFlightFinish() throws Exception {
        fixture.outbox.writer().write(OutboxFixture.record("1", "slow"));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        OutboxRelay relay = relay("a").pollInterval(Duration.ofMillis(20)).handler("slow", d -> {
            entered.countDown();
            proceed.await();
        }).build();
        relay.start();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(relay::stop);
        stopper.start();
        proceed.countDown();
        stopper.join();
        relay.close();

        assertThat(relay.running()).isFalse();
        assertThat(fixture.outbox.find("SCOPE#test", "OUTBOX#1").orElseThrow().status())
                .isEqualTo(OutboxStatus.DONE);
    }

    @Test
    void refusesRecordsThatCarrySecrets() {
        OutboxRecord leaky = OutboxRecord.pending("SCOPE#test", "OUTBOX#leak").operation("op").idempotencyKey("k")
                .requestedState("{\"accessKeyId\":\"AKIAIOSFODNN7EXAMPLE\"}").build();
        OutboxRecord pem = OutboxRecord.pending("SCOPE#test", "OUTBOX#pem").operation("op").idempotencyKey("k")
                .requestedState("-----BEGIN RSA PRIVATE KEY-----\nMIIE...").build();
        OutboxRecord keyless = OutboxRecord.pending("SCOPE#test", "OUTBOX#blank").operation("op").idempotencyKey(" ")
                .build();

        assertThatThrownBy(() -> fixture.outbox.writer().write(leaky)).isInstanceOf(UnsafeOutboxRecordException.class)
                .hasMessageContaining("requestedState seems to contain an AWS access key id");
        assertThatThrownBy(() -> fixture.outbox.writer().write(pem)).isInstanceOf(UnsafeOutboxRecordException.class)
                .hasMessageContaining("a private key");
        assertThatThrownBy(() -> fixture.outbox.writer().write(keyless))
                .isInstanceOf(UnsafeOutboxRecordException.class).hasMessageContaining("idempotency key");
        assertThat(fixture.outbox.find("SCOPE#test", "OUTBOX#leak")).isEmpty();
    }
}
