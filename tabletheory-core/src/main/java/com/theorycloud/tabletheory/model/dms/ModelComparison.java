package com.theorycloud.tabletheory.model.dms;

import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks whether two {@link ModelSchema}s describe the same stored model, e.g. an annotated class and its DMS file.
 * Java types and Java property names are ignored, as are the order of attributes, indexes, roles, protected
 * attributes and projected fields; everything DMS describes is compared. The result is a readable list of
 * differences, empty when the models are equivalent.
 */
public final class ModelComparison {

    private static final ModelComparison DEFAULT = new ModelComparison(false);

    private final boolean ignoreTableName;

    private ModelComparison(boolean ignoreTableName) {
        this.ignoreTableName = ignoreTableName;
    }

    /** The comparison of everything DMS describes. */
    public static ModelComparison create() {
        return DEFAULT;
    }

    /** A comparison that also ignores the table name (useful when tables are named per environment). */
    public ModelComparison ignoringTableName() {
        return new ModelComparison(true);
    }

    /** Whether the two models are equivalent. */
    public boolean equivalent(ModelSchema expected, ModelSchema actual) {
        return differences(expected, actual).isEmpty();
    }

    /**
     * The differences between the expected and the actual model, one sentence each, such as
     * {@code "attribute 'nickname': omit_empty is false, expected true"}; empty when they are equivalent.
     */
    public List<String> differences(ModelSchema expected, ModelSchema actual) {
        List<String> out = new ArrayList<>();
        compare(out, "model name", expected.name(), actual.name());
        if (!ignoreTableName) {
            compare(out, "table name", expected.tableName(), actual.tableName());
        }
        compare(out, "naming convention", expected.naming().dmsName(), actual.naming().dmsName());
        compare(out, "partition key", key(expected.partitionKey()), key(actual.partitionKey()));
        compare(out, "sort key", key(expected.sortKey()), key(actual.sortKey()));
        compare(out, "write_policy mode", expected.writePolicy().mode().dmsName(),
                actual.writePolicy().mode().dmsName());
        compare(out, "write_policy protected_attributes", sorted(expected.writePolicy().protectedAttributes()),
                sorted(actual.writePolicy().protectedAttributes()));
        compareAttributes(out, expected.attributesByName(), actual.attributesByName());
        compareIndexes(out, expected, actual);
        return List.copyOf(out);
    }

    private static void compareAttributes(List<String> out, Map<String, AttributeSchema> expected,
            Map<String, AttributeSchema> actual) {
        for (AttributeSchema want : expected.values()) {
            AttributeSchema got = actual.get(want.name());
            if (got == null) {
                out.add("attribute '" + want.name() + "' is missing");
                continue;
            }
            String at = "attribute '" + want.name() + "': ";
            compare(out, at + "type", want.type().name(), got.type().name());
            compare(out, at + "format", want.format().dmsName(), got.format().dmsName());
            compare(out, at + "roles", roles(want.roles()), roles(got.roles()));
            compare(out, at + "required", want.required(), got.required());
            compare(out, at + "omit_empty", want.omitEmpty(), got.omitEmpty());
            compare(out, at + "json", want.json(), got.json());
            compare(out, at + "encrypted", want.encrypted(), got.encrypted());
        }
        for (String name : actual.keySet()) {
            if (!expected.containsKey(name)) {
                out.add("attribute '" + name + "' is not expected");
            }
        }
    }

    private static void compareIndexes(List<String> out, ModelSchema expected, ModelSchema actual) {
        for (IndexSchema want : expected.indexes()) {
            IndexSchema got = actual.index(want.name()).orElse(null);
            if (got == null) {
                out.add("index '" + want.name() + "' is missing");
                continue;
            }
            String at = "index '" + want.name() + "': ";
            compare(out, at + "type", want.type().name(), got.type().name());
            compare(out, at + "partition key", key(want.partitionKey()), key(got.partitionKey()));
            compare(out, at + "sort key", key(want.sortKey()), key(got.sortKey()));
            compare(out, at + "projection", want.projection().name(), got.projection().name());
            compare(out, at + "projected fields", sorted(want.includedAttributes()), sorted(got.includedAttributes()));
        }
        for (IndexSchema got : actual.indexes()) {
            if (expected.index(got.name()).isEmpty()) {
                out.add("index '" + got.name() + "' is not expected");
            }
        }
    }

    private static void compare(List<String> out, String what, @Nullable Object expected, @Nullable Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + " is " + actual + ", expected " + expected);
        }
    }

    private static @Nullable String key(@Nullable KeyAttribute key) {
        return key == null ? null : key.name() + " (" + key.type() + ")";
    }

    private static String roles(Set<AttributeRole> roles) {
        return roles.stream().sorted().map(AttributeRole::dmsName).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String sorted(List<String> values) {
        return new TreeSet<>(values).toString();
    }
}
