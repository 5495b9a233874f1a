package com.theorycloud.tabletheory.batch;

import com.theorycloud.tabletheory.error.TableTheoryException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A batch read or write whose retry budget ran out while DynamoDB still reported unprocessed keys or items
 * ({@code ErrBatchOperationFailed}). It tells exactly what was not done: the keys not read or not deleted, and the
 * items (as they would have been stored) not written. Everything else was done; retry only what it lists.
 */
public class BatchIncompleteException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of this exception. */
    public static final String CODE = "ErrBatchOperationFailed";

    private final transient List<Map<String, AttributeValue>> unprocessedKeys;
    private final transient List<Map<String, AttributeValue>> unprocessedItems;
    private final transient List<Object> itemsRead;

    /**
     * Creates the exception.
     *
     * @param modelName        the model involved
     * @param message          what happened and how to fix it
     * @param unprocessedKeys  keys not read (batch get) or not deleted (batch write), in request order
     * @param unprocessedItems items not written by a batch write, as they would have been stored, in request order
     * @param itemsRead        the items a batch get did read, decoded, in request order
     */
    public BatchIncompleteException(String modelName, String message, List<Map<String, AttributeValue>> unprocessedKeys,
            List<Map<String, AttributeValue>> unprocessedItems, List<?> itemsRead) {
        this(modelName, message, unprocessedKeys, unprocessedItems, itemsRead, null);
    }

    /**
     * Creates the exception for a batch that stopped because one of its requests failed after earlier requests had
     * been applied; the failure is the cause, and its writes or keys are listed as unprocessed with all later ones.
     *
     * @param cause the typed error of the failed request, or {@code null} when the retry budget ran out
     */
    public BatchIncompleteException(String modelName, String message, List<Map<String, AttributeValue>> unprocessedKeys,
            List<Map<String, AttributeValue>> unprocessedItems, List<?> itemsRead,
            @Nullable TableTheoryException cause) {
        super(CODE, modelName, message, cause);
        this.unprocessedKeys = List.copyOf(unprocessedKeys);
        this.unprocessedItems = List.copyOf(unprocessedItems);
        this.itemsRead = List.copyOf(itemsRead);
    }

    /** Keys not read (batch get) or not deleted (batch write), in the stored key form, in request order. */
    public List<Map<String, AttributeValue>> unprocessedKeys() {
        return unprocessedKeys;
    }

    /** Items a batch write did not put, as they would have been stored, in request order. */
    public List<Map<String, AttributeValue>> unprocessedItems() {
        return unprocessedItems;
    }

    /** The items a batch get did read before the budget ran out, decoded, in request order; empty for writes. */
    public List<Object> itemsRead() {
        return itemsRead;
    }

    /** How many keys and items were left undone. */
    public int unprocessedCount() {
        return unprocessedKeys.size() + unprocessedItems.size();
    }
}
