package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.transaction.CancellationReason;
import com.theorycloud.tabletheory.transaction.TransactGetResult;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import com.theorycloud.tabletheory.transaction.TransactionCanceledException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/transactions.md, run against the local DynamoDB. */
class TransactionsPageSnippetsTest {

    private static TableTheory db;
    private static Table<User> users;

    @BeforeAll
    static void createTable() {
        db = DocsDb.engine();
        users = DocsDb.table(db, User.class);
    }

    @Test
    void updateAndPutTogether() {
        users.create(User.of("USER#TXW", "ITEM#001", "before"));
        // region write
        Table<User> users = db.table(User.class);

        db.transactWrite()
                .update(users, User.of("USER#TXW", "ITEM#001", "updated"), List.of("nickname"),
                        Condition.attributeExists("PK"))
                .put(users, User.of("USER#TXW", "ITEM#002", "created").withEmailHash("txw@example"))
                .execute();
        // endregion
        assertThat(users.get(Key.of("USER#TXW", "ITEM#001"))).extracting(User::nickname, User::version)
                .containsExactly("updated", 1L);
        assertThat(users.get(Key.of("USER#TXW", "ITEM#002")).emailHash()).isEqualTo("txw@example");
    }

    @Test
    void everyKindOfAction() {
        User newUser = User.of("USER#10", "PROFILE", "new");
        User replacement = User.of("USER#11", "PROFILE", "replaced");
        users.put(User.of("USER#11", "PROFILE", "original"));
        User readUser = users.create(User.of("USER#12", "PROFILE", "Alice"));
        users.put(User.of("USER#9", "PROFILE", "leaving"));
        users.put(User.of("USER#TX-GUARD", "LOCK", "open"));
        // region actions
        db.transactWrite()
                .create(users, newUser)                                  // put that requires the item to be absent
                .put(users, replacement)                                 // overwrite
                .update(users, readUser.withNickname("Al"), "nickname")  // partial update, version-checked
                .delete(users, Key.of("USER#9", "PROFILE"))              // delete by key
                .conditionCheck(users, Key.of("USER#TX-GUARD", "LOCK"), Condition.eq("nickname", "open"))
                .idempotencyToken("order-42-payment")                    // optional ClientRequestToken, 1-36 chars
                .execute();
        // endregion
        assertThat(users.find(Key.of("USER#10", "PROFILE"))).isPresent();
        assertThat(users.get(Key.of("USER#11", "PROFILE")).nickname()).isEqualTo("replaced");
        assertThat(users.get(Key.of("USER#12", "PROFILE")).nickname()).isEqualTo("Al");
        assertThat(users.find(Key.of("USER#9", "PROFILE"))).isEmpty();
    }

    @Test
    void aVersionConflictCancelsEverythingAndShowsTheStoredItem() {
        User staleUser = users.create(User.of("USER#TXV", "PROFILE", "first"));
        users.update(staleUser.withNickname("second"), "nickname");
        List<User> merged = new ArrayList<>();
        // region canceled
        try {
            db.transactWrite()
                    .create(users, User.of("USER#TXV", "OTHER", "new"))
                    .update(users, staleUser.withNickname("stale"), "nickname")
                    .returnOldItemsOnConditionFailure()
                    .execute();
        } catch (TransactionCanceledException e) {
            if (e.is("ErrVersionConflict")) {                   // also e.is("ErrConditionFailed")
                CancellationReason failed = e.failures().get(0);  // index 1, UPDATE, User, PK=USER#TXV, SK=PROFILE
                User current = (User) failed.oldItem();           // the stored item, because old items were asked for
                merged.add(current);
            }
        }
        // endregion
        assertThat(merged).singleElement().extracting(User::nickname, User::version).containsExactly("second", 1L);
        assertThat(users.find(Key.of("USER#TXV", "OTHER"))).isEmpty();
    }

    @Test
    void readSeveralItemsAsOneSnapshot() {
        users.put(User.of("USER#TG", "ITEM#001", "one"));
        users.put(User.of("USER#TG", "ITEM#002", "two"));
        // region get
        TransactGetResult result = db.transactGet()
                .get(users, Key.of("USER#TG", "ITEM#001"))
                .get(users, Key.of("USER#TG", "ITEM#MISSING"))
                .get(users, Key.of("USER#TG", "ITEM#002"))
                .execute();

        result.items(users);        // [ITEM#001, ITEM#002]: found items in request order
        result.get(1, users);       // Optional.empty()
        // endregion
        assertThat(result.items(users)).extracting(User::SK).containsExactly("ITEM#001", "ITEM#002");
        assertThat(result.get(1, users)).isEmpty();
    }

    @Test
    void changeAnItemReadBefore() {
        users.put(User.of("USER#1", "PROFILE", "Alice"));
        User auditEntry = User.of("USER#1", "AUDIT#1", "renamed to Al");
        // region read-then-update
        User read = users.get(Key.of("USER#1", "PROFILE"));
        db.transactWrite().update(users, read.withNickname("Al"), "nickname").create(users, auditEntry).execute();
        // endregion
        assertThat(users.get(Key.of("USER#1", "PROFILE")).version()).isEqualTo(read.version() + 1);

        assertThatThrownBy(() -> {
            // region created-at
            db.transactWrite().update(users, read.withCreatedAt(Instant.parse("2026-07-31T00:00:00Z")), "nickname",
                    "createdAt").execute();
            // endregion
        }).isInstanceOf(InvalidModelException.class).hasMessageContaining("createdAt");
    }

    @Test
    void foldTheCheckIntoTheWrite() {
        users.put(User.of("USER#TX-GUARD", "DATA", "doomed"));
        // region guarded-delete
        db.transactWrite()
                .delete(users, Key.of("USER#TX-GUARD", "DATA"), Condition.eq("nickname", "doomed"))
                .execute();
        // endregion
        assertThat(users.find(Key.of("USER#TX-GUARD", "DATA"))).isEmpty();
        assertThatThrownBy(() -> db.transactWrite()
                .conditionCheck(users, Key.of("USER#TX-GUARD", "DATA"), Condition.eq("nickname", "doomed"))
                .delete(users, Key.of("USER#TX-GUARD", "DATA")).execute())
                .isInstanceOf(InvalidOperatorException.class);
    }

    @Test
    void retryAnUnknownOutcomeWithTheSameBuilder() {
        User read = users.create(User.of("USER#PAY", "PROFILE", "before")).withNickname("paid");
        String orderId = "order-43-payment";
        // region idempotent-retry
        TransactWrite payment = db.transactWrite().idempotencyToken(orderId).update(users, read, "nickname");
        try {
            payment.execute();
        } catch (DynamoDbOperationException timeout) {
            payment.execute();   // applied at most once
        }
        // endregion
        payment.execute();
        assertThat(users.get(Key.of("USER#PAY", "PROFILE"))).extracting(User::nickname, User::version)
                .containsExactly("paid", 1L);
    }
}
