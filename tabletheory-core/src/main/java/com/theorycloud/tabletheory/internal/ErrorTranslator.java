package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.TableNotFoundException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Turns SDK exceptions into the TableTheory error taxonomy, keeping the SDK exception as the cause. The AWS error code
 * decides, so the translation also holds for clients whose exceptions are not the DynamoDB-specific subclasses.
 */
public final class ErrorTranslator {

    private static final Set<String> THROTTLING_CODES = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "RequestLimitExceeded", "RequestLimitExceededException", "Throttling",
            "TooManyRequestsException");

    private ErrorTranslator() {
    }

    /** Translates one SDK failure. */
    public static TableTheoryException translate(SdkException failure, FailureContext context) {
        String code = errorCode(failure);
        String target = "model " + context.modelName() + (context.key() == null ? "" : " item [" + context.key() + "]");
        if ("ConditionalCheckFailedException".equals(code)) {
            return conditionFailed(failure, context, target);
        }
        if ("ResourceNotFoundException".equals(code)) {
            return new TableNotFoundException(context.modelName(), "Table '" + context.tableName() + "' of model "
                    + context.modelName() + " does not exist (" + context.operation() + "). Create it (TableTheory"
                    + ".ensureTable, your infrastructure code) or check the TableNameResolver prefix/suffix, the region"
                    + " and the endpoint the client points at.", failure);
        }
        if (code != null && THROTTLING_CODES.contains(code)) {
            return new ThrottledException(context.modelName(), "DynamoDB throttled " + context.operation()
                    + " on table '" + context.tableName() + "' for " + target + " (" + code + ") after the SDK's retries. Slow down,"
                    + " raise the table's capacity or switch it to on-demand, or allow the SDK more retries.", failure);
        }
        if ("ValidationException".equals(code) && serviceMessage(failure).contains("exceeded the maximum allowed size")) {
            // Only DynamoDB knows the size an update action leaves the stored item at; name it as the local check does.
            return new ItemTooLargeException(context.modelName(), "DynamoDB refused " + context.operation() + " of "
                    + target + " in table '" + context.tableName() + "': the item would exceed DynamoDB's limit of"
                    + " 409600 bytes (" + serviceMessage(failure) + "). Move large values to S3 (store a reference)"
                    + " or split the item.", failure);
        }
        if (code != null) {
            return new DynamoDbOperationException(context.modelName(), "DynamoDB rejected " + context.operation()
                    + " on table '" + context.tableName() + "' for " + target + ": " + code + ": "
                    + serviceMessage(failure) + retriesUsed(failure), code, failure);
        }
        return new DynamoDbOperationException(context.modelName(), "Could not complete " + context.operation()
                + " on table '" + context.tableName() + "' for " + target + ": " + failure.getMessage()
                + ". Check the endpoint, network and credentials of the DynamoDB client.", null, failure);
    }

    private static TableTheoryException conditionFailed(SdkException failure, FailureContext context, String target) {
        Map<String, AttributeValue> stored = failure instanceof ConditionalCheckFailedException ccf && ccf.hasItem()
                ? ccf.item() : null;
        if (context.versionChecked()) {
            String found = "the stored item has another version or no longer exists";
            if (stored != null && !stored.isEmpty()) {
                found = "the item was changed since it was read";
            }
            return new VersionConflictException(context.modelName(), "Version conflict on " + context.operation()
                    + " of " + target + ": expected version " + context.expectedVersion() + " but " + found
                    + ". Read the item again, reapply the change and retry.", failure);
        }
        String hint = switch (context.operation()) {
            case "create" -> "an item with this key already exists; use put to overwrite it or update to change it";
            case "update" -> "the item does not exist or the condition did not hold; updates never create items, use"
                    + " create for new ones";
            default -> "the condition did not hold for the stored item";
        };
        return new ConditionFailedException(context.modelName(), "Condition failed on " + context.operation() + " of "
                + target + ": " + hint + ".", failure);
    }

    private static @Nullable String errorCode(SdkException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            if (code != null && !code.isEmpty()) {
                return code;
            }
        }
        if (failure instanceof ConditionalCheckFailedException) {
            return "ConditionalCheckFailedException";
        }
        if (failure instanceof ResourceNotFoundException) {
            return "ResourceNotFoundException";
        }
        if (failure instanceof ProvisionedThroughputExceededException) {
            return "ProvisionedThroughputExceededException";
        }
        if (failure instanceof RequestLimitExceededException) {
            return "RequestLimitExceeded";
        }
        if (failure instanceof ThrottlingException) {
            return "ThrottlingException";
        }
        if (failure instanceof AwsServiceException service && service.isThrottlingException()) {
            return "ThrottlingException";
        }
        return failure instanceof AwsServiceException ? "UnknownServiceError" : null;
    }

    /** Says when the SDK retried before giving up, so a caller knows the retry budget is spent. */
    private static String retriesUsed(SdkException failure) {
        Integer attempts = failure.numAttempts();
        return attempts != null && attempts > 1 ? " (the SDK gave up after " + attempts + " attempts)" : "";
    }

    private static String serviceMessage(SdkException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorMessage() != null) {
            return service.awsErrorDetails().errorMessage();
        }
        return String.valueOf(failure.getMessage());
    }
}
