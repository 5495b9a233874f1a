package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.repository.query.parser.Part;

/**
 * Maps method-name keywords ({@link Part.Type}) to engine conditions, and knows which keywords DynamoDB can use in a
 * key condition on a sort key.
 */
final class PartConditions {

    /** Keywords a sort-key condition can express; anything else on a key attribute needs a filter. */
    static final Set<Part.Type> SORT_KEY_TYPES = EnumSet.of(Part.Type.SIMPLE_PROPERTY, Part.Type.LESS_THAN,
            Part.Type.LESS_THAN_EQUAL, Part.Type.GREATER_THAN, Part.Type.GREATER_THAN_EQUAL, Part.Type.BEFORE,
            Part.Type.AFTER, Part.Type.BETWEEN, Part.Type.STARTING_WITH);

    /** Keywords supported at all (as key condition or filter). */
    static final Set<Part.Type> SUPPORTED = EnumSet.of(Part.Type.SIMPLE_PROPERTY, Part.Type.NEGATING_SIMPLE_PROPERTY,
            Part.Type.LESS_THAN, Part.Type.LESS_THAN_EQUAL, Part.Type.GREATER_THAN, Part.Type.GREATER_THAN_EQUAL,
            Part.Type.BEFORE, Part.Type.AFTER, Part.Type.BETWEEN, Part.Type.STARTING_WITH, Part.Type.IS_NULL,
            Part.Type.IS_NOT_NULL, Part.Type.EXISTS, Part.Type.IN, Part.Type.NOT_IN, Part.Type.CONTAINING,
            Part.Type.NOT_CONTAINING, Part.Type.TRUE, Part.Type.FALSE);

    private PartConditions() {
    }

    /**
     * The condition of one method-name part.
     *
     * @param attribute the stored attribute name
     * @param first     the index of the part's first argument among the bindable parameters
     */
    static ConditionTemplate of(Part.Type type, String attribute, int first) {
        return switch (type) {
            case SIMPLE_PROPERTY -> args -> args[first] == null ? Condition.attributeNotExists(attribute)
                    : Condition.eq(attribute, args[first]);
            case NEGATING_SIMPLE_PROPERTY -> args -> args[first] == null ? Condition.attributeExists(attribute)
                    : Condition.ne(attribute, args[first]);
            case LESS_THAN, BEFORE -> args -> Condition.lt(attribute, required(args, first, attribute));
            case LESS_THAN_EQUAL -> args -> Condition.le(attribute, required(args, first, attribute));
            case GREATER_THAN, AFTER -> args -> Condition.gt(attribute, required(args, first, attribute));
            case GREATER_THAN_EQUAL -> args -> Condition.ge(attribute, required(args, first, attribute));
            case BETWEEN -> args -> Condition.between(attribute, required(args, first, attribute),
                    required(args, first + 1, attribute));
            case STARTING_WITH -> args -> Condition.beginsWith(attribute, required(args, first, attribute));
            case IS_NULL -> args -> Condition.attributeNotExists(attribute);
            case IS_NOT_NULL, EXISTS -> args -> Condition.attributeExists(attribute);
            case IN -> args -> Condition.in(AttributePath.of(attribute), values(args[first], attribute));
            case NOT_IN -> args -> Condition.not(Condition.in(AttributePath.of(attribute),
                    values(args[first], attribute)));
            case CONTAINING -> args -> Condition.contains(attribute, required(args, first, attribute));
            case NOT_CONTAINING -> args -> Condition.not(Condition.contains(attribute,
                    required(args, first, attribute)));
            case TRUE -> args -> Condition.eq(attribute, Boolean.TRUE);
            case FALSE -> args -> Condition.eq(attribute, Boolean.FALSE);
            default -> throw new IllegalArgumentException("Unsupported keyword " + type);
        };
    }

    private static Object required(Object[] args, int index, String attribute) {
        Object value = args[index];
        if (value == null) {
            throw new InvalidDataAccessApiUsageException("The argument compared with '" + attribute
                    + "' must not be null; use an IsNull/IsNotNull method for absent values");
        }
        return value;
    }

    private static List<@Nullable Object> values(@Nullable Object argument, String attribute) {
        List<@Nullable Object> values = new ArrayList<>();
        if (argument instanceof Collection<?> collection) {
            values.addAll(collection);
        } else if (argument instanceof Object[] array) {
            values.addAll(Arrays.asList(array));
        } else if (argument != null) {
            values.add(argument);
        }
        if (values.isEmpty() || values.size() > 100) {
            throw new InvalidDataAccessApiUsageException("The In/NotIn argument for '" + attribute + "' must hold 1"
                    + " to 100 values (DynamoDB's IN limit), got " + values.size());
        }
        return values;
    }
}
