package com.theorycloud.tabletheory.spring.boot.autoconfigure.data;

import java.util.List;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.fixtures.tickets.Ticket;
import com.theorycloud.tabletheory.spring.boot.fixtures.tickets.TicketApplication;
import com.theorycloud.tabletheory.spring.boot.fixtures.tickets.TicketRepository;
import com.theorycloud.tabletheory.spring.boot.fixtures.unservable.NoteApplication;
import com.theorycloud.tabletheory.spring.boot.fixtures.unservable.NoteRepository;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.config.EnableTableTheoryRepositories;
import com.theorycloud.tabletheory.spring.data.repository.query.QueryMethodValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Repositories of the application's package without @EnableTableTheoryRepositories, the ways to switch them off, and
 * a derived query on the local DynamoDB.
 */
class TableTheoryRepositoriesAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryAutoConfiguration.class, TableTheoryRepositoriesAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.endpoint=http://127.0.0.1:9",
                "tabletheory.client.credentials.access-key=a", "tabletheory.client.credentials.secret-key=b")
        .withUserConfiguration(TicketApplication.class);

    @Test
    void registersTheRepositoriesOfTheApplicationsPackage() {
        this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
            .hasSingleBean(TicketRepository.class)
            .hasSingleBean(TableTheoryTemplate.class));
    }

    @Test
    void backsOffWhenTheApplicationEnablesRepositoriesItself() {
        this.contextRunner.withUserConfiguration(OwnRepositories.class)
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TicketRepository.class));
    }

    @Test
    void backsOffWhenSwitchedOff() {
        this.contextRunner.withPropertyValues("tabletheory.repositories.enabled=false")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TicketRepository.class));
    }

    @Test
    void backsOffWithoutSpringData() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(TableTheoryRepository.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(TableTheory.class)
                .doesNotHaveBean("ticketRepository"));
    }

    @Test
    void validatesEveryDerivedQueryAtStartupByDefault() {
        this.contextRunner.withUserConfiguration(NoteApplication.class)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(QueryMethodValidationException.class)
                .hasMessageContaining("NoteRepository.findByBody(String)"));
    }

    @Test
    void deferredBootstrapStillValidatesBeforeTheContextIsReady() {
        this.contextRunner.withUserConfiguration(NoteApplication.class)
            .withPropertyValues("tabletheory.repositories.bootstrap-mode=deferred")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(QueryMethodValidationException.class)
                .hasMessageContaining("NoteRepository.findByBody(String)"));
    }

    @Test
    void lazyBootstrapCreatesRepositoriesOnFirstUse() {
        this.contextRunner.withUserConfiguration(NoteApplication.class)
            .withPropertyValues("tabletheory.repositories.bootstrap-mode=lazy")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeanFactory().getBeanDefinition("noteRepository").isLazyInit()).isTrue();
                assertThatThrownBy(() -> context.getBean(NoteRepository.class))
                    .rootCause()
                    .isInstanceOf(QueryMethodValidationException.class)
                    .hasMessageContaining("NoteRepository.findByBody(String)");
            });
    }

    @Test
    void rejectsAnUnknownBootstrapMode() {
        this.contextRunner.withPropertyValues("tabletheory.repositories.bootstrap-mode=eager")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessage("tabletheory.repositories.bootstrap-mode is 'eager'; use default, deferred or lazy"));
    }

    @Test
    void runsADerivedQueryOnTheLocalDynamoDb() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class,
                    TableTheoryClientAutoConfiguration.class, TableTheoryAutoConfiguration.class,
                    TableTheoryRepositoriesAutoConfiguration.class))
            .withPropertyValues("tabletheory.local.enabled=true", "tabletheory.schema.mode=create")
            .withUserConfiguration(TicketApplication.class)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                TicketRepository tickets = context.getBean(TicketRepository.class);
                tickets.saveAll(List.of(new Ticket("t-1", "ops", "rotate keys"), new Ticket("t-2", "ops", "patch"),
                        new Ticket("t-3", "web", "fix css")));
                assertThat(tickets.findByBoard("ops")).extracting(Ticket::id).containsExactlyInAnyOrder("t-1", "t-2");
                assertThat(tickets.findById("t-3")).map(Ticket::title).hasValue("fix css");
            });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTableTheoryRepositories(basePackageClasses = TicketRepository.class)
    static class OwnRepositories {
    }
}
