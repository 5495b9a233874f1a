package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.model.ModelSchema;

/**
 * A validated annotated model: its schema and the shape the codec compiles.
 *
 * @param schema    the model schema
 * @param structure the Java shape of the model's items
 */
public record ModelBlueprint(ModelSchema schema, StructureBlueprint structure) {
}
