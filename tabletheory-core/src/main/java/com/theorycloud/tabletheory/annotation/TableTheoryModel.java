package com.theorycloud.tabletheory.annotation;

import com.theorycloud.tabletheory.model.NamingConvention;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record or class as a TableTheory model stored in one DynamoDB table. Records are the preferred form;
 * classes need a no-argument constructor and setters (or non-final fields).
 *
 * <pre>{@code
 * @TableTheoryModel(table = "users")
 * public record User(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk,
 *                    String email, @Version long version) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableTheoryModel {

    /** The logical table name (before any environment prefix or suffix is applied). */
    String table();

    /** The model name; defaults to the simple class name. */
    String name() default "";

    /** How property names become attribute names when no {@link Attribute} name is given. */
    NamingConvention naming() default NamingConvention.CAMEL_CASE;
}
