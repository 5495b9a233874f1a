package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.internal.ModelBlueprint;
import com.theorycloud.tabletheory.model.internal.ModelReader;
import com.theorycloud.tabletheory.model.internal.NamingKeyedCache;

/**
 * Read-once cache of annotated models, shared by {@code AnnotatedModels} and the codec factory so a class is read
 * and validated only once per default naming convention; a failed read is not cached and fails again on the next
 * call. Models are read with {@link ConverterResolver} choosing each property's converter.
 */
public final class ModelBlueprints {

    private static final NamingKeyedCache<ModelBlueprint> READ = new NamingKeyedCache<>(
            (type, naming) -> ModelReader.read(type, naming, ConverterResolver::resolve));

    private ModelBlueprints() {
    }

    /**
     * The blueprint of a model class under the default (camelCase) convention, reading it on first use.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public static ModelBlueprint of(Class<?> type) {
        return of(type, NamingConvention.CAMEL_CASE);
    }

    /**
     * The blueprint of a model class, reading it on first use; {@code defaultNaming} applies when the class declares no
     * naming convention of its own. Blueprints are cached per class and default.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public static ModelBlueprint of(Class<?> type, NamingConvention defaultNaming) {
        return READ.get(type, defaultNaming);
    }
}
