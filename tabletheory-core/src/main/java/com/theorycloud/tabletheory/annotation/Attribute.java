package com.theorycloud.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a property an explicit DynamoDB attribute name instead of the one derived from the model's naming convention,
 * e.g. {@code @PartitionKey @Attribute("PK") String pk}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Attribute {

    /** The DynamoDB attribute name. */
    String value();
}
