package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.local.FaultInjector;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.transaction.TransactionCanceledException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The engine on a client that fails 30 % of its HTTP attempts (throttling, 500s, connection resets, timeouts) and
 * splits 30 % of its batch calls: every operation either completes within the SDK's retry budget (3 attempts) or
 * fails with a typed error, and after each run the table holds exactly what the successful operations wrote, no
 * more (no duplicate rows) and no less (no lost or partial writes). The injector fails attempts before they are
 * sent, so a failed operation is known not to have been applied.
 */
class EngineUnderFaultsTest {

    private static final double RATE = 0.3;
    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();
    private static final String PREFIX = LOCAL.uniqueTableName("faults");
    private static final RetryPolicy BATCH_RETRY = RetryPolicy.defaults().withMaxRetries(2)
            .withBaseDelay(Duration.ofMillis(1)).withMaxDelay(Duration.ofMillis(4));

    /** One row per event; creating it twice must be impossible. */
    @TableTheoryModel(table = "events")
    record Event(@PartitionKey String pk, @SortKey String sk, String payload) {
    }

    /** A versioned counter. */
    @TableTheoryModel(table = "tallies")
    record Tally(@PartitionKey String pk, @SortKey String sk, long counter, @Version long version) {
    }

    private static FaultInjector faults;
    private static DynamoDbClient faultyClient;
    private static TableTheory db;
    private static TableTheory clean;
    private static Table<Event> events;
    private static Table<Tally> tallies;

    @BeforeAll
    static void createTables() {
        faults = FaultInjector.builder().seed(20261125L).rate(RATE).build();
        faultyClient = DynamoDbClient.builder()
                .endpointOverride(LOCAL.endpoint())
                .region(LOCAL.region())
                .credentialsProvider(LOCAL.credentialsProvider())
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(o -> o.addExecutionInterceptor(faults)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(3)
                                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1),
                                        Duration.ofMillis(8)))
                                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1),
                                        Duration.ofMillis(8)))
                                .circuitBreakerEnabled(false)
                                .build()))
                .build();
        db = TableTheory.builder().client(faultyClient).tableNameResolver(schema -> PREFIX + "_" + schema.tableName())
                .build();
        clean = TableTheory.builder().client(LOCAL.client())
                .tableNameResolver(schema -> PREFIX + "_" + schema.tableName()).build();
        events = db.table(Event.class);
        tallies = db.table(Tally.class);
        clean.ensureTable(events.schema());
        clean.ensureTable(tallies.schema());
    }

    @AfterAll
    static void dropTables() {
        clean.deleteTableIfExists(events.schema());
        clean.deleteTableIfExists(tallies.schema());
        faultyClient.close();
    }

    @BeforeEach
    void faultsOn() {
        faults.enabled(true);
    }

    @Test
    void singleItemWritesAreAppliedOnceOrNotAtAll() {
        Map<String, String> expectedEvents = new TreeMap<>();
        Map<String, Long> expectedTallies = new TreeMap<>();
        Outcomes outcomes = new Outcomes();
        faults.enabled(false);
        for (int t = 0; t < 10; t++) {
            tallies.create(new Tally("SINGLE", "T#" + t, 0, 0));
            expectedTallies.put("T#" + t, 0L);
        }
        faults.enabled(true);
        long before = faults.attempts();
        for (int i = 0; i < 200; i++) {
            String sk = String.format("EVT#%04d", i);
            try {
                events.create(new Event("SINGLE", sk, "payload " + i));
                expectedEvents.put(sk, "payload " + i);
                outcomes.ok();
            } catch (TableTheoryException e) {
                outcomes.failed(e);
            }
            String tally = "T#" + (i % 10);
            try {
                Tally read = tallies.get(Key.of("SINGLE", tally));
                tallies.update(new Tally(read.pk(), read.sk(), read.counter() + 1, read.version()), "counter");
                expectedTallies.merge(tally, 1L, Long::sum);
                outcomes.ok();
            } catch (TableTheoryException e) {
                outcomes.failed(e);
            }
        }
        faults.enabled(false);

        assertThat(outcomes.unexpected).isEmpty();
        assertThat(outcomes.failures).isPositive();
        assertSameRows(rows(events, "SINGLE", "payload"), expectedEvents, "events");
        Map<String, String> storedTallies = rows(tallies, "SINGLE", "counter");
        Map<String, String> expected = new TreeMap<>();
        expectedTallies.forEach((sk, value) -> expected.put(sk, value.toString()));
        assertSameRows(storedTallies, expected, "tallies");
        outcomes.report("single-item creates, gets and versioned updates", faults.attempts() - before);
    }

    @Test
    void batchWritesListExactlyTheWritesNotApplied() {
        Map<String, String> expected = new TreeMap<>();
        Outcomes outcomes = new Outcomes();
        long before = faults.attempts();
        for (int round = 0; round < 12; round++) {
            List<Event> puts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String sk = String.format("R%02d#%03d", round, i);
                puts.add(new Event("BATCH", sk, "round " + round));
            }
            // Every other round also deletes the first 10 items written by the round before.
            List<Key> deletes = new ArrayList<>();
            if (round > 0 && round % 2 == 0) {
                for (int i = 0; i < 10; i++) {
                    deletes.add(Key.of("BATCH", String.format("R%02d#%03d", round - 1, i)));
                }
            }
            try {
                events.batchWrite(puts, deletes, BATCH_RETRY);
                puts.forEach(p -> expected.put(p.sk(), p.payload()));
                deletes.forEach(k -> expected.remove((String) k.sort()));
                outcomes.ok();
            } catch (BatchIncompleteException e) {
                Set<String> notPut = sortKeys(e.unprocessedItems());
                Set<String> notDeleted = sortKeys(e.unprocessedKeys());
                assertThat(e.unprocessedCount()).isPositive();
                assertThat(e.getMessage()).contains("Event").contains("undone");
                puts.stream().filter(p -> !notPut.contains(p.sk())).forEach(p -> expected.put(p.sk(), p.payload()));
                deletes.stream().map(k -> (String) k.sort()).filter(sk -> !notDeleted.contains(sk))
                        .forEach(expected::remove);
                outcomes.incomplete(e.unprocessedCount());
            } catch (TableTheoryException e) {
                // Only a failure before anything was applied may surface as a plain error.
                outcomes.failed(e);
            }
            faults.enabled(false);
            assertSameRows(rows(events, "BATCH", "payload"), expected, "after batch round " + round);
            faults.enabled(true);
        }
        faults.enabled(false);
        assertThat(outcomes.unexpected).isEmpty();
        assertThat(outcomes.incomplete).isPositive();
        outcomes.report("batchWrite of 60 puts (+10 deletes every other round)", faults.attempts() - before);
    }

    @Test
    void batchReadsListExactlyTheKeysNotRead() {
        faults.enabled(false);
        List<Event> items = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            items.add(new Event("READ", String.format("K#%03d", i), "v" + i));
        }
        clean.table(Event.class).batchWrite(items, List.of());
        List<Key> keys = items.stream().map(e -> Key.of(e.pk(), e.sk())).toList();
        Outcomes outcomes = new Outcomes();
        faults.enabled(true);
        long before = faults.attempts();
        for (int round = 0; round < 12; round++) {
            try {
                assertThat(events.batchGet(keys, com.theorycloud.tabletheory.ReadOptions.defaults(), BATCH_RETRY))
                        .containsExactlyElementsOf(items);
                outcomes.ok();
            } catch (BatchIncompleteException e) {
                Set<String> unread = sortKeys(e.unprocessedKeys());
                Set<String> read = new HashSet<>();
                e.itemsRead().forEach(item -> read.add(((Event) item).sk()));
                assertThat(unread).doesNotContainAnyElementsOf(read);
                assertThat(unread.size() + read.size()).isEqualTo(items.size());
                outcomes.incomplete(unread.size());
            } catch (TableTheoryException e) {
                outcomes.failed(e);
            }
        }
        faults.enabled(false);
        assertThat(outcomes.unexpected).isEmpty();
        assertThat(outcomes.incomplete + outcomes.successes).isPositive();
        outcomes.report("batchGet of 150 keys", faults.attempts() - before);
    }

    @Test
    void transactionsAreAppliedWhollyOrNotAtAll() {
        faults.enabled(false);
        tallies.create(new Tally("TX", "TOTAL", 0, 0));
        faults.enabled(true);
        Map<String, String> expectedEvents = new TreeMap<>();
        long expectedTotal = 0;
        Outcomes outcomes = new Outcomes();
        long before = faults.attempts();
        for (int i = 0; i < 80; i++) {
            String a = String.format("TX#%03d#A", i);
            String b = String.format("TX#%03d#B", i);
            try {
                Tally total = tallies.get(Key.of("TX", "TOTAL"));
                db.transactWrite()
                        .create(events, new Event("TX", a, "first " + i))
                        .create(events, new Event("TX", b, "second " + i))
                        .update(tallies, new Tally("TX", "TOTAL", total.counter() + 2, total.version()), "counter")
                        .execute();
                expectedEvents.put(a, "first " + i);
                expectedEvents.put(b, "second " + i);
                expectedTotal += 2;
                outcomes.ok();
            } catch (TransactionCanceledException e) {
                outcomes.failed(e);
            } catch (TableTheoryException e) {
                outcomes.failed(e);
            }
        }
        faults.enabled(false);
        assertThat(outcomes.unexpected).isEmpty();
        assertSameRows(rows(events, "TX", "payload"), expectedEvents, "transaction events");
        assertThat(tallies.get(Key.of("TX", "TOTAL")).counter()).isEqualTo(expectedTotal);
        outcomes.report("transactWrite of 2 creates + 1 versioned update (after a get)", faults.attempts() - before);
    }

    /** The stored rows of one partition, sort key to the given attribute, read with a clean client. */
    private static Map<String, String> rows(Table<?> table, String pk, String attribute) {
        Map<String, String> out = new TreeMap<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table.tableName()).consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse page = LOCAL.client().scan(request.build());
            for (Map<String, AttributeValue> item : page.items()) {
                if (item.get("pk").s().equals(pk)) {
                    AttributeValue value = item.get(attribute);
                    String previous = out.put(item.get("sk").s(), value.s() != null ? value.s() : value.n());
                    assertThat(previous).as("duplicate row %s", item.get("sk").s()).isNull();
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    /** Compares stored rows with the model, naming only the differences. */
    private static void assertSameRows(Map<String, String> stored, Map<String, String> expected, String what) {
        Map<String, String> missing = new TreeMap<>(expected);
        missing.entrySet().removeAll(stored.entrySet());
        Map<String, String> extra = new TreeMap<>(stored);
        extra.entrySet().removeAll(expected.entrySet());
        assertThat(missing).as("%s: rows the model expects but the table lacks", what).isEmpty();
        assertThat(extra).as("%s: rows the table holds but no successful operation wrote", what).isEmpty();
    }

    private static Set<String> sortKeys(List<Map<String, AttributeValue>> keys) {
        Set<String> out = new HashSet<>();
        keys.forEach(key -> out.add(key.get("sk").s()));
        return out;
    }

    /** What the operations of one run did; failures must be the typed errors of an exhausted retry budget. */
    private static final class Outcomes {
        long successes;
        long failures;
        long incomplete;
        long unprocessed;
        final List<Throwable> unexpected = new ArrayList<>();
        final Map<String, Integer> codes = new HashMap<>();

        void ok() {
            successes++;
        }

        void incomplete(int count) {
            incomplete++;
            unprocessed += count;
        }

        void failed(TableTheoryException e) {
            failures++;
            codes.merge(e.errorCode() + (e instanceof DynamoDbOperationException d && d.awsErrorCode() != null
                    ? "/" + d.awsErrorCode() : ""), 1, Integer::sum);
            boolean expected;
            if (e instanceof ThrottledException) {
                expected = e.getMessage().contains("after the SDK's retries");
            } else if (e instanceof DynamoDbOperationException) {
                // Service errors name the spent budget; client errors carry the SDK's "SDK Attempt Count".
                expected = e.getMessage().contains("Injected fault") && (e.getMessage().contains("gave up after 3")
                        || e.getMessage().contains("SDK Attempt Count: 3"));
            } else if (e instanceof TransactionCanceledException cancelled) {
                expected = cancelled.retryable();
            } else {
                expected = false;
            }
            if (!expected) {
                unexpected.add(e);
            }
        }

        void report(String what, long attempts) {
            System.out.printf("[reliability] faults %s: %d ok, %d incomplete (%d items/keys listed), %d failed %s;"
                    + " %d HTTP attempts, injected so far %s%n", what, successes, incomplete, unprocessed, failures,
                    codes, attempts, faults);
        }
    }
}
