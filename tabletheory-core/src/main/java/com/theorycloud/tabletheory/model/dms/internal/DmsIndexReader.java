package com.theorycloud.tabletheory.model.dms.internal;

import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.dms.internal.DmsAttributeReader.ReadAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a model's {@code indexes[]}: unique names, GSI or LSI, key attributes declared with matching key types and not
 * encrypted, an LSI on the table's partition key, and a projection whose {@code fields} are given exactly when it is
 * {@code INCLUDE}.
 */
final class DmsIndexReader {

    private static final Set<String> FIELDS = Set.of("name", "type", "partition", "sort", "projection");

    private DmsIndexReader() {
    }

    static List<IndexSchema> read(YamlMap model, Map<String, ReadAttribute> attributes, KeyAttribute tablePartition,
            DmsContext modelContext) {
        List<IndexSchema> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node node : model.list("indexes")) {
            String peeked = YamlMap.peekString(node, "name");
            DmsContext context = modelContext.at(peeked == null ? "an index" : "index '" + peeked + "'");
            YamlMap index = YamlMap.of(node, context, FIELDS, "the index");
            String name = index.requiredString("name", "Give every index a 'name'");
            if (!names.add(name)) {
                throw context.error(index.at("name"), "the index is declared twice", "Give each index its own name");
            }
            IndexType type = type(index, context);
            YamlMap partitionYaml = index.requiredMap("partition", DmsModelReader.KEY_FIELDS, "partition",
                    "Add partition: { attribute: \"...\", type: \"S\" }");
            KeyAttribute partition = key(partitionYaml, attributes, context.at("index '" + name + "' partition"));
            KeyAttribute sort = index.map("sort", DmsModelReader.KEY_FIELDS, "sort")
                    .map(yaml -> key(yaml, attributes, context.at("index '" + name + "' sort")))
                    .orElse(null);
            if (type == IndexType.LSI && !partition.name().equals(tablePartition.name())) {
                throw context.error(partitionYaml.at("attribute"), "an LSI must use the table's partition key '"
                        + tablePartition.name() + "', not '" + partition.name() + "'",
                        "Use the table partition key or make the index a GSI");
            }
            if (type == IndexType.LSI && sort == null) {
                throw context.error(index.node(), "an LSI needs a sort key", "Add sort: { attribute: ..., type: ... }");
            }
            YamlMap projection = index.map("projection", Set.of("type", "fields"), "projection").orElse(null);
            ProjectionType projectionType = projectionType(projection, context);
            List<String> fields = fields(projection, projectionType, attributes, context);
            indexes.add(new IndexSchema(name, type, partition, sort, projectionType, fields));
        }
        return indexes;
    }

    private static IndexType type(YamlMap index, DmsContext context) {
        String text = index.requiredString("type", "Set type: \"GSI\" or \"LSI\"");
        try {
            return IndexType.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw context.error(index.at("type"), "unknown index type '" + text + "'", "Use GSI or LSI");
        }
    }

    private static KeyAttribute key(YamlMap yaml, Map<String, ReadAttribute> attributes, DmsContext context) {
        KeyAttribute key = DmsModelReader.key(yaml, context);
        ReadAttribute attribute = attributes.get(key.name());
        if (attribute == null) {
            throw context.error(yaml.at("attribute"), "index key attribute '" + key.name()
                    + "' is not declared under attributes", "Declare '" + key.name() + "' with type " + key.type());
        }
        if (attribute.schema().type() != key.type()) {
            throw context.error(yaml.at("type"), "index key type " + key.type() + " does not match attribute '"
                    + key.name() + "', declared as " + attribute.schema().type(), "Use the same type in both places");
        }
        if (attribute.schema().encrypted()) {
            throw context.error(yaml.at("attribute"), "encrypted attribute '" + key.name()
                    + "' cannot be an index key", "Index a plain-text attribute instead");
        }
        return key;
    }

    private static ProjectionType projectionType(@Nullable YamlMap projection, DmsContext context) {
        String text = projection == null ? null : projection.string("type");
        if (text == null) {
            return ProjectionType.ALL;
        }
        try {
            return ProjectionType.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw context.error(projection.at("type"), "unknown projection type '" + text + "'",
                    "Use ALL, KEYS_ONLY or INCLUDE");
        }
    }

    private static List<String> fields(@Nullable YamlMap projection, ProjectionType type, Map<String, ReadAttribute> attributes,
            DmsContext context) {
        if (projection == null) {
            return List.of();
        }
        List<String> fields = projection.strings("fields");
        if (type == ProjectionType.INCLUDE && fields.isEmpty()) {
            throw context.error(projection.at("fields"), "an INCLUDE projection lists no fields",
                    "List the projected attributes in projection.fields, or use ALL or KEYS_ONLY");
        }
        if (type != ProjectionType.INCLUDE && !fields.isEmpty()) {
            throw context.error(projection.at("fields"), "projection.fields is only for INCLUDE, but the projection "
                    + "is " + type, "Remove fields or set type: \"INCLUDE\"");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String field : fields) {
            if (!attributes.containsKey(field)) {
                throw context.error(projection.at("fields"), "projected attribute '" + field
                        + "' is not declared under attributes", "Declare it or remove it from projection.fields");
            }
            if (!unique.add(field)) {
                throw context.error(projection.at("fields"), "projected attribute '" + field + "' is listed twice",
                        "List it once");
            }
        }
        return List.copyOf(unique);
    }
}
