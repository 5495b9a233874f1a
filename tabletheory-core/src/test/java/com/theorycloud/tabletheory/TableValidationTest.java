package com.theorycloud.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Bad input is refused before any request: the client here fails every call it receives. */
class TableValidationTest {

    private final List<OperationEvent> events = new CopyOnWriteArrayList<>();
    private final Table<TestUser> users = TableTheory.builder().client(new NoCallsClient()).listener(events::add)
            .build().table(TestUserCodec.INSTANCE);

    @Test
    void rejectsMissingKeysWithoutCalling() {
        assertThatThrownBy(() -> users.create(TestUser.of("U#1", null, "x")))
                .isInstanceOf(MissingPrimaryKeyException.class);
        assertThatThrownBy(() -> users.get(Key.of("U#1", ""))).isInstanceOf(MissingPrimaryKeyException.class);
        assertThatThrownBy(() -> users.delete(Key.of("U#1"))).isInstanceOf(MissingPrimaryKeyException.class);
        assertThatThrownBy(() -> users.update(TestUser.of(null, "P", "x").withVersion(0L), "nickname"))
                .isInstanceOf(MissingPrimaryKeyException.class);
    }

    @Test
    void rejectsOversizedItemsWithoutCalling() {
        assertThatThrownBy(() -> users.put(TestUser.of("U#1", "P", "é".repeat(205_000))))
                .isInstanceOf(ItemTooLargeException.class).hasMessageContaining("User")
                .hasMessageContaining("PK=U#1, SK=P");
        assertThatThrownBy(() -> users.update(TestUser.of("U#1", "P", "é".repeat(205_000)).withVersion(0L),
                "nickname")).isInstanceOf(ItemTooLargeException.class);
    }

    @Test
    void rejectsLifecycleFieldsAndMissingVersionWithoutCalling() {
        TestUser user = TestUser.of("U#1", "P", "x").withVersion(0L);
        assertThatThrownBy(() -> users.update(user, "version")).isInstanceOf(InvalidModelException.class);
        assertThatThrownBy(() -> users.update(user.withVersion(null))).isInstanceOf(InvalidModelException.class);
    }

    @Test
    void rejectsUnstorableConditionValuesWithoutCalling() {
        assertThatThrownBy(() -> users.put(TestUser.of("U#1", "P", "x"), Condition.eq("nickname", 42)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> users.put(TestUser.of("U#1", "P", "x"),
                Condition.eq(AttributePath.of("profile").key("n"),
                        Double.NaN))).isInstanceOf(InvalidValueException.class).hasMessageContaining("profile.n");
    }

    @Test
    void reportsRejectedOperationsToTheListener() {
        assertThatThrownBy(() -> users.create(TestUser.of("U#1", null, "x")))
                .isInstanceOf(MissingPrimaryKeyException.class);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo(Operation.CREATE);
            assertThat(event.errorCode()).isEqualTo("ErrMissingPrimaryKey");
            assertThat(event.consumedCapacity()).isNull();
            assertThat(event.indexName()).isNull();
        });
    }

    @Test
    void cachesOneTablePerCodec() {
        TableTheory db = TableTheory.builder().client(new NoCallsClient())
                .tableNameResolver(TableNameResolver.prefix("dev-")).build();
        assertThat(db.table(TestUserCodec.INSTANCE)).isSameAs(db.table(TestUserCodec.INSTANCE));
        assertThat(db.table(TestUserCodec.INSTANCE).tableName()).isEqualTo("dev-users_contract");
    }

    /** Every DynamoDbClient operation's default implementation throws UnsupportedOperationException. */
    private static final class NoCallsClient implements DynamoDbClient {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
