package com.theorycloud.tabletheory.spring.boot.autoconfigure.data;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.rest.TableTheoryBackendIdConverter;
import com.theorycloud.tabletheory.spring.data.rest.TableTheoryRepositoryRestConfigurer;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.repository.support.Repositories;
import org.springframework.data.rest.webmvc.spi.BackendIdConverter;

/**
 * Lets Spring Data REST expose TableTheory repositories, composite ids included: registers a
 * {@link TableTheoryBackendIdConverter}, which Spring Data REST picks up as a {@link BackendIdConverter}, and a
 * {@link TableTheoryRepositoryRestConfigurer} turning engine keys into composite ids. Active when
 * {@code spring-data-rest-webmvc} and the TableTheory Spring Data module are on the class path; backs off when the
 * application defines its own
 * {@link TableTheoryBackendIdConverter} (or configurer).
 */
@AutoConfiguration(after = TableTheoryRepositoriesAutoConfiguration.class)
@ConditionalOnClass({ BackendIdConverter.class, TableTheoryRepository.class, TableTheoryBackendIdConverter.class })
public final class TableTheoryDataRestAutoConfiguration {

    /** The converter; it looks the repositories up on first use, after all beans exist. */
    @Bean
    @ConditionalOnMissingBean
    TableTheoryBackendIdConverter tableTheoryBackendIdConverter(ObjectProvider<Repositories> repositories,
            ListableBeanFactory beanFactory) {
        return new TableTheoryBackendIdConverter(() -> repositories(repositories, beanFactory));
    }

    /** Converts an item's engine key to its repository's id type in Spring Data REST's conversion service. */
    @Bean
    @ConditionalOnMissingBean
    TableTheoryRepositoryRestConfigurer tableTheoryRepositoryRestConfigurer(ObjectProvider<Repositories> repositories,
            ListableBeanFactory beanFactory) {
        return new TableTheoryRepositoryRestConfigurer(() -> repositories(repositories, beanFactory));
    }

    /** Spring Data REST's own {@code Repositories} bean, so the repositories are collected once, not per user. */
    private static Repositories repositories(ObjectProvider<Repositories> repositories,
            ListableBeanFactory beanFactory) {
        return repositories.getIfUnique(() -> new Repositories(beanFactory));
    }
}
