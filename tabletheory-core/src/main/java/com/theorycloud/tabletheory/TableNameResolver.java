package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.model.ModelSchema;

/**
 * Maps a model's logical table name to the physical one, e.g. to add an environment prefix. Called once per model.
 */
@FunctionalInterface
public interface TableNameResolver {

    /** The physical table name of a model. */
    String resolve(ModelSchema schema);

    /** Uses the model's table name as is. */
    static TableNameResolver identity() {
        return ModelSchema::tableName;
    }

    /** Prefixes every table name, e.g. {@code prefix("dev-")} turns {@code users} into {@code dev-users}. */
    static TableNameResolver prefix(String prefix) {
        return schema -> prefix + schema.tableName();
    }

    /** Suffixes every table name, e.g. {@code suffix("-test")}. */
    static TableNameResolver suffix(String suffix) {
        return schema -> schema.tableName() + suffix;
    }
}
