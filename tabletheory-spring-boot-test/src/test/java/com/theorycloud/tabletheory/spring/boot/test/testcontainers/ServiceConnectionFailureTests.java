package com.theorycloud.tabletheory.spring.boot.test.testcontainers;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsNotFoundException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failures the documentation's troubleshooting section describes, as Spring Boot reports them. Nothing is started:
 * the service connection is resolved (or not) when the container beans are registered.
 */
class ServiceConnectionFailureTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class));

    @Test
    void aBeanOfAnImageTableTheoryDoesNotKnowNeedsTheConnectionName() {
        runner.withUserConfiguration(UnnamedContainer.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(ConnectionDetailsNotFoundException.class)
                .hasMessageContaining("No ConnectionDetails found for source")
                .hasMessageContaining("You may need to add a 'name' to your @ServiceConnection annotation");
        });
    }

    @Test
    void theConnectionNameDynamoDbFixesIt() {
        runner.withUserConfiguration(NamedContainer.class)
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TableTheoryConnectionDetails.class));
    }

    @Test
    void aContainerNamedForAnotherServiceIsNotTakenForDynamoDb() {
        runner.withUserConfiguration(WronglyNamedContainer.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(ConnectionDetailsNotFoundException.class)
                .hasMessageContaining("No ConnectionDetails found for source");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UnnamedContainer {

        @Bean
        @ServiceConnection
        DynaliteBackedContainer dynamoDb() {
            return new DynaliteBackedContainer("registry.example.com/team/ddb-emulator:1.2", 8000);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NamedContainer {

        @Bean
        @ServiceConnection(name = "dynamodb")
        DynaliteBackedContainer dynamoDb() {
            return new DynaliteBackedContainer("registry.example.com/team/ddb-emulator:1.2", 8000);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class WronglyNamedContainer {

        @Bean
        @ServiceConnection(name = "redis")
        DynaliteBackedContainer dynamoDb() {
            return DynaliteBackedContainer.dynamoDbLocal();
        }
    }
}
