package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.time.Clock;
import java.util.List;

import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Auto-configures the TableTheory engine: the {@link TableNameResolver} from {@code tabletheory.models.table-prefix}
 * and {@code table-suffix}, the {@link TableTheoryModels} found at startup, the startup schema step
 * ({@code tabletheory.schema.mode}) and the {@link TableTheory} engine itself, with the clock, listeners,
 * interceptors and encryption {@link KeyProvider} of the context. Each bean gives way to an application's own.
 */
@AutoConfiguration(after = TableTheoryClientAutoConfiguration.class)
@ConditionalOnClass(TableTheory.class)
@ConditionalOnBean(DynamoDbClient.class)
@EnableConfigurationProperties(TableTheoryProperties.class)
public final class TableTheoryAutoConfiguration {

    static final String SCHEMA_INITIALIZER = "tableTheorySchemaInitializer";

    @Bean
    @ConditionalOnMissingBean
    TableNameResolver tableTheoryTableNameResolver(TableTheoryProperties properties) {
        String prefix = properties.models().tablePrefix();
        String suffix = properties.models().tableSuffix();
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return TableNameResolver.identity();
        }
        return (schema) -> prefix + schema.tableName() + suffix;
    }

    @Bean
    @ConditionalOnMissingBean
    TableTheoryModels tableTheoryModels(TableTheoryProperties properties, BeanFactory beanFactory,
            ResourcePatternResolver resources, ObjectProvider<TableTheoryAotModelClasses> aotModelClasses) {
        List<String> packages = properties.models().packages();
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        ModelScanner scanner = new ModelScanner(resources);
        TableTheoryAotModelClasses found = aotModelClasses.getIfAvailable();
        if (found != null && found.packages().equals(packages)) {
            // Built ahead of time: the classes found then, no class-path scan (which a native image cannot do).
            return scanner.read(scanner.resolve(found.classNames()), properties.models().dms(),
                    properties.models().namingConvention());
        }
        return scanner.scan(packages, properties.models().dms(), properties.models().namingConvention());
    }

    @Bean(SCHEMA_INITIALIZER)
    @ConditionalOnMissingBean
    TableTheorySchemaInitializer tableTheorySchemaInitializer(DynamoDbClient client, TableNameResolver resolver,
            TableTheoryModels models, TableTheoryProperties properties) {
        return new TableTheorySchemaInitializer(client, resolver, models, properties.schema());
    }

    @Bean
    @ConditionalOnMissingBean
    @DependsOn(SCHEMA_INITIALIZER)
    TableTheory tableTheory(TableTheoryProperties properties, DynamoDbClient client, TableNameResolver resolver,
            ObjectProvider<Clock> clock,
            ObjectProvider<OperationListener> listeners, ObjectProvider<OperationInterceptor> interceptors,
            ObjectProvider<KeyProvider> keyProvider, ObjectProvider<TableTheoryModels> models) {
        TableTheory.Builder builder = TableTheory.builder()
            .client(client)
            .clock(clock.getIfUnique(Clock::systemUTC))
            .tableNameResolver(resolver)
            .defaultNaming(properties.models().namingConvention())
            .consistentReads(properties.client().consistentRead())
            .listener(OperationListeners.listener(listeners.orderedStream().toList()))
            .interceptor(OperationListeners.interceptor(interceptors.orderedStream().toList()));
        KeyProvider keys = keyProvider.getIfUnique();
        if (keys != null) {
            builder.keyProvider(keys);
        }
        else {
            // The engine would fail closed on first use; failing at startup says so before any traffic arrives.
            models.ifAvailable(EncryptedModels::requireNone);
        }
        return builder.build();
    }
}
