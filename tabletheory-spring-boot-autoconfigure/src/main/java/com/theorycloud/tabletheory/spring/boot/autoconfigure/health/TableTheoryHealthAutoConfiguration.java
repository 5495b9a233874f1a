package com.theorycloud.tabletheory.spring.boot.autoconfigure.health;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.health.TableTheoryHealthIndicator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Adds the {@code tabletheory} health indicator when Spring Boot's health support is present and
 * {@code management.health.tabletheory.enabled} is not false.
 */
@AutoConfiguration(after = TableTheoryAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, TableTheoryModels.class })
@ConditionalOnBean({ DynamoDbClient.class, TableTheoryModels.class, TableNameResolver.class })
@ConditionalOnEnabledHealthIndicator("tabletheory")
@EnableConfigurationProperties(TableTheoryProperties.class)
public final class TableTheoryHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "tabletheoryHealthIndicator")
    TableTheoryHealthIndicator tabletheoryHealthIndicator(DynamoDbClient client, TableTheoryModels models,
            TableNameResolver resolver, TableTheoryProperties properties) {
        TableTheoryProperties.Health health = properties.health();
        return new TableTheoryHealthIndicator(client, models.schemas(), resolver, health.timeout(),
                health.cacheTimeToLive());
    }
}
