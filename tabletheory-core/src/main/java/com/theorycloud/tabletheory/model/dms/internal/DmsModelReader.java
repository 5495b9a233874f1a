package com.theorycloud.tabletheory.model.dms.internal;

import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.WritePolicy;
import com.theorycloud.tabletheory.model.dms.internal.DmsAttributeReader.ReadAttribute;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one {@code models[]} entry into a {@link ModelSchema} and checks the rules that span attributes: keys declared
 * with matching types, each role on one attribute only and pk/sk on the key attributes, unique attribute names, no
 * encrypted keys, and a write policy naming declared attributes. Indexes are read by {@link DmsIndexReader}.
 */
public final class DmsModelReader {

    private static final Set<String> FIELDS = Set.of("name", "table", "naming", "keys", "attributes", "indexes",
            "write_policy");
    static final Set<String> KEY_FIELDS = Set.of("attribute", "type");
    static final Set<DynamoType> KEY_TYPES = EnumSet.of(DynamoType.S, DynamoType.N, DynamoType.B);

    private DmsModelReader() {
    }

    /** Reads and validates one model. */
    public static ModelSchema read(Node node, DmsContext documentContext) {
        String peeked = YamlMap.peekString(node, "name");
        DmsContext context = peeked == null ? documentContext.at("a model") : documentContext.inModel(peeked);
        YamlMap model = YamlMap.of(node, context, FIELDS, "the model");
        String name = model.requiredString("name", "Give every model a 'name'");

        String tableName = model.requiredMap("table", Set.of("name"), "table", "Add table: { name: \"...\" }")
                .requiredString("name", "Add the table name under table.name");
        NamingConvention naming = naming(model, context);

        YamlMap keys = model.requiredMap("keys", Set.of("partition", "sort"), "keys",
                "Add keys: { partition: { attribute: \"PK\", type: \"S\" } }");
        YamlMap partitionYaml = keys.requiredMap("partition", KEY_FIELDS, "keys.partition",
                "Add keys.partition with the partition key attribute and type");
        KeyAttribute partitionKey = key(partitionYaml, context.at("keys.partition"));
        YamlMap sortYaml = keys.map("sort", KEY_FIELDS, "keys.sort").orElse(null);
        KeyAttribute sortKey = sortYaml == null ? null : key(sortYaml, context.at("keys.sort"));

        Map<String, ReadAttribute> attributes = attributes(model, context);
        checkKey(partitionKey, partitionYaml, attributes, AttributeRole.PK, context.at("keys.partition"));
        if (sortKey != null) {
            checkKey(sortKey, sortYaml, attributes, AttributeRole.SK, context.at("keys.sort"));
        }
        List<AttributeSchema> schemas = withKeyRoles(attributes, partitionKey, sortKey, context);
        List<IndexSchema> indexes = DmsIndexReader.read(model, attributes, partitionKey, context);
        WritePolicy writePolicy = writePolicy(model, attributes, context);
        return new ModelSchema(name, tableName, naming, partitionKey, sortKey, schemas, indexes, writePolicy, null);
    }

    static KeyAttribute key(YamlMap yaml, DmsContext context) {
        String attribute = yaml.requiredString("attribute", "Name the key attribute in 'attribute'");
        return new KeyAttribute(attribute, DmsAttributeReader.type(yaml, "type", context, KEY_TYPES));
    }

    private static NamingConvention naming(YamlMap model, DmsContext context) {
        YamlMap naming = model.map("naming", Set.of("convention"), "naming").orElse(null);
        String convention = naming == null ? null : naming.string("convention");
        if (convention == null) {
            return NamingConvention.CAMEL_CASE;
        }
        try {
            return NamingConvention.fromDmsName(convention);
        } catch (IllegalArgumentException e) {
            throw context.error(naming.at("convention"), "unknown naming convention '" + convention + "'",
                    "Use camelCase or snake_case");
        }
    }

    private static Map<String, ReadAttribute> attributes(YamlMap model, DmsContext context) {
        List<Node> nodes = model.list("attributes");
        if (nodes.isEmpty()) {
            throw context.error(model.at("attributes"), "the model declares no attributes",
                    "List every stored attribute under 'attributes', keys included");
        }
        Map<String, ReadAttribute> byName = new LinkedHashMap<>();
        Map<AttributeRole, String> roleOwners = new EnumMap<>(AttributeRole.class);
        for (Node node : nodes) {
            ReadAttribute attribute = DmsAttributeReader.read(node, context);
            String name = attribute.schema().name();
            if (byName.putIfAbsent(name, attribute) != null) {
                throw context.at("attribute '" + name + "'").error(node, "the attribute is declared twice",
                        "Declare each attribute once");
            }
            for (AttributeRole role : attribute.schema().roles()) {
                String owner = roleOwners.putIfAbsent(role, name);
                if (owner != null) {
                    throw context.at("attribute '" + name + "'").error(attribute.yaml().at("roles"), "role '"
                            + role.dmsName() + "' is already held by attribute '" + owner + "'",
                            "Give each role to one attribute only");
                }
            }
        }
        return byName;
    }

    private static void checkKey(KeyAttribute key, YamlMap keyYaml, Map<String, ReadAttribute> attributes,
            AttributeRole role, DmsContext context) {
        ReadAttribute attribute = attributes.get(key.name());
        if (attribute == null) {
            throw context.error(keyYaml.at("attribute"), "key attribute '" + key.name()
                    + "' is not declared under attributes", "Add an attribute '" + key.name() + "' of type "
                    + key.type() + " with roles: [\"" + role.dmsName() + "\"]");
        }
        AttributeSchema schema = attribute.schema();
        if (schema.type() != key.type()) {
            throw context.error(keyYaml.at("type"), "key type " + key.type() + " does not match attribute '"
                    + key.name() + "', declared as " + schema.type(), "Use the same type in both places");
        }
        if (schema.encrypted()) {
            throw context.error(attribute.yaml().at("encryption"), "key attribute '" + key.name()
                    + "' cannot be encrypted", "Remove encryption from the key attribute");
        }
    }

    private static List<AttributeSchema> withKeyRoles(Map<String, ReadAttribute> attributes, KeyAttribute partitionKey,
            @Nullable KeyAttribute sortKey, DmsContext context) {
        List<AttributeSchema> out = new ArrayList<>();
        for (ReadAttribute attribute : attributes.values()) {
            AttributeSchema schema = attribute.schema();
            Set<AttributeRole> roles = EnumSet.noneOf(AttributeRole.class);
            roles.addAll(schema.roles());
            boolean isPartition = schema.name().equals(partitionKey.name());
            boolean isSort = sortKey != null && schema.name().equals(sortKey.name());
            checkKeyRole(AttributeRole.PK, isPartition, "keys.partition", attribute, context);
            checkKeyRole(AttributeRole.SK, isSort, "keys.sort", attribute, context);
            // The keys section is authoritative; a missing pk/sk role on the key attribute is implied, not an error.
            if (isPartition) {
                roles.add(AttributeRole.PK);
            }
            if (isSort) {
                roles.add(AttributeRole.SK);
            }
            out.add(new AttributeSchema(schema.name(), schema.property(), schema.type(), schema.format(), roles,
                    schema.required(), schema.omitEmpty(), schema.json(), schema.encrypted()));
        }
        return out;
    }

    private static void checkKeyRole(AttributeRole role, boolean isKey, String keyField, ReadAttribute attribute,
            DmsContext context) {
        if (attribute.schema().hasRole(role) && !isKey) {
            throw context.at("attribute '" + attribute.schema().name() + "'").error(attribute.yaml().at("roles"),
                    "role '" + role.dmsName() + "' is on an attribute that is not " + keyField,
                    "Name this attribute in " + keyField + " or remove the role");
        }
    }

    private static WritePolicy writePolicy(YamlMap model, Map<String, ReadAttribute> attributes,
            DmsContext context) {
        YamlMap policy = model.map("write_policy", Set.of("mode", "protected_attributes"), "write_policy")
                .orElse(null);
        if (policy == null) {
            return WritePolicy.MUTABLE;
        }
        DmsContext policyContext = context.at("write_policy");
        String modeText = policy.string("mode");
        WriteMode mode = WriteMode.MUTABLE;
        if (modeText != null) {
            try {
                mode = WriteMode.fromDmsName(modeText);
            } catch (IllegalArgumentException e) {
                throw policyContext.error(policy.at("mode"), "unknown mode '" + modeText + "'",
                        "Use mutable or write_once");
            }
        }
        Set<String> protectedAttributes = new LinkedHashSet<>();
        List<Node> nodes = policy.list("protected_attributes");
        List<String> names = policy.strings("protected_attributes");
        for (int i = 0; i < names.size(); i++) {
            if (!attributes.containsKey(names.get(i))) {
                throw policyContext.error(nodes.get(i), "protected attribute '" + names.get(i)
                        + "' is not declared under attributes", "Declare it or remove it from protected_attributes");
            }
            if (!protectedAttributes.add(names.get(i))) {
                throw policyContext.error(nodes.get(i), "protected attribute '" + names.get(i) + "' is listed twice",
                        "List it once");
            }
        }
        return new WritePolicy(mode, List.copyOf(protectedAttributes));
    }
}
