package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * DynamoDB cancelled a transaction: nothing was written. {@link #reasons()} has one entry per action and tells which
 * action failed and why. The error code follows the first failing action: a failed condition is
 * {@code ErrConditionFailed} (or {@code ErrVersionConflict} when the action checked the model's version), anything
 * else {@code ErrTransactionFailed}; {@link #is(String)} also answers {@code ErrTransactionFailed} always,
 * {@code ErrConditionFailed} for version conflicts and {@code ErrThrottled} when every failure was throttling.
 */
public class TransactionCanceledException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The TableTheory error code of a transaction that failed for a reason other than a condition. */
    public static final String CODE = "ErrTransactionFailed";

    private final transient List<CancellationReason> reasons;

    /**
     * Creates the exception.
     *
     * @param modelName the model of the first failing action, or {@code null}
     * @param message   what happened and how to fix it
     * @param reasons   one reason per action, in action order (empty when DynamoDB gave none)
     * @param cause     the SDK exception
     */
    public TransactionCanceledException(@Nullable String modelName, String message, List<CancellationReason> reasons,
            @Nullable Throwable cause) {
        super(codeFor(reasons), modelName, message, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per action, in action order; empty when DynamoDB gave none. */
    public List<CancellationReason> reasons() {
        return reasons;
    }

    /** The reasons of the actions that made the transaction fail. */
    public List<CancellationReason> failures() {
        return reasons.stream().filter(CancellationReason::failed).toList();
    }

    /** Whether every failure is retryable (conflicts, throttling), so the same transaction may succeed later. */
    public boolean retryable() {
        List<CancellationReason> failures = failures();
        return !failures.isEmpty() && failures.stream().allMatch(CancellationReason::retryable);
    }

    @Override
    public boolean is(String code) {
        if (super.is(code) || CODE.equals(code)) {
            return true;
        }
        if (ConditionFailedException.CODE.equals(code)) {
            return VersionConflictException.VERSION_CONFLICT_CODE.equals(errorCode());
        }
        if (ThrottledException.CODE.equals(code)) {
            List<CancellationReason> failures = failures();
            return !failures.isEmpty() && failures.stream().allMatch(CancellationReason::throttled);
        }
        return false;
    }

    private static String codeFor(List<CancellationReason> reasons) {
        for (CancellationReason reason : reasons) {
            if (reason.conditionFailed()) {
                return reason.versionChecked() ? VersionConflictException.VERSION_CONFLICT_CODE
                        : ConditionFailedException.CODE;
            }
        }
        return CODE;
    }
}
