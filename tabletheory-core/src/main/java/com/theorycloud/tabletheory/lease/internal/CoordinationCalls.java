package com.theorycloud.tabletheory.lease.internal;

import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.ErrorTranslator;
import com.theorycloud.tabletheory.internal.FailureContext;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Runs one DynamoDB call of a coordination record, turning a failed condition into the caller's own error and every
 * other SDK failure into the engine's error taxonomy.
 */
public final class CoordinationCalls {

    private CoordinationCalls() {
    }

    /** A string-keyed primary key of two attributes. */
    public static Map<String, AttributeValue> key(String pkName, String pk, String skName, String sk) {
        return Map.of(pkName, AttributeValue.fromS(pk), skName, AttributeValue.fromS(sk));
    }

    /**
     * Runs {@code call}.
     *
     * @param onConditionFailed the error for a failed condition, given the SDK exception
     */
    public static <R> R run(String model, String table, String operation, String key, Supplier<R> call,
            Function<ConditionalCheckFailedException, ? extends RuntimeException> onConditionFailed) {
        try {
            return call.get();
        } catch (ConditionalCheckFailedException failed) {
            throw onConditionFailed.apply(failed);
        } catch (SdkException failure) {
            TableTheoryException translated = ErrorTranslator.translate(failure,
                    FailureContext.of(model, table, operation, key));
            throw translated;
        }
    }
}
