package com.theorycloud.tabletheory.benchmarks.boot.sdkonly;

import com.theorycloud.tabletheory.benchmarks.boot.BootStartup;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The third side of the Boot startup benchmark: the baseline plus a hand-declared {@link DynamoDbClient} bean built
 * as the starter builds it (Apache 5 HTTP client, static credentials, dummy endpoint), what an application that
 * talks to DynamoDB without TableTheory pays at startup anyway. Like the TableTheory side, its bean methods are not
 * proxied, so neither side pays for a CGLIB configuration class that the baseline does not have.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class SdkOnlyBootApp {

    /** Starts the application and prints its startup result line. */
    public static void main(String[] args) {
        BootStartup.runWithoutTableTheory("sdk-only", SdkOnlyBootApp.class, args);
    }

    @Bean
    DynamoDbClient dynamoDbClient(@Value("${tabletheory.client.endpoint}") URI endpoint,
            @Value("${tabletheory.client.region}") String region) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(BootStartup.REQUEST_COUNTER))
                .build();
    }
}
