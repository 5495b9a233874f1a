package com.theorycloud.tabletheory.testmodel;

import com.theorycloud.tabletheory.local.ReplayingHttpClient;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB clients answered by recorded responses, with the SDK's own retries immediate so tests never wait. */
public final class ReplayClients {

    private ReplayClients() {
    }

    /** A client over {@code http} whose SDK retry policy makes at most {@code maxAttempts} attempts per call. */
    public static DynamoDbClient client(ReplayingHttpClient http, int maxAttempts) {
        return DynamoDbClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://replay.invalid"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts)
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .build()))
                .build();
    }

    /** The classpath resource of one of core's recorded responses. */
    public static String fixture(String file) {
        return "/com/theorycloud/tabletheory/replay/" + file;
    }
}
