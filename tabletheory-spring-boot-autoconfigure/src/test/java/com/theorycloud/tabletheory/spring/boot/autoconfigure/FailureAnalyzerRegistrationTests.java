package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class FailureAnalyzerRegistrationTests {

    @Test
    void registersEveryAnalyzerWithSpringBoot() {
        // Boot's own analyzers want a bean factory; skipping them leaves ours, which need none.
        List<String> registered = SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, (factoryType, implementationName, failure) -> {
            })
            .stream()
            .map((analyzer) -> analyzer.getClass().getName())
            .toList();
        String base = "com.theorycloud.tabletheory.spring.boot.autoconfigure.";
        assertThat(registered).contains(base + "client.MissingRegionFailureAnalyzer",
                base + "engine.InvalidModelFailureAnalyzer", base + "engine.SchemaValidationFailureAnalyzer",
                base + "local.LocalDynamoDbEndpointConflictFailureAnalyzer",
                base + "local.LocalDynamoDbFailureAnalyzer");
    }
}
