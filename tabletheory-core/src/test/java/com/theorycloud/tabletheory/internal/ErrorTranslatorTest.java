package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.TableNotFoundException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class ErrorTranslatorTest {

    private static final FailureContext CREATE = FailureContext.of("User", "dev-users", "create", "PK=U#1, SK=P");

    @Test
    void conditionalCheckFailureBecomesConditionFailed() {
        TableTheoryException error = ErrorTranslator.translate(ConditionalCheckFailedException.builder()
                .message("The conditional request failed").build(), CREATE);

        assertThat(error).isExactlyInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("User").hasMessageContaining("PK=U#1, SK=P")
                .hasMessageContaining("already exists");
        assertThat(error.errorCode()).isEqualTo("ErrConditionFailed");
        assertThat(error.getCause()).isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void failedVersionCheckBecomesVersionConflictThatIsAlsoConditionFailed() {
        FailureContext update = new FailureContext("User", "users", "update", "PK=U#1, SK=P", true, "3");
        TableTheoryException error = ErrorTranslator.translate(ConditionalCheckFailedException.builder().build(), update);

        assertThat(error).isInstanceOf(VersionConflictException.class).isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("expected version 3");
        assertThat(error.is("ErrConditionFailed")).isTrue();
        assertThat(error.is("ErrVersionConflict")).isTrue();
    }

    @Test
    void missingTableNamesTheTableAndTheFix() {
        TableTheoryException error = ErrorTranslator.translate(ResourceNotFoundException.builder()
                .message("Requested resource not found").build(), CREATE);

        assertThat(error).isInstanceOf(TableNotFoundException.class).hasMessageContaining("'dev-users'")
                .hasMessageContaining("TableNameResolver").hasMessageContaining("ensureTable");
    }

    @Test
    void throttlingCodesBecomeThrottled() {
        assertThat(ErrorTranslator.translate(ProvisionedThroughputExceededException.builder().build(), CREATE))
                .isInstanceOf(ThrottledException.class);
        assertThat(ErrorTranslator.translate(RequestLimitExceededException.builder().build(), CREATE))
                .isInstanceOf(ThrottledException.class);
        assertThat(ErrorTranslator.translate(serviceError("ThrottlingException"), CREATE))
                .isInstanceOf(ThrottledException.class);
    }

    @Test
    void translatesByErrorCodeWhenTheExceptionIsGeneric() {
        assertThat(ErrorTranslator.translate(serviceError("ConditionalCheckFailedException"), CREATE))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(ErrorTranslator.translate(serviceError("ResourceNotFoundException"), CREATE))
                .isInstanceOf(TableNotFoundException.class);
    }

    @Test
    void otherServiceErrorsKeepTheAwsErrorCode() {
        TableTheoryException error = ErrorTranslator.translate(serviceError("ValidationException"), CREATE);

        assertThat(error).isInstanceOf(DynamoDbOperationException.class).hasMessageContaining("ValidationException");
        assertThat(((DynamoDbOperationException) error).awsErrorCode()).isEqualTo("ValidationException");
        assertThat(error.getCause()).isInstanceOf(AwsServiceException.class);
    }

    @Test
    void itemSizeRefusalsBecomeItemTooLarge() {
        AwsServiceException refused = AwsServiceException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                        .errorMessage("Item size to update has exceeded the maximum allowed size").build())
                .build();

        assertThat(ErrorTranslator.translate(refused, CREATE)).isInstanceOf(ItemTooLargeException.class)
                .hasMessageContaining("409600 bytes").hasMessageContaining("S3").hasCause(refused);
    }

    @Test
    void clientFailuresBecomeOperationErrorsWithoutAwsCode() {
        TableTheoryException error = ErrorTranslator.translate(SdkClientException.create("connection refused"), CREATE);

        assertThat(error).isInstanceOf(DynamoDbOperationException.class).hasMessageContaining("connection refused")
                .hasMessageContaining("endpoint");
        assertThat(((DynamoDbOperationException) error).awsErrorCode()).isNull();
    }

    private static AwsServiceException serviceError(String code) {
        return DynamoDbException.builder().message(code + " happened")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " happened").build())
                .build();
    }
}
