package com.theorycloud.tabletheory.query;

import java.util.List;

/**
 * A key condition on the sort key of a table or index: {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=},
 * {@code BETWEEN} (inclusive) or {@code begins_with}. Values are logical values converted with the attribute's
 * converter, or {@link software.amazon.awssdk.services.dynamodb.model.AttributeValue}s used as given.
 *
 * <pre>{@code
 * users.query().partition("PK", "USER#1").sort(SortKey.beginsWith("SK", "ORDER#2024-")).page();
 * }</pre>
 *
 * @param attribute the sort key attribute of the table or index queried
 * @param operator  the operator
 * @param values    one value, or two for {@link Operator#BETWEEN}
 */
public record SortKey(String attribute, Operator operator, List<Object> values) {

    /** The operators DynamoDB allows on a sort key. */
    public enum Operator {
        /** {@code =}. */
        EQ,
        /** {@code <}. */
        LT,
        /** {@code <=}. */
        LE,
        /** {@code >}. */
        GT,
        /** {@code >=}. */
        GE,
        /** {@code BETWEEN low AND high}, both inclusive. */
        BETWEEN,
        /** {@code begins_with}, for string and binary sort keys. */
        BEGINS_WITH
    }

    /** Copies the values and checks their number. */
    public SortKey {
        values = List.copyOf(values);
        int expected = operator == Operator.BETWEEN ? 2 : 1;
        if (values.size() != expected) {
            throw new IllegalArgumentException("sort key " + operator + " takes " + expected + " value(s), got "
                    + values.size());
        }
    }

    /** {@code attribute = value}. */
    public static SortKey eq(String attribute, Object value) {
        return new SortKey(attribute, Operator.EQ, List.of(value));
    }

    /** {@code attribute < value}. */
    public static SortKey lt(String attribute, Object value) {
        return new SortKey(attribute, Operator.LT, List.of(value));
    }

    /** {@code attribute <= value}. */
    public static SortKey le(String attribute, Object value) {
        return new SortKey(attribute, Operator.LE, List.of(value));
    }

    /** {@code attribute > value}. */
    public static SortKey gt(String attribute, Object value) {
        return new SortKey(attribute, Operator.GT, List.of(value));
    }

    /** {@code attribute >= value}. */
    public static SortKey ge(String attribute, Object value) {
        return new SortKey(attribute, Operator.GE, List.of(value));
    }

    /** {@code attribute BETWEEN low AND high}, both inclusive. */
    public static SortKey between(String attribute, Object low, Object high) {
        return new SortKey(attribute, Operator.BETWEEN, List.of(low, high));
    }

    /** {@code begins_with(attribute, prefix)}. */
    public static SortKey beginsWith(String attribute, Object prefix) {
        return new SortKey(attribute, Operator.BEGINS_WITH, List.of(prefix));
    }
}
