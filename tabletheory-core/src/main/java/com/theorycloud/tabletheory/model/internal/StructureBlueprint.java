package com.theorycloud.tabletheory.model.internal;

import java.lang.reflect.Constructor;
import java.util.List;

/**
 * The mapped shape of a record or class: its properties and the constructor that creates instances (the canonical
 * constructor of a record, the no-argument constructor of a class).
 *
 * @param type        the Java type
 * @param name        the name used in error messages (the model name, or the simple class name of a nested type)
 * @param record      whether the type is a record
 * @param constructor how instances are created; a record's @Ignore components get their type's default value
 * @param properties  the mapped properties, in declaration order
 */
public record StructureBlueprint(Class<?> type, String name, boolean record, Constructor<?> constructor,
        List<PropertyBlueprint> properties) {

    /** Copies the list so the blueprint stays immutable. */
    public StructureBlueprint {
        properties = List.copyOf(properties);
    }
}
