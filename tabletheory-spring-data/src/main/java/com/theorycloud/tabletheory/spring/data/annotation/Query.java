package com.theorycloud.tabletheory.spring.data.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An explicit query for what a method name cannot express. Expressions use Java property names and
 * {@code :parameter} placeholders bound to method parameters by name; they are checked at startup against the
 * model's keys and the chosen index.
 *
 * <pre>{@code
 * @Query(index = "by-status", keyCondition = "status = :status AND createdAt > :since",
 *        filter = "total >= :min OR attribute_not_exists(discount)", projection = {"id", "total"})
 * List<OrderSummary> recentByStatus(String status, Instant since, BigDecimal min);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

    /** The index to query; empty for the table. */
    String index() default "";

    /**
     * The key condition: {@code pk = :p} optionally {@code AND} one sort-key condition ({@code =, <, <=, >, >=,
     * BETWEEN :a AND :b, begins_with(sk, :prefix)}). Empty only together with {@link AllowScan} (a scan).
     */
    String keyCondition() default "";

    /** A DynamoDB filter expression over non-key attributes; empty for none. */
    String filter() default "";

    /** The properties to read; empty for all (or those the return type's projection needs). */
    String[] projection() default {};

    /** Whether to read in descending sort-key order. */
    boolean descending() default false;
}
