package com.theorycloud.tabletheory.spring.boot.schema;

/**
 * One way a DynamoDB table differs from what a model needs.
 *
 * @param tableName the physical table name
 * @param modelName the model that needs the table
 * @param problem what is wrong, in words, with the fix where there is one
 */
public record SchemaProblem(String tableName, String modelName, String problem) {

    @Override
    public String toString() {
        return "table '" + tableName + "' (model " + modelName + "): " + problem;
    }
}
