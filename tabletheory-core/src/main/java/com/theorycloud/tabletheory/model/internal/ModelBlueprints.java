package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.model.NamingConvention;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-once cache of annotated models, shared by {@code AnnotatedModels} and the codec factory so a class is read
 * and validated only once. A {@link ClassValue} keeps entries with their class, so redeployed class loaders are not
 * pinned; a failed read is not cached and fails again on the next call.
 */
public final class ModelBlueprints {

    private static final ClassValue<Map<NamingConvention, ModelBlueprint>> READ = new ClassValue<>() {
        @Override
        protected Map<NamingConvention, ModelBlueprint> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>(2);
        }
    };

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
        Map<NamingConvention, ModelBlueprint> read = READ.get(type);
        ModelBlueprint blueprint = read.get(defaultNaming);
        if (blueprint == null) {
            // Not computeIfAbsent: reading a model reads its nested structures, which may consult this cache.
            blueprint = ModelReader.read(type, defaultNaming);
            ModelBlueprint raced = read.putIfAbsent(defaultNaming, blueprint);
            if (raced != null) {
                blueprint = raced;
            }
        }
        return blueprint;
    }
}
