package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.model.KeyAttribute;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks that a decoded cursor belongs to the read it is handed to, before any call: same index, same sort direction,
 * and a last key made of exactly the key attributes of that table or index, with their key types (and, for a query,
 * the queried partition). A cursor of another read would make DynamoDB resume at an unrelated position or fail with a
 * vague validation error.
 */
public final class CursorRules {

    private static final String FIX = " Pass the cursor returned by the same query (same table, index and sort"
            + " direction), or none to start from the first page.";

    private CursorRules() {
    }

    /**
     * Checks one cursor.
     *
     * @param modelName      the model, for messages
     * @param lastKey        the cursor's last key (not empty)
     * @param cursorIndex    the index recorded in the cursor, or {@code null}
     * @param cursorSort     the sort direction recorded in the cursor ({@code ASC}/{@code DESC}), or {@code null}
     * @param target         the table or index being read
     * @param requestSort    the read's sort direction, or {@code null} for a scan
     * @param partitionValue the queried partition value, or {@code null} for a scan
     * @throws InvalidCursorException when the cursor does not belong to this read
     */
    public static void check(String modelName, Map<String, AttributeValue> lastKey, @Nullable String cursorIndex,
            @Nullable String cursorSort, KeyTarget target, @Nullable String requestSort,
            @Nullable AttributeValue partitionValue) {
        if (!Objects.equals(cursorIndex, target.indexName())) {
            throw invalid(modelName, "it was issued for " + (cursorIndex == null ? "the table" : "index '"
                    + cursorIndex + "'") + " but this read uses " + target.describe() + ".");
        }
        if (requestSort == null && cursorSort != null) {
            throw invalid(modelName, "it was issued by a query (sort " + cursorSort + ") but is used for a scan.");
        }
        if (requestSort != null && cursorSort != null && !cursorSort.equals(requestSort)) {
            throw invalid(modelName, "it was issued for sort direction " + cursorSort + " but this query reads "
                    + requestSort + ".");
        }
        TreeSet<String> expected = new TreeSet<>();
        target.lastKeyParts().forEach(part -> expected.add(part.name()));
        if (!expected.equals(new TreeSet<>(lastKey.keySet()))) {
            throw invalid(modelName, "its last key holds " + new TreeSet<>(lastKey.keySet()) + " but a key of "
                    + target.describe() + " holds " + expected + ".");
        }
        for (KeyAttribute part : target.lastKeyParts()) {
            AttributeValue value = lastKey.get(part.name());
            if (value.type() != AttributeValue.Type.valueOf(part.type().name())) {
                throw invalid(modelName, "its last key value of '" + part.name() + "' is " + value.type()
                        + " but the key type is " + part.type() + ".");
            }
        }
        if (partitionValue != null && !partitionValue.equals(lastKey.get(target.partitionKey().name()))) {
            throw invalid(modelName, "it was issued for another partition than the one queried.");
        }
    }

    private static InvalidCursorException invalid(String modelName, String reason) {
        return new InvalidCursorException(modelName, "Model " + modelName + ": the cursor does not belong to this"
                + " read: " + reason + FIX);
    }
}
