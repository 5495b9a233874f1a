package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MissingRegionFailureAnalyzerTests {

    @Test
    void explainsAStartupWithoutRegion() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class))
            .run((context) -> {
                FailureAnalysis analysis = new MissingRegionFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("The DynamoDB client has no AWS region")
                    .contains("tabletheory.client.region is not set");
                assertThat(analysis.getAction()).contains("tabletheory.client.region=eu-west-1")
                    .contains("AWS_REGION")
                    .contains("tabletheory.local.enabled=true");
            });
    }

    @Test
    void leavesOtherSdkClientFailuresAlone() {
        SdkClientException other = SdkClientException.create("Unable to execute HTTP request: Connection refused");
        assertThat(new MissingRegionFailureAnalyzer().analyze(new IllegalStateException("wrapped", other))).isNull();
    }
}
