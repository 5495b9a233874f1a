package com.theorycloud.tabletheory.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.mapping.internal.values.LogicalValues;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsDocument;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Encodes every item, key and update value written by every contract scenario with the schema-only codec, and checks
 * that decoding gives the scenario's logical values back.
 */
class ScenarioItemsEncodingTest {

    private static final List<String> ITEM_FIELDS = List.of("item", "key", "set");
    private static final List<String> ITEM_LIST_FIELDS = List.of("puts", "deletes", "keys");

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.walk(ContractDirectory.resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    private static Map<String, ModelSchema> models() throws IOException {
        Map<String, ModelSchema> out = new HashMap<>();
        try (Stream<Path> files = Files.list(ContractDirectory.resolve("dms/v0.2/models"))) {
            for (Path file : files.toList()) {
                DmsDocument document = DmsLoader.load(file);
                document.models().forEach(m -> out.put(m.name(), m));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void encodesAndDecodesEveryScenarioItem(Path scenario) throws IOException {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(scenario)) {
            root = new Yaml().load(reader);
        }
        Map<String, ModelSchema> models = models();
        List<String> checked = new ArrayList<>();
        walk(root, (String) root.get("model"), models, checked);

        assertThat(checked).as("items found in %s", scenario.getFileName()).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String model, Map<String, ModelSchema> models, List<String> checked) {
        if (node instanceof List<?> list) {
            list.forEach(element -> walk(element, model, models, checked));
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        String here = map.get("model") instanceof String m ? m : model;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey().equals("expect")) {
                continue;
            }
            if (ITEM_FIELDS.contains(entry.getKey()) && entry.getValue() instanceof Map<?, ?> item) {
                check((Map<String, Object>) item, models.get(here), checked);
            } else if (ITEM_LIST_FIELDS.contains(entry.getKey()) && entry.getValue() instanceof List<?> items) {
                items.forEach(item -> check((Map<String, Object>) item, models.get(here), checked));
            } else {
                walk(entry.getValue(), here, models, checked);
            }
        }
    }

    private static void check(Map<String, Object> item, ModelSchema model, List<String> checked) {
        DocumentItemCodec codec = DocumentItemCodec.of(model);
        Document document = Document.of(item);

        Document decoded = codec.decode(codec.encode(document));

        assertThat(LogicalValues.looselyEquals(item, decoded.asMap()))
                .as("%s item %s decoded as %s", model.name(), item, decoded)
                .isTrue();
        checked.add(model.name());
    }
}
