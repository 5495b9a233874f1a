package com.theorycloud.tabletheory.docs.snippets.enhanced;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.local.LocalDynamoDb;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** The Enhanced Client code docs/migration.md migrates from, on the local DynamoDB. */
class EnhancedClientBeforeTest {

    @Test
    void putsAndReadsATodo() {
        LocalDynamoDb local = LocalDynamoDb.shared();
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(local.client()).build();
        enhanced.table("todos", TableSchema.fromBean(Todo.class)).createTable();
        Todo todo = new Todo();
        todo.setOwner("ada");
        todo.setTodoId("2026-11-25#milk");
        todo.setTitle("buy milk");

        // region before
        DynamoDbTable<Todo> table = enhanced.table("todos", TableSchema.fromBean(Todo.class));
        table.putItem(todo);
        Todo read = table.getItem(Key.builder().partitionValue("ada").sortValue("2026-11-25#milk").build());
        // endregion

        assertThat(read.getTitle()).isEqualTo("buy milk");
        table.deleteTable();
    }
}
