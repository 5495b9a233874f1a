package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.mapping.internal.ModelBlueprints;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;

/**
 * Reads the {@link ModelSchema} of a record or class annotated with
 * {@link com.theorycloud.tabletheory.annotation.TableTheoryModel}. Each class is read and validated once; later calls
 * return the cached schema.
 */
public final class AnnotatedModels {

    private AnnotatedModels() {
    }

    /**
     * The schema of an annotated model class.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model; the message
     *         names the class, the property and the fix
     */
    public static ModelSchema schemaOf(Class<?> type) {
        return ModelBlueprints.of(type).schema();
    }

    /**
     * The schema of an annotated model class; {@code defaultNaming} applies when the class declares no naming
     * convention in its {@code @TableTheoryModel}.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model; the message
     *         names the class, the property and the fix
     */
    public static ModelSchema schemaOf(Class<?> type, NamingConvention defaultNaming) {
        return ModelBlueprints.of(type, defaultNaming).schema();
    }
}
