package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import java.net.URI;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures the AWS SDK {@link DynamoDbClient} that TableTheory uses, from {@link TableTheoryConnectionDetails}
 * and {@code tabletheory.client.*}. An application's own {@code DynamoDbClient} bean replaces it.
 */
@AutoConfiguration
@ConditionalOnClass(DynamoDbClient.class)
@EnableConfigurationProperties(TableTheoryProperties.class)
public final class TableTheoryClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(TableTheoryConnectionDetails.class)
    PropertiesTableTheoryConnectionDetails tableTheoryConnectionDetails(TableTheoryProperties properties) {
        return new PropertiesTableTheoryConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    DynamoDbClient dynamoDbClient(TableTheoryConnectionDetails connectionDetails, TableTheoryProperties properties,
            ObjectProvider<DynamoDbClientBuilderCustomizer> customizers, ResourceLoader resourceLoader) {
        TableTheoryProperties.Client client = properties.client();
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
            .credentialsProvider(connectionDetails.getCredentialsProvider())
            .httpClientBuilder(SdkHttpClientBuilders.forProperties(client.http(), resourceLoader.getClassLoader()))
            .overrideConfiguration((override) -> override.retryStrategy(retryStrategy(client.retry())));
        Region region = connectionDetails.getRegion();
        if (region != null) {
            builder.region(region);
        }
        URI endpoint = connectionDetails.getEndpoint();
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return builder.build();
    }

    static RetryStrategy retryStrategy(TableTheoryProperties.Retry retry) {
        RetryMode mode = switch (retry.mode()) {
            case STANDARD -> RetryMode.STANDARD;
            case ADAPTIVE -> RetryMode.ADAPTIVE_V2;
            case LEGACY -> RetryMode.LEGACY;
        };
        return AwsRetryStrategy.forRetryMode(mode).toBuilder().maxAttempts(retry.maxAttempts()).build();
    }
}
