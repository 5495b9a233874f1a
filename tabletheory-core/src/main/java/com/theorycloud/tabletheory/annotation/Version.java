package com.theorycloud.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-locking counter (DMS role {@code version}, stored as {@code N}): 0 on create, +1 on every
 * update, and a write fails with a version conflict when the stored value moved on. Use on {@code int}, {@code long},
 * {@code Integer} or {@code Long}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {}
