package com.theorycloud.tabletheory.model;

/**
 * One key attribute of a table or index: its DynamoDB attribute name and scalar key type.
 *
 * @param name the DynamoDB attribute name
 * @param type {@link DynamoType#S}, {@link DynamoType#N} or {@link DynamoType#B}
 */
public record KeyAttribute(String name, DynamoType type) {
}
