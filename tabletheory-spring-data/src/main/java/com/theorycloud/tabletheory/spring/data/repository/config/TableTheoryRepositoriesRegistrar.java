package com.theorycloud.tabletheory.spring.data.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repositories of {@link EnableTableTheoryRepositories}; imported by the annotation.
 */
public class TableTheoryRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableTableTheoryRepositories.class;
    }

    @Override
    protected RepositoryConfigurationExtension getExtension() {
        return new TableTheoryRepositoryConfigurationExtension();
    }
}
