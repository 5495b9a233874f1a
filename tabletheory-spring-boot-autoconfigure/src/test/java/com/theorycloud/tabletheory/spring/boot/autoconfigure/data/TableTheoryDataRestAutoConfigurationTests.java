package com.theorycloud.tabletheory.spring.boot.autoconfigure.data;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.fixtures.tickets.Ticket;
import com.theorycloud.tabletheory.spring.boot.fixtures.tickets.TicketApplication;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.rest.TableTheoryBackendIdConverter;
import com.theorycloud.tabletheory.spring.data.rest.TableTheoryRepositoryRestConfigurer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.support.Repositories;
import org.springframework.data.rest.webmvc.spi.BackendIdConverter;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring Data REST id converter: registered with Spring Data REST present, and each way it backs off. */
class TableTheoryDataRestAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryAutoConfiguration.class, TableTheoryRepositoriesAutoConfiguration.class,
                TableTheoryDataRestAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.endpoint=http://127.0.0.1:9",
                "tabletheory.client.credentials.access-key=a", "tabletheory.client.credentials.secret-key=b")
        .withUserConfiguration(TicketApplication.class);

    @Test
    void registersTheConverterForTheApplicationsRepositories() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(BackendIdConverter.class);
            BackendIdConverter converter = context.getBean(BackendIdConverter.class);
            assertThat(converter).isInstanceOf(TableTheoryBackendIdConverter.class);
            assertThat(converter.supports(Ticket.class)).isTrue();
            assertThat(converter.supports(String.class)).isFalse();
            assertThat(context).hasSingleBean(TableTheoryRepositoryRestConfigurer.class);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnConverter() {
        this.contextRunner.withUserConfiguration(OwnConverter.class).run((context) -> assertThat(context)
            .hasNotFailed().hasSingleBean(TableTheoryBackendIdConverter.class)
            .getBean(TableTheoryBackendIdConverter.class).isSameAs(OwnConverter.CONVERTER));
    }

    @Test
    void backsOffWithoutSpringDataRest() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(BackendIdConverter.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TableTheoryBackendIdConverter.class)
                .doesNotHaveBean(TableTheoryRepositoryRestConfigurer.class));
    }

    @Test
    void backsOffWithoutSpringData() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(TableTheoryRepository.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TableTheoryBackendIdConverter.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConverter {

        static final TableTheoryBackendIdConverter CONVERTER = new TableTheoryBackendIdConverter(
                () -> new Repositories(new org.springframework.beans.factory.support.DefaultListableBeanFactory()));

        @Bean
        TableTheoryBackendIdConverter ownConverter() {
            return CONVERTER;
        }
    }
}
