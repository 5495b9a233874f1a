package com.theorycloud.tabletheory.model.internal;

/**
 * Read-once cache of annotated models, shared by {@code AnnotatedModels} and the codec factory so a class is read
 * and validated only once. A {@link ClassValue} keeps entries with their class, so redeployed class loaders are not
 * pinned; a failed read is not cached and fails again on the next call.
 */
public final class ModelBlueprints {

    private static final ClassValue<ModelBlueprint> READ = new ClassValue<>() {
        @Override
        protected ModelBlueprint computeValue(Class<?> type) {
            return ModelReader.read(type);
        }
    };

    private ModelBlueprints() {
    }

    /**
     * The blueprint of a model class, reading it on first use.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public static ModelBlueprint of(Class<?> type) {
        return READ.get(type);
    }
}
