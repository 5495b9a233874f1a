package com.theorycloud.tabletheory.spring.data.repository.query;

import com.theorycloud.tabletheory.expression.Condition;

/**
 * A condition planned at startup whose operands come from a call's arguments.
 */
@FunctionalInterface
interface ConditionTemplate {

    /**
     * The condition for one call.
     *
     * @param arguments the values of the method's bindable parameters, in declaration order
     */
    Condition bind(Object[] arguments);

    /** Both templates hold. */
    static ConditionTemplate and(ConditionTemplate first, ConditionTemplate second) {
        return arguments -> Condition.and(first.bind(arguments), second.bind(arguments));
    }

    /** Either template holds. */
    static ConditionTemplate or(ConditionTemplate first, ConditionTemplate second) {
        return arguments -> Condition.or(first.bind(arguments), second.bind(arguments));
    }
}
