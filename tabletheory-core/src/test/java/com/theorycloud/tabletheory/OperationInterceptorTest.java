package com.theorycloud.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.testmodel.TestUser;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The interceptor surrounds every operation: begin before it runs, end after the listener heard the outcome. */
class OperationInterceptorTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void surroundsARejectedOperationAndHandsItTheError() {
        Table<TestUser> users = TableTheory.builder().client(new NoCallsClient())
                .listener(event -> calls.add("listener " + event.errorCode()))
                .interceptor((model, table, operation, index) -> {
                    calls.add("begin " + model + " " + table + " " + operation + " " + index);
                    return (event, error) -> calls.add("end " + event.errorCode() + " "
                            + (error == null ? null : error.getClass().getSimpleName()));
                }).build().table(TestUserCodec.INSTANCE);

        assertThatThrownBy(() -> users.create(TestUser.of("U#1", null, "x")))
                .isInstanceOf(MissingPrimaryKeyException.class);

        assertThat(calls).containsExactly("begin User users_contract CREATE null",
                "listener ErrMissingPrimaryKey", "end ErrMissingPrimaryKey MissingPrimaryKeyException");
    }

    @Test
    void surroundsTransactionsToo() {
        TableTheory db = TableTheory.builder().client(new NoCallsClient())
                .interceptor((model, table, operation, index) -> {
                    calls.add("begin " + model + " " + table + " " + operation);
                    return (event, error) -> calls.add("end " + event.errorCode());
                }).build();
        Table<TestUser> users = db.table(TestUserCodec.INSTANCE);

        assertThatThrownBy(() -> db.transactWrite().create(users, TestUser.of("U#1", null, "x")).execute())
                .isInstanceOf(MissingPrimaryKeyException.class);

        assertThat(calls).containsExactly("begin User users_contract TRANSACT_WRITE", "end ErrMissingPrimaryKey");
    }

    @Test
    void ignoresAnInterceptorThatThrows() {
        Table<TestUser> users = TableTheory.builder().client(new NoCallsClient())
                .interceptor((model, table, operation, index) -> {
                    throw new IllegalStateException("broken tracing");
                }).build().table(TestUserCodec.INSTANCE);

        assertThatThrownBy(() -> users.create(TestUser.of("U#1", null, "x")))
                .isInstanceOf(MissingPrimaryKeyException.class);
    }

    /** Every call fails: these operations are rejected before DynamoDB would be called. */
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
