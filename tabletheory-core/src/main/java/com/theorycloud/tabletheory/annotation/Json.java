package com.theorycloud.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores any object as a native DynamoDB map ({@code M}) by converting it through Jackson; use it for free-form or
 * externally defined documents (DMS {@code json: true}). Records and classes without it are mapped property by
 * property instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {}
