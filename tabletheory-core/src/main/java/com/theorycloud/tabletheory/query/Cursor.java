package com.theorycloud.tabletheory.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a query or scan stopped: DynamoDB's last evaluated key plus the index and sort direction it was read with.
 * Hand it to {@link CursorCodec} to get the portable string other TableTheory runtimes understand.
 *
 * @param lastKey the last evaluated key; empty when there is no further page
 * @param index   the index the query ran on, or {@code null} for the table
 * @param sort    the sort direction the query ran with, or {@code null} when none was given
 */
public record Cursor(Map<String, AttributeValue> lastKey, @Nullable String index, @Nullable SortDirection sort) {

    /** Copies the key so the cursor stays immutable; an empty index name means "no index" as in the other runtimes. */
    public Cursor {
        lastKey = Collections.unmodifiableMap(new LinkedHashMap<>(lastKey));
        if (index != null && index.isEmpty()) {
            index = null;
        }
    }

    /** A cursor for the given last key on the table, without sort direction. */
    public static Cursor of(Map<String, AttributeValue> lastKey) {
        return new Cursor(lastKey, null, null);
    }

    /** The cursor that marks the end of the results: no last key, so no further page. */
    public static Cursor end() {
        return new Cursor(Map.of(), null, null);
    }

    /** Whether this cursor marks the end of the results (its string form is {@code ""}). */
    public boolean isEnd() {
        return lastKey.isEmpty();
    }
}
