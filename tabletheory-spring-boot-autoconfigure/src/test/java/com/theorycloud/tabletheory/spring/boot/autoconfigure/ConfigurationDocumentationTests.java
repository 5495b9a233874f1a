package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/configuration.md in step with the generated metadata: the same properties, defaults and descriptions,
 * and a troubleshooting entry for every failure analysis.
 */
class ConfigurationDocumentationTests {

    private static final String NO_DEFAULT = "—";

    @Test
    void documentsExactlyTheGeneratedProperties() throws IOException {
        Map<String, List<String>> documented = referenceRows(page());
        Map<String, JsonNode> generated = ConfigurationMetadataTests.ConfigurationMetadata.load().properties();
        assertThat(documented.keySet()).as("properties in docs/configuration.md")
            .containsExactlyInAnyOrderElementsOf(generated.keySet());
        generated.forEach((name, property) -> {
            List<String> row = documented.get(name);
            assertThat(row.get(2)).as("default of %s", name).isEqualTo(expectedDefault(property));
            assertThat(row.get(3)).as("description of %s", name).isEqualTo(property.path("description").asString());
        });
    }

    @Test
    void startsWithFrontMatter() throws IOException {
        String page = page();
        assertThat(page).startsWith("---\n");
        // Leading newline so every key, the first one included, is matched at the start of a line.
        String frontMatter = "\n" + page.substring(4, page.indexOf("\n---\n", 4));
        assertThat(frontMatter).contains("\ntitle: ").contains("\ndescription: ").contains("\naudience: ")
            .contains("\nrelated:");
    }

    @Test
    void troubleshootsEveryFailureAnalysis() throws IOException {
        assertThat(page()).contains("✅ CORRECT", "❌ INCORRECT")
            .contains("### \"The DynamoDB client has no AWS region\"",
                    "### \"tabletheory.local.enabled=true runs a local DynamoDB server (dynalite) with Node.js, but"
                            + " Node.js is not usable\"",
                    "### \"tabletheory.local.enabled=true could not start the local DynamoDB server\"",
                    "### \"Conflicting DynamoDB settings\"", "### \"tabletheory-local is not on the class path\"",
                    "### \"The TableTheory model ... is invalid\"",
                    "### \"The DynamoDB tables do not match the TableTheory models\"");
    }

    private static String expectedDefault(JsonNode property) {
        JsonNode value = property.get("defaultValue");
        if (value == null) {
            return NO_DEFAULT;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.isEmpty() ? "`\"\"`" : "`" + text + "`";
    }

    /** Reference table rows by property name: the cells, with escaped pipes restored. */
    private static Map<String, List<String>> referenceRows(String page) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : page.split("\n")) {
            if (!line.startsWith("| `tabletheory.")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|");
            List<String> trimmed = Arrays.stream(cells).map((cell) -> cell.trim().replace("\\|", "|"))
                .toList();
            assertThat(trimmed).as("cells of %s", line).hasSize(4);
            String name = trimmed.get(0).replace("`", "");
            assertThat(rows.put(name, trimmed)).as("rows for %s", name).isNull();
        }
        return rows;
    }

    private static String page() throws IOException {
        String root = System.getProperty("tabletheory.repo.root");
        assertThat(root).as("system property tabletheory.repo.root (set by the build)").isNotBlank();
        return Files.readString(Path.of(root, "docs", "configuration.md"));
    }
}
