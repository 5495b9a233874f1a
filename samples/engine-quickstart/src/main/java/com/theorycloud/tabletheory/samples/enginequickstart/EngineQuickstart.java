package com.theorycloud.tabletheory.samples.enginequickstart;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.io.PrintStream;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The engine without Spring: create, read, update (with optimistic locking) and delete one model against the
 * embedded local DynamoDB, or against {@code TABLETHEORY_DYNAMODB_ENDPOINT} when that is set.
 */
public final class EngineQuickstart {

    private EngineQuickstart() {
    }

    /** Runs the walkthrough and prints what happens. */
    public static void main(String[] args) {
        LocalDynamoDb dynamo = LocalDynamoDb.shared();
        run(dynamo.client(), dynamo.uniqueTableName("notes"), System.out);
    }

    /**
     * Runs the walkthrough against a client, writing to a fresh table.
     *
     * @return the note as it is stored at the end, before it is deleted
     */
    public static Note run(DynamoDbClient client, String tableName, PrintStream out) {
        TableTheory engine = TableTheory.builder()
                .client(client)
                .tableNameResolver(schema -> tableName)
                .build();
        Table<Note> notes = engine.table(Note.class);
        engine.ensureTable(notes.schema());
        out.println("table " + notes.tableName() + " is ready");

        Note created = notes.create(Note.draft("ada", "note-1", "Hello, DynamoDB", Set.of("intro")));
        out.println("created  " + created);

        Note updated = notes.update(created.withText("Hello again"), "text");
        out.println("updated  " + updated + " (version " + created.version() + " -> " + updated.version() + ")");

        try {
            notes.update(created.withText("a stale write"), "text");
        } catch (ConditionFailedException e) {
            out.println("rejected a stale update: " + e.getMessage());
        }

        Note read = notes.get(Key.of("ada", "note-1"));
        out.println("read     " + read);

        notes.delete(read);
        out.println("deleted; find now returns " + notes.find(Key.of("ada", "note-1")));
        return read;
    }
}
