package com.theorycloud.tabletheory.model.dms;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A loaded DMS file: its version, namespace and validated models. Get one from {@link DmsLoader}; turn models back into
 * YAML with {@link DmsWriter}.
 *
 * @param dmsVersion the file's {@code dms_version} ({@code "0.1"} or {@code "0.2"})
 * @param namespace  the file's {@code namespace}, or {@code null}
 * @param models     the models in file order; DMS models have no Java type and use attribute names as properties
 */
public record DmsDocument(String dmsVersion, @Nullable String namespace, List<ModelSchema> models) {

    /** Copies the list so the document stays immutable. */
    public DmsDocument {
        models = List.copyOf(models);
    }

    /** The model with the given name, if any. */
    public Optional<ModelSchema> findModel(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The model with the given name.
     *
     * @throws InvalidModelException when the document has no such model
     */
    public ModelSchema model(String name) {
        return findModel(name).orElseThrow(() -> new InvalidModelException(name, "DMS document has no model '" + name
                + "' (models: " + String.join(", ", models.stream().map(ModelSchema::name).toList())
                + "). Check the model name."));
    }
}
