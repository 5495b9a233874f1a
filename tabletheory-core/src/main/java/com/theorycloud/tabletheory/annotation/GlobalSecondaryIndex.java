package com.theorycloud.tabletheory.annotation;

import com.theorycloud.tabletheory.model.ProjectionType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a global secondary index of the model's table. Keys may be named by DynamoDB attribute name or by Java
 * property name. Giving {@link #include()} attributes with the default projection projects keys plus those
 * attributes ({@link ProjectionType#INCLUDE}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(GlobalSecondaryIndexes.class)
public @interface GlobalSecondaryIndex {

    /** The index name. */
    String name();

    /** The index partition key (attribute or property name). */
    String partitionKey();

    /** The index sort key (attribute or property name); empty for none. */
    String sortKey() default "";

    /** Which attributes the index projects. */
    ProjectionType projection() default ProjectionType.ALL;

    /** Non-key attributes projected by an {@link ProjectionType#INCLUDE} projection. */
    String[] include() default {};
}
