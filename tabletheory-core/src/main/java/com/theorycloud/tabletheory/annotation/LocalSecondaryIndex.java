package com.theorycloud.tabletheory.annotation;

import com.theorycloud.tabletheory.model.ProjectionType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a local secondary index: the table's partition key with another sort key. Only tables with a sort key can
 * have one. Keys may be named by DynamoDB attribute name or by Java property name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(LocalSecondaryIndexes.class)
public @interface LocalSecondaryIndex {

    /** The index name. */
    String name();

    /** The index sort key (attribute or property name). */
    String sortKey();

    /** Which attributes the index projects. */
    ProjectionType projection() default ProjectionType.ALL;

    /** Non-key attributes projected by an {@link ProjectionType#INCLUDE} projection. */
    String[] include() default {};
}
