package com.theorycloud.tabletheory.docs.snippets.repositories;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.data.repository.config.EnableTableTheoryRepositories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The plain Spring configuration of docs/repositories.md: an engine bean and the repository scan. */
// region data-config
@Configuration
@EnableTableTheoryRepositories(basePackageClasses = OrderRepository.class)
class DataConfig {
    @Bean
    TableTheory tableTheory(DynamoDbClient client) {
        return TableTheory.builder().client(client).build();
    }
}
// endregion
