package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import java.net.URI;

import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.local.LocalDynamoDbOptions;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.regions.Region;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a local DynamoDB server (tabletheory-local: dynalite run with Node.js) and points the client at it, for
 * development and tests. It starts only with {@code tabletheory.local.enabled=true}, never by itself, and refuses to
 * start when {@code tabletheory.client.endpoint} names another endpoint. When the context already has
 * {@link TableTheoryConnectionDetails} (a Testcontainers {@code @ServiceConnection}, or the application's own bean),
 * those win and no server is started.
 */
@AutoConfiguration(before = TableTheoryClientAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnBooleanProperty("tabletheory.local.enabled")
@ConditionalOnMissingBean(TableTheoryConnectionDetails.class)
@EnableConfigurationProperties(TableTheoryProperties.class)
public final class TableTheoryLocalAutoConfiguration {

    static final String LOCAL_DYNAMODB_CLASS = "com.theorycloud.tabletheory.local.LocalDynamoDb";

    private static final Log logger = LogFactory.getLog(TableTheoryLocalAutoConfiguration.class);

    static void requireNoEndpoint(TableTheoryProperties properties) {
        URI endpoint = properties.client().endpoint();
        if (endpoint != null) {
            throw new LocalDynamoDbEndpointConflictException(endpoint);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = LOCAL_DYNAMODB_CLASS)
    static class LocalServerConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        LocalDynamoDb tableTheoryLocalDynamoDb(TableTheoryProperties properties) {
            // Checked before Node.js starts, so a misconfiguration costs nothing.
            requireNoEndpoint(properties);
            return LocalDynamoDb.start(options(properties));
        }

        @Bean
        @ConditionalOnMissingBean(TableTheoryConnectionDetails.class)
        LocalDynamoDbConnectionDetails tableTheoryLocalConnectionDetails(LocalDynamoDb server,
                TableTheoryProperties properties) {
            requireNoEndpoint(properties);
            logger.warn("TableTheory uses a local DynamoDB (dynalite) for development and tests at "
                    + server.endpoint() + " because tabletheory.local.enabled=true; it is not for production");
            return new LocalDynamoDbConnectionDetails(server);
        }

        private static LocalDynamoDbOptions options(TableTheoryProperties properties) {
            TableTheoryProperties.Local local = properties.local();
            LocalDynamoDbOptions.Builder options = LocalDynamoDbOptions.builder()
                .port(local.port())
                .dataDirectory(local.dataDirectory())
                .nodeExecutable(local.nodeExecutable());
            String region = properties.client().region();
            if (region != null) {
                // The server accepts any region; signing for the configured one keeps ARNs and logs consistent.
                options.region(Region.of(region));
            }
            return options.build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass(LOCAL_DYNAMODB_CLASS)
    static class MissingLocalModuleConfiguration {

        // Failing beats silently connecting to AWS when the developer asked for a local server.
        @Bean
        TableTheoryConnectionDetails tableTheoryLocalConnectionDetails() {
            throw new IllegalStateException("tabletheory.local.enabled=true, but tabletheory-local is not on the"
                    + " class path; add the dependency com.theorycloud.tabletheory:tabletheory-local (test or"
                    + " development scope) or remove tabletheory.local.enabled");
        }
    }
}
