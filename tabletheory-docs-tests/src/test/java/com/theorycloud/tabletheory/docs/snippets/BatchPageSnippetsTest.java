package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.ReadOptions;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.local.FaultInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The snippets of docs/batch.md, run against the local DynamoDB. */
class BatchPageSnippetsTest {

    private static TableTheory db;
    private static Table<User> users;

    @BeforeAll
    static void createTable() {
        db = DocsDb.engine();
        users = DocsDb.table(db, User.class);
    }

    @Test
    void batchGetReturnsFoundItemsInKeyOrder() {
        users.put(User.of("USER#BG", "ITEM#001", "first"));
        users.put(User.of("USER#BG", "ITEM#101", "second"));
        // region batch-get
        Table<User> users = db.table(User.class);

        List<User> found = users.batchGet(List.of(
                Key.of("USER#BG", "ITEM#101"),
                Key.of("USER#BG", "ITEM#MISSING"),   // no item: simply absent from the result
                Key.of("USER#BG", "ITEM#001")));
        // found.get(0) is ITEM#101, found.get(1) is ITEM#001
        // endregion
        assertThat(found).extracting(User::SK).containsExactly("ITEM#101", "ITEM#001");
    }

    @Test
    void batchGetByKeyMapsTheRequestedKeys() {
        users.put(User.of("USER#BG", "ITEM#041", "forty-one"));
        List<Key> keys = List.of(Key.of("USER#BG", "ITEM#041"), Key.of("USER#BG", "ITEM#042"));
        // region batch-get-by-key
        Map<Key, User> byKey = users.batchGetByKey(keys, ReadOptions.consistent(), RetryPolicy.defaults());
        User item42 = byKey.get(Key.of("USER#BG", "ITEM#042"));   // null when that item does not exist
        // endregion
        assertThat(item42).isNull();
        assertThat(byKey.get(Key.of("USER#BG", "ITEM#041"))).extracting(User::nickname).isEqualTo("forty-one");
    }

    @Test
    void batchWritePutsAndDeletes() {
        users.put(User.of("USER#BW", "ITEM#900", "doomed"));
        // region batch-write
        users.batchWrite(
                List.of(User.of("USER#BW", "ITEM#001", "w001"), User.of("USER#BW", "ITEM#002", "w002")),
                List.of(Key.of("USER#BW", "ITEM#900")));
        // endregion
        assertThat(users.query().partition("PK", "USER#BW").list()).extracting(User::SK)
                .containsExactly("ITEM#001", "ITEM#002");
    }

    @Test
    void aMorePatientBudget() {
        List<User> puts = List.of(User.of("USER#BP", "ITEM#001", "p"));
        List<Key> deletes = List.of(Key.of("USER#BP", "ITEM#002"));
        // region patient
        RetryPolicy patient = RetryPolicy.defaults().withMaxRetries(10).withMaxElapsed(Duration.ofSeconds(30));
        users.batchWrite(puts, deletes, patient);
        // endregion
        assertThat(users.find(Key.of("USER#BP", "ITEM#001"))).isPresent();
    }

    @Test
    void whatWasLeftUndoneIsReportedAndReallyNotWritten() {
        Table<User> users = usersWhoseBatchesAreNeverProcessed(8);
        List<User> puts = IntStream.range(0, 10).mapToObj(i -> User.of("USER#BI", "ITEM#" + i, "n" + i)).toList();
        List<Map<String, AttributeValue>> undone = new ArrayList<>();
        // region incomplete
        try {
            users.batchWrite(puts, List.of(), RetryPolicy.none());
        } catch (BatchIncompleteException e) {
            // Everything else was written. e.unprocessedItems() are the items as they would have been stored,
            // e.unprocessedKeys() the keys not deleted; both in request order.
            undone.addAll(e.unprocessedItems());
        }
        // endregion
        assertThat(undone).isNotEmpty().hasSizeLessThan(puts.size());
        List<String> undoneKeys = undone.stream().map(item -> item.get("SK").s()).toList();
        List<String> stored = BatchPageSnippetsTest.users.query().partition("PK", "USER#BI").list().stream()
                .map(User::SK).toList();
        assertThat(stored).hasSize(puts.size() - undone.size()).doesNotContainAnyElementsOf(undoneKeys);
    }

    @Test
    void retryLaterWithExactlyWhatWasNotDone() {
        Table<User> users = usersWhoseBatchesAreNeverProcessed(3);
        try {
            users.batchWrite(List.of(User.of("USER#BR", "A", "a"), User.of("USER#BR", "B", "b")), List.of(),
                    RetryPolicy.none());
        // region retry-later
        } catch (BatchIncompleteException e) {
            retryLater(e.unprocessedItems(), e.unprocessedKeys());
        }
        // endregion
        assertThat(retried).isNotEmpty().allSatisfy(item -> assertThat(item.get("PK").s()).isEqualTo("USER#BR"));
    }

    private final List<Map<String, AttributeValue>> retried = new ArrayList<>();

    private void retryLater(List<Map<String, AttributeValue>> items, List<Map<String, AttributeValue>> keys) {
        retried.addAll(items);
        retried.addAll(keys);
    }

    @Test
    void testsNeverWaitForBackoff() throws InterruptedException {
        // region sleeper
        List<Duration> delays = new ArrayList<>();
        RetryPolicy policy = RetryPolicy.defaults().withSleeper(delays::add).withRandom(() -> 0.5);
        // with random 0.5 the first retry waits 25 ms (half of 50 ms), the second 50 ms (half of 100 ms), ...
        // endregion
        assertThat(policy.delay(1)).isEqualTo(Duration.ofMillis(25));
        assertThat(policy.delay(2)).isEqualTo(Duration.ofMillis(50));
        policy.sleeper().sleep(policy.delay(1));
        assertThat(delays).containsExactly(Duration.ofMillis(25));
    }

    @Test
    void passAllKeysAtOnce() {
        List<User> many = IntStream.range(0, 101).mapToObj(i -> User.of("USER#ALL", "ITEM#%03d".formatted(i), "n"))
                .toList();
        users.batchWrite(many, List.of());
        List<Key> allKeys = new ArrayList<>(many.stream().map(users::keyOf).toList());
        Collections.reverse(allKeys);
        // region all-keys
        List<User> found = users.batchGet(allKeys);   // 101 keys: two requests, one result in key order
        // endregion
        assertThat(found).hasSize(101);
        assertThat(found.get(0).SK()).isEqualTo("ITEM#100");
        assertThat(found.get(100).SK()).isEqualTo("ITEM#000");
    }

    @Test
    void eachItemOncePerCall() {
        User updatedUser = users.put(User.of("USER#ONCE", "PROFILE", "before")).withNickname("after");
        // region once
        users.batchWrite(List.of(updatedUser), List.of());
        // endregion
        assertThat(users.get(Key.of("USER#ONCE", "PROFILE")).nickname()).isEqualTo("after");
        assertThatThrownBy(() -> users.batchWrite(List.of(updatedUser), List.of(users.keyOf(updatedUser))))
                .isInstanceOf(InvalidOperatorException.class);
    }

    @Test
    void aTransactionWhenTheWritesBelongTogether() {
        User a = User.of("USER#BTX", "A", "new");
        User b = users.put(User.of("USER#BTX", "B", "old")).withNickname("changed");
        // region transaction
        db.transactWrite().create(users, a).update(users, b, "nickname").execute();
        // endregion
        assertThat(users.get(Key.of("USER#BTX", "B")).version()).isEqualTo(1);
        assertThat(users.find(Key.of("USER#BTX", "A"))).isPresent();
    }

    /** The users table through a client whose batch calls come back with unprocessed items (FaultInjector, by seed). */
    private static Table<User> usersWhoseBatchesAreNeverProcessed(long seed) {
        FaultInjector faults = FaultInjector.builder().seed(seed).rate(1.0).faults(FaultInjector.Fault.UNPROCESSED)
                .build();
        DynamoDbClient faulty = DynamoDbClient.builder().endpointOverride(DocsDb.LOCAL.endpoint())
                .region(DocsDb.LOCAL.region()).credentialsProvider(DocsDb.LOCAL.credentialsProvider())
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(o -> o.addExecutionInterceptor(faults)).build();
        return TableTheory.builder().client(faulty).tableNameResolver(schema -> BatchPageSnippetsTest.users.tableName())
                .build().table(User.class);
    }
}
