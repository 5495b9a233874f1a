package com.theorycloud.tabletheory.samples.enginequickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The do / don't snippets of docs/engine-getting-started.md and docs/troubleshooting.md that use the quickstart's
 * {@link Note}, run against the local DynamoDB.
 */
class NoteSnippetsTest {

    private Table<Note> notes;

    @BeforeEach
    void freshTable() {
        LocalDynamoDb dynamo = LocalDynamoDb.shared();
        String tableName = dynamo.uniqueTableName("notes");
        TableTheory engine = TableTheory.builder().client(dynamo.client()).tableNameResolver(schema -> tableName)
                .build();
        notes = engine.table(Note.class);
        engine.ensureTable(notes.schema());
        Note created = notes.create(Note.draft("ada", "note-1", "Hello, DynamoDB", Set.of("intro")));
        notes.update(created.withText("Hello again"), "text");
    }

    @Test
    void primeBeforeTheSnapshot() {
        LocalDynamoDb dynamo = LocalDynamoDb.shared();
        DynamoDbClient client = dynamo.client();
        String tableName = dynamo.uniqueTableName("primed_notes");
        // region prime
        TableTheory db = TableTheory.builder().client(client).tableNameResolver(schema -> tableName).build();
        db.prime(Note.draft("prime", "note-0", "warm-up text", Set.of("warm-up"))); // sends no request
        // endregion
        Table<Note> primed = db.table(Note.class);
        assertThatThrownBy(() -> db.client().describeTable(b -> b.tableName(tableName)))
                .as("priming created no table").isInstanceOf(ResourceNotFoundException.class);
        db.ensureTable(primed.schema());
        assertThat(primed.find(Key.of("prime", "note-0"))).as("and stored nothing").isEmpty();
        primed.create(Note.draft("ada", "note-9", "after priming", Set.of()));
        assertThat(primed.get(Key.of("ada", "note-9")).text()).isEqualTo("after priming");
    }

    @Test
    void updateFromTheItemYouRead() {
        // region update-from-read
        Note current = notes.get(Key.of("ada", "note-1"));
        notes.update(current.withText("new text"), "text");
        // endregion
        assertThat(notes.get(Key.of("ada", "note-1"))).extracting(Note::text, Note::version)
                .containsExactly("new text", 2L);
    }

    @Test
    void aFreshObjectHasVersionZeroAndIsRejected() {
        assertThatThrownBy(() -> {
            // region fresh-object
            notes.update(Note.draft("ada", "note-1", "new text", Set.of()), "text"); // VersionConflictException
            // endregion
        }).isInstanceOf(VersionConflictException.class);
        assertThat(notes.get(Key.of("ada", "note-1")).text()).isEqualTo("Hello again");
    }

    @Test
    void reReadAndDecideAgainOnAConflict() {
        Key key = Key.of("ada", "note-1");
        Note changed = notes.get(key).withText("mine");
        Note theirs = notes.get(key);
        notes.update(theirs.withText("theirs"), "text");
        // region re-read
        Note saved;
        try {
            saved = notes.update(changed, "text");
        } catch (VersionConflictException e) {        // someone else wrote first; nothing of ours was written
            Note fresh = notes.get(key);
            saved = notes.update(fresh.withText(changed.text()), "text");   // decide again on the fresh item
        }
        // endregion
        assertThat(saved.text()).isEqualTo("mine");
        assertThat(saved.version()).isEqualTo(3);
    }

    @Test
    void retryingTheSameStaleWriteFailsAgain() {
        Key key = Key.of("ada", "note-1");
        Note changed = notes.get(key).withText("mine");
        notes.update(notes.get(key).withText("theirs"), "text");
        assertThatThrownBy(() -> {
            try {
                notes.update(changed, "text");
            // region same-stale-write
            } catch (TableTheoryException e) {
                if (e.getMessage().contains("version")) { notes.update(changed, "text"); }   // fails again, forever
            }
            // endregion
        }).isInstanceOf(VersionConflictException.class);
    }
}
