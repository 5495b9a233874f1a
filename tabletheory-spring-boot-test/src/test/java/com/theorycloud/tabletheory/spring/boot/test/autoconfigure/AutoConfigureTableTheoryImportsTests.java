package com.theorycloud.tabletheory.spring.boot.test.autoconfigure;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample.Note;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Container;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice imports Spring Boot's service-connection auto-configuration only when spring-boot-testcontainers (an
 * optional dependency) is on the class path, and starts the same without it.
 */
class AutoConfigureTableTheoryImportsTests {

    private static final String SERVICE_CONNECTION_AUTO_CONFIGURATION = ServiceConnectionAutoConfiguration.class
        .getName();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(SliceConfiguration.class)
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.endpoint=http://127.0.0.1:9");

    @Test
    void importsServiceConnectionsWhenSpringBootTestcontainersIsPresent() {
        runner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(TableTheory.class);
            assertThat(context.containsBean(SERVICE_CONNECTION_AUTO_CONFIGURATION)).isTrue();
        });
    }

    @Test
    void startsWithoutSpringBootTestcontainersAndTestcontainers() {
        // The slice's optional: import looks for the class file, so the class file is what is hidden.
        FilteredClassLoader withoutClassFile = new FilteredClassLoader(
                new ClassPathResource(SERVICE_CONNECTION_AUTO_CONFIGURATION.replace('.', '/') + ".class"));
        runner.withClassLoader(new FilteredClassLoader(withoutClassFile, ServiceConnectionAutoConfiguration.class,
                Container.class))
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(TableTheory.class);
                assertThat(context.containsBean(SERVICE_CONNECTION_AUTO_CONFIGURATION)).isFalse();
            });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigureTableTheory
    @AutoConfigurationPackage(basePackageClasses = Note.class)
    static class SliceConfiguration {

    }
}
