package com.theorycloud.tabletheory.spring.boot.autoconfigure.data;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.config.EnableTableTheoryRepositories;
import com.theorycloud.tabletheory.spring.data.repository.config.TableTheoryRepositoryConfigurationExtension;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactoryBean;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the TableTheory repository interfaces found in the application's auto-configuration packages (those of
 * the {@code @SpringBootApplication} class), as {@link EnableTableTheoryRepositories} would. It backs off when the
 * application enables repositories itself, and when {@code tabletheory.repositories.enabled} is false.
 */
@AutoConfiguration(after = TableTheoryAutoConfiguration.class)
@ConditionalOnClass({ TableTheory.class, TableTheoryRepository.class })
@ConditionalOnBean(TableTheory.class)
@ConditionalOnMissingBean(TableTheoryRepositoryFactoryBean.class)
@ConditionalOnProperty(name = "tabletheory.repositories.enabled", havingValue = "true", matchIfMissing = true)
@Import(TableTheoryRepositoriesAutoConfiguration.Registrar.class)
public final class TableTheoryRepositoriesAutoConfiguration {

    /** Applies the Spring Data registrar to the auto-configuration packages. */
    static final class Registrar extends AbstractRepositoryConfigurationSourceSupport {

        private BootstrapMode bootstrapMode = BootstrapMode.DEFAULT;

        @Override
        public void setEnvironment(Environment environment) {
            super.setEnvironment(environment);
            // Read directly, as Boot's JPA registrar does: registrars run before configuration properties are bound.
            String mode = environment.getProperty("tabletheory.repositories.bootstrap-mode");
            if (mode != null && !mode.isBlank()) {
                this.bootstrapMode = bootstrapMode(mode);
            }
        }

        private static BootstrapMode bootstrapMode(String value) {
            for (BootstrapMode mode : BootstrapMode.values()) {
                if (mode.name().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
            throw new IllegalStateException("tabletheory.repositories.bootstrap-mode is '" + value
                    + "'; use default, deferred or lazy");
        }

        @Override
        protected BootstrapMode getBootstrapMode() {
            return this.bootstrapMode;
        }

        @Override
        protected Class<? extends java.lang.annotation.Annotation> getAnnotation() {
            return EnableTableTheoryRepositories.class;
        }

        @Override
        protected Class<?> getConfiguration() {
            return EnableTableTheoryRepositoriesConfiguration.class;
        }

        @Override
        protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
            return new TableTheoryRepositoryConfigurationExtension();
        }

        /** Carries the annotation's defaults; the base packages come from the auto-configuration packages. */
        @EnableTableTheoryRepositories
        private static final class EnableTableTheoryRepositoriesConfiguration {
        }
    }
}
