package com.theorycloud.tabletheory.samples.enginequickstart;

import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A note owned by a user: partition key {@code owner}, sort key {@code noteId}, lifecycle timestamps and an
 * optimistic-locking version maintained by the engine.
 *
 * @param owner     who owns the note (partition key)
 * @param noteId    the note's id within its owner (sort key)
 * @param text      the note's text
 * @param tags      free-form tags, stored as a string set and left out when empty
 * @param createdAt set by the engine on create
 * @param updatedAt refreshed by the engine on every write
 * @param version   0 on create, +1 on every update
 */
@TableTheoryModel(table = "notes")
public record Note(@PartitionKey String owner, @SortKey String noteId, String text, @OmitEmpty Set<String> tags,
        @Nullable @CreatedAt Instant createdAt, @Nullable @UpdatedAt Instant updatedAt, @Version long version) {

    /** A new note; the engine fills the timestamps and the version. */
    public static Note draft(String owner, String noteId, String text, Set<String> tags) {
        return new Note(owner, noteId, text, tags, null, null, 0);
    }

    /** The same note with other text (keeps the version, so the update is checked against it). */
    public Note withText(String newText) {
        return new Note(owner, noteId, newText, tags, createdAt, updatedAt, version);
    }
}
