package com.theorycloud.tabletheory.transaction;

import static com.theorycloud.tabletheory.testmodel.ReplayClients.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.batch.RecordingSleeper;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.local.DynamoDbFixture;
import com.theorycloud.tabletheory.local.RecordedRequest;
import com.theorycloud.tabletheory.local.ReplayingHttpClient;
import com.theorycloud.tabletheory.testmodel.ReplayClients;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transaction failures no emulator produces (conflicts, throttling), replayed from recorded TransactWriteItems and
 * TransactGetItems responses in DynamoDB's wire shape.
 */
class TransactionReplayTest {

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RetryPolicy policy = RetryPolicy.transactionDefaults().withSleeper(sleeper).withRandom(() -> 0.5)
            .withClock(sleeper.clock());

    private static TableTheory db(ReplayingHttpClient http, int sdkAttempts) {
        return TableTheory.builder().client(ReplayClients.client(http, sdkAttempts)).build();
    }

    private static TransactWrite twoWrites(TableTheory db) {
        Table<TestUser> users = db.table(TestUserCodec.INSTANCE);
        return db.transactWrite()
                .create(users, TestUser.of("USER#1", "PROFILE", "al"))
                .update(users, TestUser.of("USER#2", "PROFILE", "bo").withVersion(3L), "nickname");
    }

    @Test
    void retriesAConflictWithTheSameIdempotencyToken() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(DynamoDbFixture.TRANSACTION_CONFLICT)
                .respondFromClasspath(fixture("transact-write-items.http")).build();

        twoWrites(db(http, 1)).retryPolicy(policy).execute();

        assertThat(http.operations()).containsExactly("TransactWriteItems", "TransactWriteItems");
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(50));
        List<String> bodies = http.requests().stream().map(RecordedRequest::body).toList();
        assertThat(bodies.get(0)).contains("\"ClientRequestToken\"").isEqualTo(bodies.get(1));
    }

    @Test
    void aConflictThatOutlivesTheRetriesNamesTheConflictingAction() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(3, DynamoDbFixture.TRANSACTION_CONFLICT)
                .build();

        assertThatThrownBy(() -> twoWrites(db(http, 1)).retryPolicy(policy.withMaxRetries(2)).execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("ErrTransactionFailed");
                    assertThat(e.is("ErrConditionFailed")).isFalse();
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.failures()).singleElement().satisfies(reason -> {
                        assertThat(reason.index()).isEqualTo(1);
                        assertThat(reason.action()).isEqualTo(ActionKind.UPDATE);
                        assertThat(reason.code()).isEqualTo("TransactionConflict");
                        assertThat(reason.key()).isEqualTo("PK=USER#2, SK=PROFILE");
                    });
                    assertThat(e.getMessage()).contains("on all 3 attempts");
                });
        assertThat(http.operations()).hasSize(3);
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void throttledCancellationsAreRetriedAndThenReportedAsThrottling() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("transaction-throttled.http"), fixture("transaction-throttled.http"))
                .build();

        assertThatThrownBy(() -> twoWrites(db(http, 1)).retryPolicy(policy.withMaxRetries(1)).execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.is("ErrThrottled")).isTrue();
                    assertThat(e.failures()).singleElement()
                            .satisfies(reason -> assertThat(reason.action()).isEqualTo(ActionKind.CREATE));
                });
        assertThat(http.operations()).hasSize(2);
    }

    @Test
    void aFailedConditionIsNotRetriedAndDecodesTheReturnedOldItem() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("transaction-condition-failed-with-item.http")).build();

        assertThatThrownBy(() -> twoWrites(db(http, 1)).returnOldItemsOnConditionFailure().retryPolicy(policy)
                .execute())
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.is("ErrVersionConflict")).isTrue();
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.failures().get(0).oldItem()).isInstanceOfSatisfying(TestUser.class, old -> {
                        assertThat(old.nickname()).isEqualTo("taken");
                        assertThat(old.version()).isEqualTo(4L);
                    });
                });
        assertThat(http.operations()).hasSize(1);
        assertThat(http.requests().get(0).body()).contains("\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"");
    }

    @Test
    void throttlingTheSdkGaveUpOnIsAThrottledException() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(2, DynamoDbFixture.THROTTLING).build();

        assertThatThrownBy(() -> twoWrites(db(http, 2)).retryPolicy(policy).execute())
                .isInstanceOf(ThrottledException.class).hasMessageContaining("transaction write");
        assertThat(http.operations()).containsExactly("TransactWriteItems", "TransactWriteItems");
    }

    @Test
    void transactionalReadsRetryConflictsToo() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(DynamoDbFixture.TRANSACTION_CONFLICT)
                .respondFromClasspath(fixture("transact-get-items.http")).build();
        TableTheory db = db(http, 1);
        Table<TestUser> users = db.table(TestUserCodec.INSTANCE);

        TransactGetResult result = db.transactGet().retryPolicy(policy)
                .get(users, Key.of("USER#1", "PROFILE")).get(users, Key.of("USER#2", "PROFILE")).execute();

        assertThat(result.get(0, users)).get().extracting(TestUser::nickname).isEqualTo("al");
        assertThat(result.get(1, users)).isEmpty();
        assertThat(http.operations()).containsExactly("TransactGetItems", "TransactGetItems");
    }

    @Test
    void modelRulesAndLimitsAreCheckedWithoutCallingDynamoDb() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().build();
        TableTheory db = db(http, 1);
        Table<TestUser> users = db.table(TestUserCodec.INSTANCE);
        TestUser user = TestUser.of("USER#1", "PROFILE", "al").withVersion(0L);

        for (String lifecycle : List.of("createdAt", "updatedAt", "version")) {
            assertThatThrownBy(() -> db.transactWrite().update(users, user, "nickname", lifecycle).execute())
                    .isInstanceOf(InvalidModelException.class);
        }
        TransactWrite tooMany = db.transactWrite();
        for (int i = 0; i <= TransactWrite.MAX_ACTIONS; i++) {
            tooMany.delete(users, Key.of("USER#1", "ITEM#" + i));
        }
        assertThatThrownBy(tooMany::execute).isInstanceOf(InvalidOperatorException.class);

        assertThat(http.requests()).isEmpty();
    }

    @Test
    void anUnversionedUpdateIncrementsTheVersionWithoutCheckingIt() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respondFromClasspath(fixture("transact-write-items.http"), fixture("transact-write-items.http"))
                .build();
        TableTheory db = db(http, 1);
        Table<TestUser> users = db.table(TestUserCodec.INSTANCE);

        db.transactWrite().update(users, TestUser.of("USER#1", "PROFILE", "al"), "nickname").execute();
        db.transactWrite().update(users, TestUser.of("USER#1", "PROFILE", "al").withVersion(7L), "nickname")
                .execute();

        String unversioned = http.requests().get(0).body();
        assertThat(unversioned).contains("ADD #txVersion :txOne").contains("\"#txVersion\":\"version\"")
                .doesNotContain("\"N\":\"0\"");
        String versioned = http.requests().get(1).body();
        assertThat(versioned).doesNotContain("#txVersion").contains("\"N\":\"7\"");
    }

    @Test
    void tableViewsWithTightenedProtectedAttributesApplyInsideTransactions() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().build();
        TableTheory db = db(http, 1);
        Table<TestUser> guarded = db.table(TestUserCodec.INSTANCE).withProtectedAttributes(List.of("emailHash"));
        TestUser user = TestUser.of("USER#1", "PROFILE", "al").withEmailHash("h").withVersion(0L);

        assertThatThrownBy(() -> db.transactWrite().update(guarded, user, "emailHash").execute())
                .isInstanceOf(ProtectedFieldMutationException.class).hasMessageContaining("emailHash");
        assertThatThrownBy(() -> db.transactWrite().put(guarded, user).execute())
                .isInstanceOf(ProtectedFieldMutationException.class);
        assertThatThrownBy(() -> guarded.batchWrite(List.of(user), List.of()))
                .isInstanceOf(ProtectedFieldMutationException.class);
        assertThat(http.requests()).isEmpty();
    }
}
