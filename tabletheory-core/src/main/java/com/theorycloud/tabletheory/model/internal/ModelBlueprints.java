package com.theorycloud.tabletheory.model.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-once cache of annotated models, shared by {@code AnnotatedModels} and the codec factory so a class is read
 * and validated only once.
 */
public final class ModelBlueprints {

    private static final Map<Class<?>, ModelBlueprint> READ = new ConcurrentHashMap<>();

    private ModelBlueprints() {
    }

    /**
     * The blueprint of a model class, reading it on first use.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public static ModelBlueprint of(Class<?> type) {
        ModelBlueprint blueprint = READ.get(type);
        if (blueprint == null) {
            // Not computeIfAbsent: reading may compile nested types, and a failed read must not be cached.
            blueprint = ModelReader.read(type);
            ModelBlueprint raced = READ.putIfAbsent(type, blueprint);
            if (raced != null) {
                blueprint = raced;
            }
        }
        return blueprint;
    }
}
