package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.HttpClientType;
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
 * and {@code tabletheory.client.*}. An application's own {@code DynamoDbClient} bean replaces it. When a region is
 * configured, the SDK client is built on its first call rather than at startup; the configuration is still checked
 * at startup.
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
        // What can be wrong with the configuration is checked now, so it still fails the startup: the properties
        // were validated when bound (key pair, endpoint), the HTTP client's jar must be present.
        HttpClientType httpType = SdkHttpClientBuilders.resolve(client.http().type(), resourceLoader.getClassLoader());
        Region region = connectionDetails.getRegion();
        URI endpoint = connectionDetails.getEndpoint();
        List<DynamoDbClientBuilderCustomizer> ordered = customizers.orderedStream().toList();
        Supplier<DynamoDbClient> build = () -> {
            DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .credentialsProvider(connectionDetails.getCredentialsProvider())
                .httpClientBuilder(SdkHttpClientBuilders.forType(httpType, client.http()))
                .overrideConfiguration((override) -> override.retryStrategy(retryStrategy(client.retry())));
            if (region != null) {
                builder.region(region);
            }
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            ordered.forEach((customizer) -> customizer.customize(builder));
            return builder.build();
        };
        if (region == null) {
            // The SDK looks for the region in its chain when it builds the client; a missing region must stop the
            // startup (MissingRegionFailureAnalyzer explains it), not the first call.
            return build.get();
        }
        // The SDK client is built on the first call, so an application that calls nothing at startup does not wait
        // for it (see docs/benchmarks.md, section 5).
        return new LazyDynamoDbClient(build);
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
