package com.theorycloud.tabletheory.spring.data.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts a full table scan for a repository query method that no key or index can serve. Without it such a method
 * is a startup error: a scan reads, and pays for, every item of the table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowScan {

    /** Why a scan is acceptable here (e.g. "admin report over a small table"); for reviewers, not used at runtime. */
    String value() default "";
}
