package com.theorycloud.tabletheory.model.dms.internal;

import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a whole DMS document: a supported {@code dms_version}, an optional {@code namespace} and a non-empty list of
 * uniquely named models.
 */
public final class DmsDocumentReader {

    /** The DMS versions this runtime reads. */
    public static final List<String> SUPPORTED_VERSIONS = List.of("0.1", "0.2");

    private static final Set<String> FIELDS = Set.of("dms_version", "namespace", "models");

    private DmsDocumentReader() {
    }

    /**
     * The content of a validated DMS document.
     *
     * @param dmsVersion the document's version
     * @param namespace  its namespace, or {@code null}
     * @param models     its models in file order
     */
    public record Content(String dmsVersion, @Nullable String namespace, List<ModelSchema> models) {
    }

    /** Parses and validates DMS text read from the named source. */
    public static Content read(String text, String sourceName) {
        DmsContext context = DmsContext.of(sourceName);
        Node root = DmsYaml.parse(text, context);
        YamlMap document = YamlMap.of(root, context, FIELDS, "the DMS document");
        String version = document.requiredString("dms_version", "Start the file with dms_version: \"0.2\"");
        if (!SUPPORTED_VERSIONS.contains(version)) {
            throw context.error(document.at("dms_version"), "unsupported dms_version '" + version + "'",
                    "Use one of: " + String.join(", ", SUPPORTED_VERSIONS));
        }
        String namespace = document.string("namespace");
        List<Node> modelNodes = document.list("models");
        if (modelNodes.isEmpty()) {
            throw context.error(document.at("models"), "the document has no models", "List at least one model under "
                    + "'models'");
        }
        List<ModelSchema> models = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node node : modelNodes) {
            ModelSchema model = DmsModelReader.read(node, context);
            if (!names.add(model.name())) {
                throw context.inModel(model.name()).error(node, "the model is declared twice in this document",
                        "Give each model its own name");
            }
            models.add(model);
        }
        return new Content(version, namespace, List.copyOf(models));
    }
}
