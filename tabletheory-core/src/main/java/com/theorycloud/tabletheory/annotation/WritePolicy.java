package com.theorycloud.tabletheory.annotation;

import com.theorycloud.tabletheory.model.WriteMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the model's release-state write policy (DMS {@code write_policy}): whether items may change after they are
 * written, and which attributes must never change once set. Models without it are mutable with nothing protected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WritePolicy {

    /** Mutable or write-once. */
    WriteMode mode() default WriteMode.MUTABLE;

    /** Attributes (attribute or property names) that no write may change once set. */
    String[] protectedAttributes() default {};
}
