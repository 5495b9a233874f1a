package com.theorycloud.tabletheory.spring.boot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.ModelSchema;

/**
 * The models of an application: annotated model classes and DMS documents, each validated when the registry is built.
 * The auto-configuration builds it at startup from {@code tabletheory.models.*}, so health checks, schema validation
 * and repositories all see the same models.
 */
public final class TableTheoryModels {

    private final Map<String, ModelSchema> byName;
    private final Map<Class<?>, ModelSchema> byType;

    private TableTheoryModels(Map<String, ModelSchema> byName, Map<Class<?>, ModelSchema> byType) {
        this.byName = Collections.unmodifiableMap(byName);
        this.byType = Collections.unmodifiableMap(byType);
    }

    /**
     * A registry of the given models.
     *
     * @param annotated the schemas of annotated classes (their {@link ModelSchema#javaType()} set)
     * @param documents the schemas read from DMS documents
     * @throws InvalidModelException when two models share a name
     */
    public static TableTheoryModels of(Collection<ModelSchema> annotated, Collection<ModelSchema> documents) {
        Map<String, ModelSchema> byName = new LinkedHashMap<>();
        Map<Class<?>, ModelSchema> byType = new LinkedHashMap<>();
        List<ModelSchema> all = new ArrayList<>(annotated);
        all.addAll(documents);
        for (ModelSchema schema : all) {
            ModelSchema previous = byName.putIfAbsent(schema.name(), schema);
            if (previous != null && !previous.equals(schema)) {
                throw new InvalidModelException(schema.name(), "Two models are named " + schema.name() + " ("
                        + origin(previous) + " and " + origin(schema) + "); give one of them another name with"
                        + " @TableTheoryModel(name = ...) or the DMS name");
            }
            if (schema.javaType() != null) {
                byType.put(schema.javaType(), schema);
            }
        }
        return new TableTheoryModels(byName, byType);
    }

    /** A registry without models. */
    public static TableTheoryModels empty() {
        return new TableTheoryModels(Map.of(), Map.of());
    }

    private static String origin(ModelSchema schema) {
        Class<?> type = schema.javaType();
        return type == null ? "a DMS document" : type.getName();
    }

    /** Every model, annotated classes first, in discovery order. */
    public Collection<ModelSchema> schemas() {
        return byName.values();
    }

    /** The annotated model classes. */
    public Set<Class<?>> modelClasses() {
        return byType.keySet();
    }

    /** The model of the given name, if there is one. */
    public Optional<ModelSchema> find(String modelName) {
        return Optional.ofNullable(byName.get(modelName));
    }

    /** The model of an annotated class, if it was discovered. */
    public Optional<ModelSchema> find(Class<?> modelClass) {
        return Optional.ofNullable(byType.get(modelClass));
    }

    /** The logical table names of the models, each once. */
    public Set<String> tableNames() {
        Set<String> names = new LinkedHashSet<>();
        byName.values().forEach((schema) -> names.add(schema.tableName()));
        return names;
    }

    /** Whether there are no models. */
    public boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public String toString() {
        return "TableTheoryModels" + byName.keySet();
    }
}
