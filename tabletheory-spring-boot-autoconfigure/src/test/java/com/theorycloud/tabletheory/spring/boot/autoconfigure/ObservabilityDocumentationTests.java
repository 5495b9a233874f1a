package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.theorycloud.tabletheory.spring.boot.metrics.DynamoDbSdkMetricPublisher;
import com.theorycloud.tabletheory.spring.boot.metrics.TableTheoryMeters;
import com.theorycloud.tabletheory.spring.boot.observation.DefaultTableTheoryObservationConvention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/observability.md in step with the meter names the code registers. */
class ObservabilityDocumentationTests {

    @Test
    void documentsEveryMeterName() throws IOException {
        assertThat(page()).contains("| `" + DefaultTableTheoryObservationConvention.NAME + "` |",
                "| `" + TableTheoryMeters.CONDITION_FAILURES + "` |", "| `" + TableTheoryMeters.VERSION_CONFLICTS + "` |",
                "| `" + TableTheoryMeters.CONSUMED_CAPACITY + "` |", "| `" + TableTheoryMeters.UNPROCESSED_ITEMS + "` |",
                "| `" + DynamoDbSdkMetricPublisher.RETRIES + "` |", "| `" + DynamoDbSdkMetricPublisher.THROTTLES + "` |");
    }

    @Test
    void startsWithFrontMatterAndShowsCorrectAndIncorrectUse() throws IOException {
        String page = page();
        assertThat(page).startsWith("---\ntitle: ").contains("\ndescription: ", "\naudience: ", "\nrelated:\n")
            .contains("✅ CORRECT", "❌ INCORRECT", "## Troubleshooting");
    }

    private static String page() throws IOException {
        String root = System.getProperty("tabletheory.repo.root");
        assertThat(root).as("system property tabletheory.repo.root (set by the build)").isNotBlank();
        return Files.readString(Path.of(root, "docs", "observability.md"));
    }
}
