package com.theorycloud.tabletheory.docs.snippets.enhanced;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A todo as an Enhanced Client bean: the "before" model of docs/migration.md. */
@DynamoDbBean
public class Todo {

    private @Nullable String owner;
    private @Nullable String todoId;
    private @Nullable String title;

    /** @return the partition key */
    @DynamoDbPartitionKey
    public @Nullable String getOwner() {
        return owner;
    }

    /** @param owner the partition key */
    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    /** @return the sort key */
    @DynamoDbSortKey
    public @Nullable String getTodoId() {
        return todoId;
    }

    /** @param todoId the sort key */
    public void setTodoId(@Nullable String todoId) {
        this.todoId = todoId;
    }

    /** @return the title */
    public @Nullable String getTitle() {
        return title;
    }

    /** @param title the title */
    public void setTitle(@Nullable String title) {
        this.title = title;
    }
}
