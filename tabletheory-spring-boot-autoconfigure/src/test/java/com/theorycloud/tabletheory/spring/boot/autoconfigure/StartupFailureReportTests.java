package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts real Spring Boot applications, so the auto-configurations come from the imports file and the failure
 * analyses from spring.factories, as they would in a user's application.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

    @Test
    void reportsTheEndpointConflictWithDescriptionAndAction(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--tabletheory.local.enabled=true",
                "--tabletheory.client.endpoint=http://localhost:8000"));
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("Conflicting DynamoDB settings")
            .contains("remove tabletheory.client.endpoint");
    }

    @Test
    void reportsAMissingRegionWithDescriptionAndAction(CapturedOutput output) {
        assertThatException().isThrownBy(StartupFailureReportTests::start);
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("The DynamoDB client has no AWS region")
            .contains("Set tabletheory.client.region");
    }

    @Test
    void reportsAnInvalidModelWithModelFieldAndFix(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--tabletheory.local.enabled=true",
                "--tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot.fixtures.invalid"));
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("The TableTheory model Shipment is invalid")
            .contains("Fix the model as the message says");
    }

    @Test
    void reportsEveryTableProblemWhenValidationFails(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--tabletheory.local.enabled=true",
                "--tabletheory.schema.mode=validate",
                "--tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot.fixtures.orders"));
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("The DynamoDB tables do not match the TableTheory models")
            .contains("- table 'orders' (model Order): the table does not exist")
            .contains("tabletheory.schema.mode=create creates missing tables");
    }

    @Test
    void startsWithTheLocalServerFromAutoConfigurationAlone() {
        try (ConfigurableApplicationContext context = start("--tabletheory.local.enabled=true")) {
            assertThat(context.getBean(DynamoDbClient.class).listTables()
                .tableNames()).isNotNull();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(EmptyApplication.class).web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class EmptyApplication {

    }
}
