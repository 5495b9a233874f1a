package com.theorycloud.tabletheory.model.dms.internal;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses DMS text into a SnakeYAML node tree with positions, holding it to the JSON-compatible YAML subset the DMS
 * spec requires: one document, no anchors or aliases, no custom tags.
 */
public final class DmsYaml {

    private DmsYaml() {
    }

    /** Parses the text; syntax errors and non-JSON YAML features become errors naming the line. */
    public static Node parse(String text, DmsContext context) {
        Yaml yaml = new Yaml(new LoaderOptions());
        try {
            for (Event event : yaml.parse(new StringReader(text))) {
                if (event instanceof AliasEvent || (event instanceof NodeEvent nodeEvent
                        && nodeEvent.getAnchor() != null)) {
                    throw context.errorAtLine(line(event.getStartMark()), "a YAML anchor or alias is used",
                            "DMS allows only JSON-compatible YAML; repeat the value");
                }
            }
            Node root = yaml.compose(new StringReader(text));
            if (root == null) {
                throw context.error(null, "the document is empty", "Start it with dms_version and models");
            }
            checkTags(root, context);
            return root;
        } catch (MarkedYAMLException e) {
            throw context.errorAtLine(line(e.getProblemMark()), "YAML syntax error: " + e.getProblem(),
                    "Fix the YAML syntax");
        } catch (YAMLException e) {
            throw context.error(null, "YAML error: " + e.getMessage(), "Fix the YAML syntax");
        }
    }

    private static void checkTags(Node node, DmsContext context) {
        if (!node.getTag().startsWith(Tag.PREFIX)) {
            throw context.error(node, "custom YAML tag " + node.getTag() + " is not allowed",
                    "DMS allows only JSON-compatible YAML; remove the tag");
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            sequence.getValue().forEach(child -> checkTags(child, context));
        } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            mapping.getValue().forEach(tuple -> {
                checkTags(tuple.getKeyNode(), context);
                checkTags(tuple.getValueNode(), context);
            });
        }
    }

    private static int line(@org.jspecify.annotations.Nullable Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }
}
