package com.theorycloud.tabletheory.batch;

import static com.theorycloud.tabletheory.testmodel.ReplayClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.local.ReplayingHttpClient;
import com.theorycloud.tabletheory.testmodel.ReplayClients;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Unprocessed keys and items, which no emulator produces, replayed from recorded BatchGetItem/BatchWriteItem
 * responses: retries with full-jitter backoff, re-ordering, and the exact report when the budget runs out.
 */
class BatchRetryTest {

    private final RecordingSleeper sleeper = new RecordingSleeper();
    /** Jitter fixed at half the cap, so the delays are predictable. */
    private final RetryPolicy policy = RetryPolicy.defaults().withSleeper(sleeper).withRandom(() -> 0.5)
            .withClock(sleeper.clock());

    private static Table<TestUser> users(ReplayingHttpClient http) {
        return TableTheory.builder().client(ReplayClients.client(http, 1)).build().table(TestUserCodec.INSTANCE);
    }

    private static List<TestUser> writes() {
        return List.of(TestUser.of("USER#A", "PROFILE", "al"), TestUser.of("USER#B", "PROFILE", "bo"));
    }

    @Test
    void retriesUnprocessedWritesAfterAJitteredDelayAndSendsOnlyThose() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("batch-write-unprocessed.http"), fixture("batch-write-done.http"))
                .build();

        users(http).batchWrite(writes(), List.of(Key.of("USER#C", "PROFILE"), Key.of("USER#D", "PROFILE")), policy);

        assertThat(http.operations()).containsExactly("BatchWriteItem", "BatchWriteItem");
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(25));
        String retry = http.requests().get(1).body();
        assertThat(retry).contains("USER#B").contains("USER#D").doesNotContain("USER#A").doesNotContain("USER#C");
    }

    @Test
    void reportsExactlyTheUnprocessedWritesWhenTheRetriesRunOut() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("batch-write-unprocessed.http"), fixture("batch-write-unprocessed.http"),
                        fixture("batch-write-unprocessed.http"))
                .build();

        assertThatThrownBy(() -> users(http).batchWrite(writes(),
                List.of(Key.of("USER#C", "PROFILE"), Key.of("USER#D", "PROFILE")), policy.withMaxRetries(2)))
                .isInstanceOfSatisfying(BatchIncompleteException.class, e -> {
                    assertThat(e.is("ErrBatchOperationFailed")).isTrue();
                    assertThat(e.unprocessedCount()).isEqualTo(2);
                    assertThat(e.unprocessedItems()).singleElement()
                            .satisfies(item -> assertThat(item.get("PK").s()).isEqualTo("USER#B"));
                    assertThat(e.unprocessedKeys()).containsExactly(key("USER#D"));
                    assertThat(e.getMessage()).contains("PK=USER#B, SK=PROFILE").contains("PK=USER#D, SK=PROFILE")
                            .contains("1 puts and 1 deletes of 4 writes");
                });
        assertThat(http.operations()).hasSize(3);
        // Full jitter over a doubling cap: half of 50 ms, then half of 100 ms.
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(25), Duration.ofMillis(50));
    }

    @Test
    void stopsRetryingWhenTheTimeBudgetIsSpent() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("batch-write-unprocessed.http"), fixture("batch-write-unprocessed.http"))
                .build();
        RetryPolicy budget = policy.withMaxRetries(100).withMaxElapsed(Duration.ofMillis(60));

        assertThatThrownBy(() -> users(http).batchWrite(writes(), List.of(Key.of("USER#D", "PROFILE")), budget))
                .isInstanceOf(BatchIncompleteException.class).hasMessageContaining("(or 60 ms)");
        // 25 ms fits the 60 ms budget; the next 50 ms would overrun it, so the engine gives up without sleeping.
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(25));
        assertThat(http.operations()).hasSize(2);
    }

    @Test
    void retriesUnprocessedKeysAndReturnsItemsInRequestOrder() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("batch-get-unprocessed.http"), fixture("batch-get-rest.http"))
                .build();
        List<Key> keys = List.of(Key.of("USER#A", "PROFILE"), Key.of("USER#B", "PROFILE"),
                Key.of("USER#C", "PROFILE"));

        List<TestUser> found = users(http).batchGet(keys, com.theorycloud.tabletheory.ReadOptions.defaults(), policy);

        assertThat(found).extracting(TestUser::nickname).containsExactly("al", "bo", "cy");
        assertThat(http.requests().get(1).body()).contains("USER#B").doesNotContain("USER#A");
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(25));
    }

    @Test
    void reportsUnreadKeysAndKeepsWhatWasRead() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("batch-get-unprocessed.http")).build();
        List<Key> keys = List.of(Key.of("USER#A", "PROFILE"), Key.of("USER#B", "PROFILE"),
                Key.of("USER#C", "PROFILE"));

        assertThatThrownBy(() -> users(http).batchGet(keys, com.theorycloud.tabletheory.ReadOptions.defaults(),
                RetryPolicy.none()))
                .isInstanceOfSatisfying(BatchIncompleteException.class, e -> {
                    assertThat(e.unprocessedKeys()).containsExactly(key("USER#B"));
                    assertThat(e.itemsRead()).extracting(item -> ((TestUser) item).nickname())
                            .containsExactly("al", "cy");
                });
    }

    @Test
    void refusesDuplicateKeysBeforeAnyCall() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().build();
        Table<TestUser> users = users(http);

        assertThatThrownBy(() -> users.batchGet(List.of(Key.of("USER#A", "PROFILE"), Key.of("USER#B", "PROFILE"),
                Key.of("USER#A", "PROFILE"))))
                .isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("PK=USER#A, SK=PROFILE").hasMessageContaining("positions 0 and 2");
        assertThatThrownBy(() -> users.batchWrite(List.of(TestUser.of("USER#A", "PROFILE", "al")),
                List.of(Key.of("USER#A", "PROFILE"))))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("twice");
        assertThat(http.requests()).isEmpty();
    }

    @Test
    void emptyInputMakesNoCall() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().build();
        Table<TestUser> users = users(http);

        assertThat(users.batchGet(List.of())).isEmpty();
        users.batchWrite(List.of(), List.of());

        assertThat(http.requests()).isEmpty();
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("PROFILE"));
    }
}
