package com.theorycloud.tabletheory.transaction;

import org.jspecify.annotations.Nullable;

/**
 * Why DynamoDB cancelled one action of a transaction: one reason per action, in the order the actions were added
 * (actions that did not fail have the code {@code None}).
 *
 * @param index          the action's position in the transaction, from 0
 * @param action         the kind of action
 * @param modelName      the action's model
 * @param tableName      the action's table
 * @param key            the item's key, e.g. {@code PK=USER#1, SK=PROFILE}
 * @param code           DynamoDB's reason code: {@code None}, {@code ConditionalCheckFailed},
 *                       {@code TransactionConflict}, {@code ThrottlingError}, {@code ProvisionedThroughputExceeded},
 *                       {@code ItemCollectionSizeLimitExceeded}, {@code ValidationError}, ...
 * @param message        DynamoDB's message, or {@code null}
 * @param versionChecked whether the action's condition included the model's expected-version check
 * @param oldItem        the stored item decoded with the action's codec, when the condition failed and old items were
 *                       asked for ({@link TransactWrite#returnOldItemsOnConditionFailure()}); otherwise {@code null}
 */
public record CancellationReason(int index, ActionKind action, String modelName, String tableName, String key,
        String code, @Nullable String message, boolean versionChecked, @Nullable Object oldItem) {

    /** The reason code of an action that did not fail. */
    public static final String NONE = "None";
    /** The reason code of an action whose condition did not hold. */
    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    /** Whether this action made the transaction fail. */
    public boolean failed() {
        return !NONE.equals(code);
    }

    /** Whether this action's condition did not hold. */
    public boolean conditionFailed() {
        return CONDITIONAL_CHECK_FAILED.equals(code);
    }

    /** Whether this action's condition, which included the expected version, did not hold. */
    public boolean versionConflict() {
        return conditionFailed() && versionChecked;
    }

    /** Whether the action failed only because of a concurrent transaction or throttling, so retrying may succeed. */
    public boolean retryable() {
        return switch (code) {
            case "TransactionConflict", "ProvisionedThroughputExceeded", "ThrottlingError", "InternalServerError" ->
                true;
            default -> false;
        };
    }

    /** Whether the action failed because DynamoDB throttled it. */
    public boolean throttled() {
        return "ProvisionedThroughputExceeded".equals(code) || "ThrottlingError".equals(code);
    }
}
