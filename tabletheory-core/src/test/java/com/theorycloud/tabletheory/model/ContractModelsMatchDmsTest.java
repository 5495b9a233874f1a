package com.theorycloud.tabletheory.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.AnnotatedModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the annotated contract fixtures against the contract's DMS files themselves, field by field, so annotated
 * models stay interchangeable with DMS models. (The DMS loader has its own tests; this reads the YAML directly.)
 */
class ContractModelsMatchDmsTest {

    @ParameterizedTest
    @CsvSource({
        "order.yml, Order, ContractModels$Order",
        "user.yml, User, ContractModels$User",
        "structured-profile-user.yml, StructuredProfileUser, ContractModels$StructuredProfileUser",
        "snake-case-record.yml, SnakeCaseRecord, ContractModels$SnakeCaseRecord",
        "number-precision.yml, NumberPrecision, ContractModels$NumberPrecision",
        "type-matrix.yml, TypeMatrix, ContractModels$TypeMatrix",
        "release-state.yml, ReleaseStateActual, ContractModels$ReleaseStateActual",
        "release-state.yml, ReleaseStateEvent, ContractModels$ReleaseStateEvent",
        "encrypted-record.yml, EncryptedRecord, ContractModels$EncryptedRecord"})
    void annotatedFixtureDescribesTheSameModelAsItsDmsFile(String file, String modelName, String fixture)
            throws Exception {
        Map<String, Object> dms = model(file, modelName);
        ModelSchema schema = AnnotatedModels.schemaOf(
                Class.forName(getClass().getPackageName() + "." + fixture));

        assertThat(schema.name()).isEqualTo(dms.get("name"));
        assertThat(schema.tableName()).isEqualTo(map(dms.get("table")).get("name"));
        Object naming = dms.containsKey("naming") ? map(dms.get("naming")).get("convention") : "camelCase";
        assertThat(schema.naming().dmsName()).isEqualTo(naming);
        Map<String, Object> keys = map(dms.get("keys"));
        assertThat(key(schema.partitionKey())).isEqualTo(dmsKey(keys.get("partition")));
        assertThat(key(schema.sortKey())).isEqualTo(dmsKey(keys.get("sort")));
        assertThat(describe(schema.attributes())).containsExactlyElementsOf(describeDms(list(dms.get("attributes"))));
        assertThat(describeIndexes(schema.indexes())).isEqualTo(describeDmsIndexes(dms.get("indexes")));
        Map<String, Object> policy = dms.containsKey("write_policy") ? map(dms.get("write_policy"))
                : Map.of("mode", "mutable", "protected_attributes", List.of());
        assertThat(schema.writePolicy().mode().dmsName()).isEqualTo(policy.get("mode"));
        assertThat(schema.writePolicy().protectedAttributes()).isEqualTo(policy.get("protected_attributes"));
    }

    private static List<String> describe(List<AttributeSchema> attributes) {
        List<String> out = new ArrayList<>();
        for (AttributeSchema a : attributes) {
            Set<String> roles = new LinkedHashSet<>();
            a.roles().forEach(r -> roles.add(r.dmsName()));
            out.add(a.name() + " " + a.type() + " format=" + a.format().dmsName() + " roles=" + new TreeSet<>(roles)
                    + " required=" + a.required() + " omitEmpty=" + a.omitEmpty() + " json=" + a.json()
                    + " encrypted=" + a.encrypted());
        }
        return out;
    }

    private static List<String> describeDms(List<Object> attributes) {
        List<String> out = new ArrayList<>();
        for (Object entry : attributes) {
            Map<String, Object> a = map(entry);
            List<Object> roles = a.containsKey("roles") ? list(a.get("roles")) : List.of();
            out.add(a.get("attribute") + " " + a.get("type") + " format=" + a.getOrDefault("format", "none")
                    + " roles=" + new TreeSet<>(roles.stream().map(String::valueOf).toList())
                    + " required=" + a.getOrDefault("required", false)
                    + " omitEmpty=" + a.getOrDefault("omit_empty", false) + " json=" + a.getOrDefault("json", false)
                    + " encrypted=" + a.containsKey("encryption"));
        }
        return out;
    }

    private static List<String> describeIndexes(List<IndexSchema> indexes) {
        List<String> out = new ArrayList<>();
        for (IndexSchema index : indexes) {
            out.add(index.name() + " " + index.type() + " " + key(index.partitionKey()) + " "
                    + key(index.sortKey()) + " " + index.projection() + " "
                    + index.includedAttributes());
        }
        return out;
    }

    private static List<String> describeDmsIndexes(Object indexes) {
        List<String> out = new ArrayList<>();
        if (indexes == null) {
            return out;
        }
        for (Object entry : list(indexes)) {
            Map<String, Object> index = map(entry);
            Map<String, Object> projection = map(index.get("projection"));
            out.add(index.get("name") + " " + index.get("type") + " " + dmsKey(index.get("partition")) + " "
                    + dmsKey(index.get("sort")) + " " + projection.get("type") + " "
                    + projection.getOrDefault("fields", List.of()));
        }
        return out;
    }

    private static String key(@Nullable KeyAttribute key) {
        return key == null ? "none" : key.name() + ":" + key.type();
    }

    private static String dmsKey(@Nullable Object key) {
        return key == null ? "none" : map(key).get("attribute") + ":" + map(key).get("type");
    }

    private static Map<String, Object> model(String file, String name) throws IOException {
        Path path = Path.of(System.getProperty("tabletheory.repo.root", "."))
                .resolve("../shared/tabletheory-contract/dms/v0.2/models").resolve(file).normalize();
        try (InputStream in = Files.newInputStream(path)) {
            Map<String, Object> document = new Yaml().load(in);
            for (Object model : list(document.get("models"))) {
                if (name.equals(map(model).get("name"))) {
                    return map(model);
                }
            }
        }
        throw new IllegalArgumentException(name + " not found in " + path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
