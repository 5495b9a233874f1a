package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.ErrorTranslator;
import com.theorycloud.tabletheory.internal.FailureContext;
import com.theorycloud.tabletheory.internal.ItemKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Translates a failed transaction call: a cancellation becomes a {@link TransactionCanceledException} whose reasons
 * name each action's model, key and kind; any other failure goes through the engine's usual error translation.
 */
final class Cancellations {

    /**
     * What one action was, for explaining its cancellation reason.
     *
     * @param kind           the kind of action
     * @param modelName      the model
     * @param tableName      the table
     * @param key            the item's key
     * @param versionChecked whether its condition included the expected version
     * @param decoder        decodes an old item returned with a failed condition
     */
    record Action(ActionKind kind, String modelName, String tableName, Map<String, AttributeValue> key,
            boolean versionChecked, Function<Map<String, AttributeValue>, @Nullable Object> decoder) {
    }

    private Cancellations() {
    }

    static TableTheoryException translate(SdkException failure, String operation, List<Action> actions,
            int attempts) {
        String models = distinct(actions.stream().map(Action::modelName).toList());
        String tables = distinct(actions.stream().map(Action::tableName).toList());
        if (failure instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException cancelled
                && cancelled.hasCancellationReasons()) {
            List<CancellationReason> reasons = new ArrayList<>();
            var sdkReasons = cancelled.cancellationReasons();
            for (int i = 0; i < sdkReasons.size(); i++) {
                var reason = sdkReasons.get(i);
                Action action = i < actions.size() ? actions.get(i) : null;
                Object oldItem = action != null && reason.hasItem() && !reason.item().isEmpty()
                        ? decodeQuietly(action, reason.item()) : null;
                String code = reason.code() == null ? CancellationReason.NONE : reason.code();
                reasons.add(action == null
                        ? new CancellationReason(i, ActionKind.GET, models, tables, "", code, reason.message(), false,
                                null)
                        : new CancellationReason(i, action.kind(), action.modelName(), action.tableName(),
                                ItemKeys.describe(action.key()), code, reason.message(), action.versionChecked(),
                                oldItem));
            }
            return new TransactionCanceledException(firstFailureModel(reasons, models),
                    message(operation, actions.size(), reasons, attempts), reasons, failure);
        }
        return ErrorTranslator.translate(failure, FailureContext.of(models, tables, operation, null));
    }

    private static @Nullable Object decodeQuietly(Action action, Map<String, AttributeValue> item) {
        try {
            return action.decoder().apply(item);
        } catch (RuntimeException e) {
            // The old item only explains the failure; a codec that cannot read it must not hide the real error.
            return null;
        }
    }

    private static String firstFailureModel(List<CancellationReason> reasons, String fallback) {
        return reasons.stream().filter(CancellationReason::failed).map(CancellationReason::modelName).findFirst()
                .orElse(fallback);
    }

    private static String message(String operation, int actionCount, List<CancellationReason> reasons,
            int attempts) {
        StringBuilder out = new StringBuilder("DynamoDB cancelled the ").append(operation).append(" of ")
                .append(actionCount).append(actionCount == 1 ? " action" : " actions")
                .append(operation.contains("write") ? "; nothing was written" : "").append(". ");
        CancellationReason first = null;
        for (CancellationReason reason : reasons) {
            if (!reason.failed()) {
                continue;
            }
            if (first == null) {
                first = reason;
            } else {
                out.append("; ");
            }
            out.append("Action ").append(reason.index()).append(" (").append(reason.action().verb()).append(" of ")
                    .append(reason.modelName()).append(" [").append(reason.key()).append("] in table '")
                    .append(reason.tableName()).append("') failed: ").append(reason.code());
            if (reason.message() != null && !reason.message().isBlank()) {
                out.append(" - ").append(reason.message());
            }
        }
        if (first == null) {
            return out.append("DynamoDB gave no failing action.").toString();
        }
        out.append(". ").append(hint(first, attempts));
        return out.toString();
    }

    private static String hint(CancellationReason reason, int attempts) {
        if (reason.versionConflict()) {
            return "The stored version differs from the expected one (or the item no longer exists): read the item"
                    + " again, reapply the change and run the transaction again.";
        }
        if (reason.conditionFailed()) {
            return switch (reason.action()) {
                case CREATE -> "An item with this key already exists; put overwrites, update changes it.";
                case UPDATE -> "The item does not exist or the condition did not hold; updates never create items.";
                default -> "The condition did not hold for the stored item.";
            };
        }
        if (reason.retryable()) {
            return "Another transaction or DynamoDB's throttling got in the way" + (attempts > 1 ? " on all "
                    + attempts + " attempts" : "") + "; retry later, allow more retries in the RetryPolicy, or spread"
                    + " the writes over more items.";
        }
        if ("ValidationError".equals(reason.code())) {
            return "DynamoDB refused the action itself; check the attribute types and the update of that item.";
        }
        return "See DynamoDB's TransactWriteItems cancellation reasons for this code.";
    }

    private static String distinct(List<String> names) {
        return String.join(",", names.stream().distinct().toList());
    }
}
