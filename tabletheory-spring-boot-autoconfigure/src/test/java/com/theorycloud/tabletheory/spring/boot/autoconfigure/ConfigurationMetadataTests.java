package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the metadata the configuration processor generates (merged with the hand-written hints), which is what
 * IDEs show for {@code tabletheory.*}.
 */
class ConfigurationMetadataTests {

    @Test
    void describesEveryPropertyOfTheRecords() throws IOException {
        Map<String, JsonNode> properties = ConfigurationMetadata.load().properties();
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(propertyNames("tabletheory",
                TableTheoryProperties.class));
        properties.forEach((name, property) -> {
            String description = property.path("description").asString("");
            assertThat(description).as("description of %s", name).isNotBlank().endsWith(".");
            assertThat(Character.isUpperCase(description.charAt(0))).as("capitalised description of %s", name)
                .isTrue();
        });
    }

    @Test
    void hintsEveryValueOfEveryEnumProperty() throws IOException {
        ConfigurationMetadata metadata = ConfigurationMetadata.load();
        Map<String, Class<?>> enums = enumProperties("tabletheory", TableTheoryProperties.class);
        assertThat(enums).containsOnlyKeys("tabletheory.client.http.type", "tabletheory.client.retry.mode",
                "tabletheory.models.naming-convention", "tabletheory.schema.mode", "tabletheory.schema.billing-mode",
                "tabletheory.repositories.bootstrap-mode");
        enums.forEach((name, type) -> {
            List<String> expected = Arrays.stream(type.getEnumConstants())
                .map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
            JsonNode hint = metadata.hints().get(name);
            assertThat(hint).as("hint for %s", name).isNotNull();
            List<String> values = new ArrayList<>();
            hint.path("values").forEach((value) -> {
                values.add(value.path("value").asString());
                assertThat(value.path("description").asString("")).as("description of %s value", name).isNotBlank();
            });
            assertThat(values).as("hinted values of %s", name).containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(metadata.properties().keySet()).containsAll(metadata.hints().keySet());
    }

    @Test
    void recordsDefaultsOfTheRecords() throws IOException {
        Map<String, JsonNode> properties = ConfigurationMetadata.load().properties();
        assertThat(properties.get("tabletheory.local.enabled").path("defaultValue").asBoolean(true)).isFalse();
        assertThat(properties.get("tabletheory.client.http.socket-timeout").path("defaultValue").asString())
            .isEqualTo("30s");
        assertThat(properties.get("tabletheory.client.retry.max-attempts").path("defaultValue").asInt()).isEqualTo(3);
        assertThat(properties.get("tabletheory.schema.mode").path("defaultValue").asString()).isEqualTo("none");
    }

    /** The kebab-case names of every leaf component under a properties record, walking nested records. */
    static Set<String> propertyNames(String prefix, Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                names.addAll(propertyNames(name, component.getType()));
            }
            else {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, Class<?>> enumProperties(String prefix, Class<?> type) {
        Map<String, Class<?>> enums = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                enums.putAll(enumProperties(name, component.getType()));
            }
            else if (component.getType().isEnum()) {
                enums.put(name, component.getType());
            }
        }
        return enums;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** This module's {@code spring-configuration-metadata.json}, found among the class path's copies. */
    record ConfigurationMetadata(Map<String, JsonNode> properties, Map<String, JsonNode> hints) {

        static ConfigurationMetadata load() throws IOException {
            JsonMapper mapper = JsonMapper.builder().build();
            for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
                JsonNode root;
                try (InputStream in = url.openStream()) {
                    root = mapper.readTree(in);
                }
                Map<String, JsonNode> properties = byName(root.path("properties"));
                if (properties.keySet().stream().anyMatch((name) -> name.startsWith("tabletheory."))) {
                    return new ConfigurationMetadata(properties, byName(root.path("hints")));
                }
            }
            throw new IllegalStateException("no spring-configuration-metadata.json with tabletheory.* properties on"
                    + " the class path; is the configuration processor configured in the compiler plugin?");
        }

        private static Map<String, JsonNode> byName(JsonNode array) {
            Map<String, JsonNode> byName = new HashMap<>();
            array.forEach((node) -> byName.put(node.path("name").asString(), node));
            return byName;
        }
    }
}
