package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.mapping.Document;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one step produced: an error, or an item, items, a count, a cursor, and the raw stored item where useful.
 *
 * @param error  the failure the engine raised, or {@code null}
 * @param item   the single item read, or {@code null}
 * @param absent for optional gets: whether the item was absent
 * @param items  the items read by a multi-item step
 * @param count  the count of a count step, or {@code null}
 * @param cursor the next-page cursor of a paged read, or {@code null}
 * @param raw    the item as stored, read back with a consistent GetItem, or {@code null}
 */
record StepResult(@Nullable Throwable error, @Nullable Document item, boolean absent, List<Document> items,
        @Nullable Long count, @Nullable String cursor, @Nullable Map<String, AttributeValue> raw) {

    static StepResult failed(Throwable error) {
        return new StepResult(error, null, false, List.of(), null, null, null);
    }

    static StepResult ok() {
        return new StepResult(null, null, false, List.of(), null, null, null);
    }

    static StepResult item(Document item, @Nullable Map<String, AttributeValue> raw) {
        return new StepResult(null, item, false, List.of(item), null, null, raw);
    }

    static StepResult absentItem() {
        return new StepResult(null, null, true, List.of(), null, null, null);
    }

    static StepResult items(List<Document> items, @Nullable String cursor) {
        return new StepResult(null, null, false, List.copyOf(items), null, cursor, null);
    }

    static StepResult count(long count) {
        return new StepResult(null, null, false, List.of(), count, null, null);
    }
}
