package com.theorycloud.tabletheory.model.dms.internal;

import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one {@code attributes[]} entry and checks the rules that concern the attribute alone: known type, format and
 * roles; format and roles that fit the type; {@code json}, {@code binary} and {@code encryption} flags.
 */
final class DmsAttributeReader {

    private static final Set<String> FIELDS = Set.of("attribute", "type", "format", "roles", "required", "optional",
            "omit_empty", "json", "binary", "encryption", "tags");

    private DmsAttributeReader() {
    }

    /** One attribute as read, with the node it came from for later cross-checks. */
    record ReadAttribute(AttributeSchema schema, YamlMap yaml) {
    }

    static ReadAttribute read(Node node, DmsContext modelContext) {
        String peeked = YamlMap.peekString(node, "attribute");
        DmsContext context = modelContext.at(peeked == null ? "an attribute" : "attribute '" + peeked + "'");
        YamlMap yaml = YamlMap.of(node, context, FIELDS, "the attribute");
        String name = yaml.requiredString("attribute", "Give every attribute its DynamoDB name in 'attribute'");

        DynamoType type = type(yaml, "type", context, EnumSet.allOf(DynamoType.class));
        AttributeFormat format = format(yaml, context);
        Set<AttributeRole> roles = roles(yaml, context);
        boolean required = yaml.bool("required");
        boolean optional = yaml.bool("optional");
        boolean json = yaml.bool("json");
        boolean binary = yaml.bool("binary");
        boolean encrypted = encryption(yaml, context);

        if (required && optional) {
            throw context.error(yaml.at("optional"), "the attribute is both required and optional",
                    "Keep only one of 'required: true' and 'optional: true'");
        }
        if (json && type != DynamoType.M) {
            throw context.error(yaml.at("json"), "'json: true' needs type M (JSON is stored as a native map), but the "
                    + "type is " + type, "Set type: \"M\" or remove json");
        }
        if (binary && type != DynamoType.B) {
            throw context.error(yaml.at("binary"), "'binary: true' needs type B, but the type is " + type,
                    "Set type: \"B\" or remove binary");
        }
        checkFormatFitsType(format, type, yaml, context);
        for (AttributeRole role : roles) {
            checkRoleFitsType(role, type, format, yaml, context);
        }
        if (encrypted && !roles.isEmpty()) {
            throw context.error(yaml.at("encryption"), "an attribute with roles " + names(roles)
                    + " cannot be encrypted", "Remove encryption; keys and lifecycle fields are stored in plain text");
        }
        boolean omitEmpty = yaml.bool("omit_empty");
        return new ReadAttribute(new AttributeSchema(name, name, type, format, roles, required, omitEmpty, json,
                encrypted), yaml);
    }

    /** Reads a type field limited to the allowed types. */
    static DynamoType type(YamlMap yaml, String field, DmsContext context, Set<DynamoType> allowed) {
        String text = yaml.requiredString(field, "Give a DynamoDB type: " + typeNames(allowed));
        for (DynamoType type : allowed) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        throw context.error(yaml.at(field), "type '" + text + "' is not " + (allowed.size() == 3
                ? "a key type" : "a DynamoDB type"), "Use one of: " + typeNames(allowed));
    }

    private static AttributeFormat format(YamlMap yaml, DmsContext context) {
        String text = yaml.string("format");
        if (text == null) {
            return AttributeFormat.NONE;
        }
        try {
            AttributeFormat format = AttributeFormat.fromDmsName(text);
            if (format == AttributeFormat.NONE) {
                throw new IllegalArgumentException(text);
            }
            return format;
        } catch (IllegalArgumentException e) {
            throw context.error(yaml.at("format"), "unknown format '" + text + "'", "Use one of: rfc3339nano, int, "
                    + "unix_seconds, decimal_string, or leave format out");
        }
    }

    private static Set<AttributeRole> roles(YamlMap yaml, DmsContext context) {
        Set<AttributeRole> roles = EnumSet.noneOf(AttributeRole.class);
        List<Node> nodes = yaml.list("roles");
        for (int i = 0; i < nodes.size(); i++) {
            String text = yaml.strings("roles").get(i);
            AttributeRole role;
            try {
                role = AttributeRole.fromDmsName(text);
            } catch (IllegalArgumentException e) {
                throw context.error(nodes.get(i), "unknown role '" + text + "'", "Use one of: "
                        + Arrays.stream(AttributeRole.values()).map(AttributeRole::dmsName)
                        .collect(Collectors.joining(", ")));
            }
            if (!roles.add(role)) {
                throw context.error(nodes.get(i), "role '" + text + "' is listed twice", "List each role once");
            }
        }
        return roles;
    }

    private static boolean encryption(YamlMap yaml, DmsContext context) {
        if (yaml.value("encryption").isEmpty()) {
            return false;
        }
        YamlMap encryption = YamlMap.of(yaml.at("encryption"), context, Set.of("v"), "encryption");
        Node version = encryption.at("v");
        if (!(version instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)
                || !scalar.getValue().equals("1")) {
            throw context.error(version, "encryption must be { v: 1 }", "Write encryption: { v: 1 } (the only "
                    + "envelope version)");
        }
        return true;
    }

    private static void checkFormatFitsType(AttributeFormat format, DynamoType type, YamlMap yaml,
            DmsContext context) {
        DynamoType needed = switch (format) {
            case NONE -> type;
            case RFC3339NANO -> DynamoType.S;
            case INT, UNIX_SECONDS, DECIMAL_STRING -> DynamoType.N;
        };
        if (needed != type) {
            throw context.error(yaml.at("format"), "format '" + format.dmsName() + "' needs type " + needed
                    + ", but the type is " + type, "Set type: \"" + needed + "\" or change the format");
        }
    }

    private static void checkRoleFitsType(AttributeRole role, DynamoType type, AttributeFormat format, YamlMap yaml,
            DmsContext context) {
        AttributeFormat expectedFormat = switch (role) {
            case PK, SK -> null;
            case CREATED_AT, UPDATED_AT -> AttributeFormat.RFC3339NANO;
            case VERSION -> AttributeFormat.INT;
            case TTL -> AttributeFormat.UNIX_SECONDS;
        };
        if (expectedFormat == null) {
            if (!type.isKeyType()) {
                throw context.error(yaml.at("type"), "role '" + role.dmsName() + "' needs a key type (S, N or B), "
                        + "but the type is " + type, "Use type S, N or B for key attributes");
            }
            return;
        }
        DynamoType expectedType = expectedFormat == AttributeFormat.RFC3339NANO ? DynamoType.S : DynamoType.N;
        if (type != expectedType || (format != expectedFormat && format != AttributeFormat.NONE)) {
            throw context.error(yaml.at("type"), "role '" + role.dmsName() + "' needs type " + expectedType
                    + " with format " + expectedFormat.dmsName() + ", but the attribute is " + type
                    + (format == AttributeFormat.NONE ? "" : " with format " + format.dmsName()),
                    "Set type: \"" + expectedType + "\" and format: \"" + expectedFormat.dmsName() + "\"");
        }
    }

    private static String names(Set<AttributeRole> roles) {
        return roles.stream().map(AttributeRole::dmsName).collect(Collectors.joining(", "));
    }

    private static String typeNames(Set<DynamoType> types) {
        return types.stream().map(DynamoType::name).collect(Collectors.joining(", "));
    }
}
