package com.theorycloud.tabletheory.model.dms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping of a DMS file with typed, position-aware access: every wrong shape becomes an error naming the line
 * and the field. Unknown fields are rejected so a misspelt flag ({@code omitEmpty}) fails instead of being ignored.
 */
public final class YamlMap {

    private final MappingNode node;
    private final DmsContext context;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, DmsContext context, Set<String> allowedKeys, String what) {
        this.node = node;
        this.context = context;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || !key.getTag().equals(Tag.STR)) {
                throw context.error(keyNode, "a key of " + what + " is not a plain string", "Use string keys only");
            }
            if (!allowedKeys.contains(key.getValue())) {
                throw context.error(keyNode, "unknown field '" + key.getValue() + "' in " + what,
                        "Remove it or use one of: " + String.join(", ", new TreeSet<>(allowedKeys)));
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw context.error(keyNode, "field '" + key.getValue() + "' appears twice in " + what,
                        "Keep only one");
            }
        }
    }

    /**
     * Reads a node that must be a mapping with only the allowed keys.
     *
     * @param what a description such as {@code "the attribute"} for messages
     */
    public static YamlMap of(Node node, DmsContext context, Set<String> allowedKeys, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw context.error(node, what + " is not a mapping", "Write it as 'key: value' fields");
        }
        return new YamlMap(mapping, context, allowedKeys, what);
    }

    /**
     * A string field of a mapping node read without any checks, or {@code null}; used to learn an element's name
     * before reading it strictly, so that errors can name the element.
     */
    public static @Nullable String peekString(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    return v.getValue();
                }
            }
        }
        return null;
    }

    /** The mapping node itself (for error positions). */
    public Node node() {
        return node;
    }

    /** The value node of a field, if present. */
    public Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** The node to report a field's problems at: its value, or the whole mapping when absent. */
    public Node at(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getValueNode();
    }

    /** An optional string field. */
    public @Nullable String string(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            throw context.error(value.get(), "field '" + key + "' is not a string", "Write it as a quoted string");
        }
        return scalar.getValue();
    }

    /** A string field that must be present and not blank. */
    public String requiredString(String key, String fix) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            throw context.error(at(key), "field '" + key + "' is missing or empty", fix);
        }
        return value;
    }

    /** An optional boolean field. */
    public boolean bool(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return false;
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String text = scalar.getValue().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        throw context.error(value.get(), "field '" + key + "' is not a boolean", "Write true or false (unquoted)");
    }

    /** An optional nested mapping. */
    public Optional<YamlMap> map(String key, Set<String> allowedKeys, String what) {
        return value(key).map(v -> YamlMap.of(v, context, allowedKeys, what));
    }

    /** A nested mapping that must be present. */
    public YamlMap requiredMap(String key, Set<String> allowedKeys, String what, String fix) {
        return map(key, allowedKeys, what).orElseThrow(() -> context.error(at(key), "field '" + key
                + "' is missing", fix));
    }

    /** An optional sequence field; absent gives an empty list. */
    public List<Node> list(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            throw context.error(value.get(), "field '" + key + "' is not a list", "Write it as a YAML list");
        }
        return sequence.getValue();
    }

    /** An optional list of non-blank strings; absent gives an empty list. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node element : list(key)) {
            if (!(element instanceof ScalarNode scalar) || isNull(element) || scalar.getValue().isBlank()) {
                throw context.error(element, "field '" + key + "' holds an entry that is not a non-empty string",
                        "List strings only");
            }
            out.add(scalar.getValue());
        }
        return out;
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }
}
