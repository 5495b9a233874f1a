package com.theorycloud.tabletheory.model.dms;

import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.WritePolicy;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Exports {@link ModelSchema}s as DMS v0.2 YAML, laid out like the contract's hand-written files. The output is
 * deterministic (same schemas, same text) and loads back with {@link DmsLoader} into equal schemas, so an annotated
 * model can be published as DMS or checked against an existing DMS file. Java types and property names are not part
 * of DMS and are not written.
 */
public final class DmsWriter {

    /** The DMS version this writer produces. */
    public static final String DMS_VERSION = "0.2";

    private final StringBuilder out = new StringBuilder(1024);

    private DmsWriter() {
    }

    /** Writes a whole document; its models are written as DMS {@value #DMS_VERSION} whatever version they came from. */
    public static String write(DmsDocument document) {
        return write(document.namespace(), document.models());
    }

    /**
     * Writes models as one DMS document.
     *
     * @param namespace the document namespace, or {@code null} to leave it out
     * @param models    the models, written in the given order
     */
    public static String write(@Nullable String namespace, List<ModelSchema> models) {
        DmsWriter writer = new DmsWriter();
        writer.line(0, "dms_version: " + quote(DMS_VERSION));
        if (namespace != null) {
            writer.line(0, "namespace: " + quote(namespace));
        }
        writer.line(0, "models:");
        for (ModelSchema model : models) {
            writer.model(model);
        }
        return writer.out.toString();
    }

    private void model(ModelSchema model) {
        line(1, "- name: " + quote(model.name()));
        line(2, "table:");
        line(3, "name: " + quote(model.tableName()));
        line(2, "naming:");
        line(3, "convention: " + quote(model.naming().dmsName()));
        line(2, "keys:");
        line(3, "partition: " + key(model.partitionKey()));
        if (model.sortKey() != null) {
            line(3, "sort: " + key(model.sortKey()));
        }
        WritePolicy policy = model.writePolicy();
        if (!policy.equals(WritePolicy.MUTABLE)) {
            line(2, "write_policy:");
            line(3, "mode: " + quote(policy.mode().dmsName()));
            line(3, "protected_attributes: " + list(policy.protectedAttributes()));
        }
        line(2, "attributes:");
        for (AttributeSchema attribute : model.attributes()) {
            attribute(attribute);
        }
        if (!model.indexes().isEmpty()) {
            line(2, "indexes:");
            for (IndexSchema index : model.indexes()) {
                index(index);
            }
        }
    }

    private void attribute(AttributeSchema attribute) {
        line(3, "- attribute: " + quote(attribute.name()));
        line(4, "type: " + quote(attribute.type().name()));
        if (attribute.format() != AttributeFormat.NONE) {
            line(4, "format: " + quote(attribute.format().dmsName()));
        }
        if (attribute.required()) {
            line(4, "required: true");
        } else if (!attribute.isLifecycle()) {
            // Matches the contract files: lifecycle fields are engine-owned, neither required nor optional.
            line(4, "optional: true");
        }
        if (attribute.omitEmpty()) {
            line(4, "omit_empty: true");
        }
        if (attribute.json()) {
            line(4, "json: true");
        }
        if (!attribute.roles().isEmpty()) {
            line(4, "roles: " + list(attribute.roles().stream().sorted().map(r -> r.dmsName()).toList()));
        }
        if (attribute.encrypted()) {
            line(4, "encryption: { v: 1 }");
        }
    }

    private void index(IndexSchema index) {
        line(3, "- name: " + quote(index.name()));
        line(4, "type: " + quote(index.type().name()));
        line(4, "partition: " + key(index.partitionKey()));
        if (index.sortKey() != null) {
            line(4, "sort: " + key(index.sortKey()));
        }
        String projection = "projection: { type: " + quote(index.projection().name());
        if (index.projection() == ProjectionType.INCLUDE) {
            projection += ", fields: " + list(index.includedAttributes());
        }
        line(4, projection + " }");
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String key(KeyAttribute key) {
        return "{ attribute: " + quote(key.name()) + ", type: " + quote(key.type().name()) + " }";
    }

    private static String list(List<String> values) {
        return values.stream().map(DmsWriter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar; the escapes used are valid in both YAML and JSON. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                            || c == '\uFEFF') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
